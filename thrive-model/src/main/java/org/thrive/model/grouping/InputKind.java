package org.thrive.model.grouping;

/** The nature of an input: THRIVE draws a clear line between treatment and risk support. */
public enum InputKind {
  PREVENTION,
  ADVICE,
  TREATMENT,
  RISK_SUPPORT
}
