package org.thrive.model.risk;

/**
 * The practitioner's judgement of a risk. {@link #NOT_KNOWN} means not yet assessed; it is not
 * {@link #NONE}. {@link #MEDIUM} and {@link #HIGH} are significant risk.
 */
public enum RiskLevel {
  NONE("None"),
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High"),
  NOT_KNOWN("Not known");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  /** The name in words, for example "Not known". */
  public String label() {
    return label;
  }

  /** Whether this level is significant (medium or high). */
  public boolean isSignificant() {
    return this == MEDIUM || this == HIGH;
  }
}
