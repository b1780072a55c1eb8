package org.thrive.model.grouping;

/** The nature of an input: THRIVE draws a clear line between treatment and risk support. */
public enum InputKind {
  PREVENTION("Prevention"),
  ADVICE("Advice"),
  TREATMENT("Treatment"),
  RISK_SUPPORT("Risk support");

  private final String label;

  InputKind(String label) {
    this.label = label;
  }

  /** The name in words, for example "Risk support". */
  public String label() {
    return label;
  }
}
