package org.thrive.model.advice;

/** Safeguards that apply whatever grouping is suggested or agreed. */
public enum SafeguardKind {
  /** The risk needs an immediate crisis response now. */
  IMMEDIATE_CRISIS_RESPONSE,
  /** A safety plan should be made with the young person and family. */
  SAFETY_PLAN,
  /** A clinician must review the case before a choice lowers the support offered. */
  CLINICAL_REVIEW_REQUIRED,
  /** Safeguarding procedures apply (risk of harm from others). */
  SAFEGUARDING
}
