package org.thrive.model.risk;

/**
 * What a significant risk is about. {@link #TO_SELF}, {@link #TO_OTHERS}, {@link #IMMEDIATE_DANGER}
 * and {@link #RECENT_CRISES} are current risk, which holds support. {@link #TO_SELF},
 * {@link #TO_OTHERS} and {@link #RECENT_CRISES} are risk to self or others, the risk that Getting
 * Risk Support is about (recent crises only beside risk that is not assessed as none or low, or
 * during risk support: see {@link RiskSignals#hasCurrentRiskForRiskSupport}); immediate danger by itself is not, whatever
 * its source ({@link RiskSignals#hasCurrentRiskForRiskSupport}). {@link #FROM_OTHERS} (harm from others, a
 * protection plan) raises safeguarding but is not a mental-health need and never by itself raises
 * the grouping.
 */
public enum RiskKind {
  TO_SELF("Risk to self"),
  TO_OTHERS("Risk to others"),
  IMMEDIATE_DANGER("Immediate danger"),
  RECENT_CRISES("Recent crises"),
  FROM_OTHERS("Risk of harm from others");

  private final String label;

  RiskKind(String label) {
    this.label = label;
  }

  /** The name in words, for example "Risk to self". */
  public String label() {
    return label;
  }

  /** Whether this is current risk, which holds support (everything but harm from others). */
  public boolean isCurrentRisk() {
    return this != FROM_OTHERS;
  }
}
