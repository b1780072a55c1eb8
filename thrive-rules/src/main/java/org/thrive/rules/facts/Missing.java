package org.thrive.rules.facts;


/**
 * Rules insert this when the case lacks information needed to suggest a grouping:
 * {@code insertLogical(new Missing("needs.problem.9", "Depression/low mood"));}. Any {@code Missing}
 * stops the advisor suggesting a grouping; the advice names what is missing instead.
 */
public record Missing(String field, String label) implements Conclusion {

  /** Identity equality: each conclusion is its own fact, so truth maintenance never merges two rules' conclusions. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Missing";
  }
}
