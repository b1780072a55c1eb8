package org.thrive.model.choice;

import static org.thrive.model.InvalidCaseException.check;
import static org.thrive.model.InvalidCaseException.requirePresent;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A goal agreed with the young person and family. The description is case content: the library
 * shows it back in the advice but never logs it.
 *
 * @param description the goal in the family's words
 * @param reviewBy when progress towards it will be reviewed, if agreed
 */
public record Goal(String description, Optional<LocalDate> reviewBy) {
  public Goal {
    requirePresent(description, "Goal.description");
    check(!description.isBlank(), "Goal.description", "must not be blank");
    check(description.length() <= 500, "Goal.description", "must be at most 500 characters");
    requirePresent(reviewBy, "Goal.reviewBy");
  }

  /** A goal with no review date yet. */
  public static Goal of(String description) {
    return new Goal(description, Optional.empty());
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Goal";
  }
}
