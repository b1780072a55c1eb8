package org.thrive.model.risk;

/**
 * The practitioner's judgement of a risk. {@link #NOT_KNOWN} means not yet assessed; it is not
 * {@link #NONE}. {@link #MEDIUM} and {@link #HIGH} are significant risk.
 */
public enum RiskLevel {
  NONE,
  LOW,
  MEDIUM,
  HIGH,
  NOT_KNOWN;

  /** Whether this level is significant (medium or high). */
  public boolean isSignificant() {
    return this == MEDIUM || this == HIGH;
  }
}
