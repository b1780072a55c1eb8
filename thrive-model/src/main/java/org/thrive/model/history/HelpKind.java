package org.thrive.model.history;

/** The kind of help given in an episode. */
public enum HelpKind {
  /** Signposting, self-management support or a one-off contact. */
  ADVICE,
  /** Focused, goals-based, evidence-based intervention (Getting Help). */
  EVIDENCE_BASED_INTERVENTION,
  /** Extensive or specialist treatment (Getting More Help). */
  EXTENSIVE_TREATMENT,
  /** Risk management and crisis response (Getting Risk Support). */
  RISK_SUPPORT;

  /** Whether this kind is treatment: goals-based help aimed at change. */
  public boolean isTreatment() {
    return this == EVIDENCE_BASED_INTERVENTION || this == EXTENSIVE_TREATMENT;
  }
}
