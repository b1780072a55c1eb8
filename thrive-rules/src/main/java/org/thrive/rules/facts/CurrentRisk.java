package org.thrive.rules.facts;


/**
 * Derived: current risk, which holds support (any significant risk but harm from others, and
 * immediate danger from any source). Only current risk can support Getting Risk Support, and only
 * when {@code supportsRiskSupport}: immediate danger by itself (from others, from a source not
 * recorded, or beside risk to self or others that is Not known) is current risk (it holds support)
 * but not evidence of the risk to self or others that Getting Risk Support manages. In DRL: {@code CurrentRisk()},
 * {@code CurrentRisk(supportsRiskSupport == true)}.
 *
 * @param indicator what the risk is, in words
 * @param supportsRiskSupport whether this risk can support Getting Risk Support
 */
public record CurrentRisk(String indicator, boolean supportsRiskSupport) implements Conclusion {

  /** Current risk that can support Getting Risk Support (what a local rule usually means). */
  public CurrentRisk(String indicator) {
    this(indicator, true);
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
    return "CurrentRisk";
  }
}
