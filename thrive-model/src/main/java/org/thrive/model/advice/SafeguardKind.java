package org.thrive.model.advice;

/**
 * Safeguards that apply whatever grouping is suggested or agreed. Each kind of risk has its own:
 * risk to self a safety plan, risk to others a risk management plan with the agencies involved,
 * harm from others safeguarding, and unknown risk a risk assessment.
 */
public enum SafeguardKind {
  /** The risk needs an immediate crisis response now. */
  IMMEDIATE_CRISIS_RESPONSE,
  /** A safety plan should be made with the young person and family (risk to self). */
  SAFETY_PLAN,
  /** A risk management plan with the agencies to involve (risk to others). */
  RISK_MANAGEMENT_PLAN,
  /** A clinician must review the case before support is lowered or the suggestion is agreed. */
  CLINICAL_REVIEW_REQUIRED,
  /** Safeguarding procedures apply (risk of harm from others, a protection plan). */
  SAFEGUARDING,
  /** A risk or a risk-bearing item is Not known: assess it; unknown is not none. */
  RISK_ASSESSMENT,
  /** A specialist assessment is needed (for example psychosis or eating difficulties). */
  SPECIALIST_ASSESSMENT
}
