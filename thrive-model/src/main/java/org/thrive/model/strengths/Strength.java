package org.thrive.model.strengths;

import static org.thrive.model.InvalidCaseException.check;
import static org.thrive.model.InvalidCaseException.requirePresent;

/**
 * A strength to build on. The description is case content: shown back in the plan, never logged.
 *
 * @param kind individual, family or community
 * @param description the strength in the family's words, for example "plays football"
 */
public record Strength(StrengthKind kind, String description) {
  public Strength {
    requirePresent(kind, "Strength.kind");
    requirePresent(description, "Strength.description");
    check(!description.isBlank(), "Strength.description", "must not be blank");
    check(description.length() <= 500, "Strength.description", "must be at most 500 characters");
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Strength";
  }
}
