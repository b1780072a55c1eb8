package org.thrive.model.history;

/** The kind of help given in an episode. */
public enum HelpKind {
  /** Signposting, self-management support or a one-off contact. */
  ADVICE("Advice"),
  /** Focused, goals-based, evidence-based intervention (Getting Help). */
  EVIDENCE_BASED_INTERVENTION("Evidence-based intervention"),
  /** Extensive or specialist treatment (Getting More Help). */
  EXTENSIVE_TREATMENT("Extensive or specialist treatment"),
  /** Risk management and crisis response (Getting Risk Support). */
  RISK_SUPPORT("Risk support");

  private final String label;

  HelpKind(String label) {
    this.label = label;
  }

  /** The name in words, for example "Evidence-based intervention". */
  public String label() {
    return label;
  }

  /** Whether this kind is treatment: goals-based help aimed at change. */
  public boolean isTreatment() {
    return this == EVIDENCE_BASED_INTERVENTION || this == EXTENSIVE_TREATMENT;
  }
}
