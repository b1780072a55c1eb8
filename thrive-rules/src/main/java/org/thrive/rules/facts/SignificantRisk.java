package org.thrive.rules.facts;

import org.thrive.model.risk.RiskKind;

/**
 * Derived: the case has significant risk of this kind, shown by {@code indicator} (what showed it).
 * In DRL: {@code SignificantRisk()}, {@code SignificantRisk(kind == RiskKind.FROM_OTHERS)}.
 */
public record SignificantRisk(RiskKind kind, String indicator) implements Conclusion {

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
    return "SignificantRisk";
  }
}
