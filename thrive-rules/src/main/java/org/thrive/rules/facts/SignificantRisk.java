package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.risk.RiskKind;

/**
 * Derived: the case has significant risk of this kind, shown by {@code indicator} (what showed it).
 * In DRL: {@code SignificantRisk()}, {@code SignificantRisk(kind == RiskKind.FROM_OTHERS)}.
 */
public record SignificantRisk(RiskKind kind, String indicator) implements Conclusion {
  @Override
  public ImmutableList<CaseFact> describe() {
    // harm from others has its own field, so a rendering can tell it apart without reading the words
    return ImmutableList.of(kind == RiskKind.FROM_OTHERS
        ? new CaseFact("derived.harmFromOthers", "Significant risk of harm from others", indicator)
        : new CaseFact("derived.significantRisk", "Significant risk", indicator));
  }

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
