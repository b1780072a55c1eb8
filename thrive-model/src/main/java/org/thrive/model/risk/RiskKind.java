package org.thrive.model.risk;

/**
 * What a significant risk is about. {@link #TO_SELF}, {@link #TO_OTHERS}, {@link #IMMEDIATE_DANGER}
 * and {@link #RECENT_CRISES} are current risk to self or others, the risk that Getting Risk
 * Support is about; {@link #FROM_OTHERS} (harm from others, a protection plan) raises safeguarding
 * but is not a mental-health need and never by itself raises the grouping.
 */
public enum RiskKind {
  TO_SELF,
  TO_OTHERS,
  IMMEDIATE_DANGER,
  RECENT_CRISES,
  FROM_OTHERS;

  /** Whether this is current risk to self or others (everything but harm from others). */
  public boolean isCurrentRiskToSelfOrOthers() {
    return this != FROM_OTHERS;
  }
}
