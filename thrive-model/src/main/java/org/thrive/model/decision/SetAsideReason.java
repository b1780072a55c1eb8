package org.thrive.model.decision;

/** Why a safeguard is not being actioned as part of a decision. The safeguard stays on the record. */
public enum SetAsideReason {
  /** The safeguard is already in place (for example a current safety plan). */
  ALREADY_IN_PLACE("Already in place"),
  /** Another agency provides it. */
  PROVIDED_BY_ANOTHER_AGENCY("Provided by another agency"),
  /** The required clinical review has taken place and supports the decision. */
  CLINICAL_REVIEW_COMPLETED("Clinical review completed"),
  /** Risk was reassessed in the discussion and is lower than recorded. */
  RISK_REASSESSED("Risk reassessed"),
  /** Another reason, given in the note. */
  OTHER("Other reason");

  private final String label;

  SetAsideReason(String label) {
    this.label = label;
  }

  /** The name in words, for example "Already in place". */
  public String label() {
    return label;
  }
}
