package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;

/**
 * The agreed goals, summarised: how many, and whether every one has a review date. Always present
 * (count 0 when none are agreed). In DRL: {@code Goals(count > 0, reviewDated)}.
 */
public record Goals(int count, boolean reviewDated) implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(
        new CaseFact("choices.goals", "Agreed goals", String.valueOf(count)),
        new CaseFact("choices.goals.reviewBy", "Every goal has a review date", reviewDated ? "yes" : "no"));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Goals";
  }
}
