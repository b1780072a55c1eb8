package org.thrive.rules.facts;


/** Derived: clinical risk (severe eating difficulties, psychosis Moderate or worse, severe extremes of mood), which carries medical and capacity risk. In DRL: {@code ClinicalRisk()}. */
public record ClinicalRisk(String indicator) implements Conclusion {

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
    return "ClinicalRisk";
  }
}
