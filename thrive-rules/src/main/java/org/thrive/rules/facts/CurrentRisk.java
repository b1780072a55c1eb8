package org.thrive.rules.facts;


/** Derived: current significant risk to self or others (any significant risk but harm from others). Only this can support Getting Risk Support. In DRL: {@code CurrentRisk()}. */
public record CurrentRisk(String indicator) implements Conclusion {

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
    return "CurrentRisk";
  }
}
