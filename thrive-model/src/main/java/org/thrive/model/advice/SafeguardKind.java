package org.thrive.model.advice;

/**
 * Safeguards that apply whatever grouping is suggested or agreed. Each kind of risk has its own:
 * risk to self a safety plan, risk to others a risk management plan with the agencies involved,
 * harm from others safeguarding, and unknown risk a risk assessment.
 */
public enum SafeguardKind {
  /** The risk needs an immediate crisis response now. */
  IMMEDIATE_CRISIS_RESPONSE("Immediate crisis response"),
  /** A safety plan should be made with the young person and family (risk to self). */
  SAFETY_PLAN("Safety plan"),
  /** A risk management plan with the agencies to involve (risk to others). */
  RISK_MANAGEMENT_PLAN("Risk management plan"),
  /** A clinician must review the case before support is lowered or the suggestion is agreed. */
  CLINICAL_REVIEW_REQUIRED("Clinical review required"),
  /** Safeguarding procedures apply (risk of harm from others, a protection plan). */
  SAFEGUARDING("Safeguarding"),
  /** A risk or a risk-bearing item is Not known: assess it; unknown is not none. */
  RISK_ASSESSMENT("Risk assessment"),
  /** A specialist assessment is needed (for example psychosis or eating difficulties). */
  SPECIALIST_ASSESSMENT("Specialist assessment");

  private final String label;

  SafeguardKind(String label) {
    this.label = label;
  }

  /** The name in words, for example "Safety plan". */
  public String label() {
    return label;
  }
}
