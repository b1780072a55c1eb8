package org.thrive.rules.facts;


/** Derived: the young person is unable to use help now: current risk, not engaged, and help declined. In DRL: {@code UnableToUseHelp()}. */
public record UnableToUseHelp(String indicator) implements Conclusion {

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
    return "UnableToUseHelp";
  }
}
