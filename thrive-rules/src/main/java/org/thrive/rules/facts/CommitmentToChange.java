package org.thrive.rules.facts;


/** Derived: the young person has chosen goal-based help or treatment, with goals agreed, and can engage. */
public record CommitmentToChange() implements Conclusion {

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
    return "CommitmentToChange";
  }
}
