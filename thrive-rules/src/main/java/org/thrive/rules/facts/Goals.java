package org.thrive.rules.facts;


/**
 * The agreed goals, summarised: how many, and whether every one has a review date. Always present
 * (count 0 when none are agreed). In DRL: {@code Goals(count > 0, reviewDated)}.
 */
public record Goals(int count, boolean reviewDated) implements RuleFact {

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Goals";
  }
}
