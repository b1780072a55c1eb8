package org.thrive.model.advice;

/** Whether the advice holds a suggested grouping. */
public enum AdviceStatus {
  /** A grouping is suggested, to discuss with the young person and family. */
  SUGGESTION,
  /** The case does not yet hold enough information to suggest a grouping; see what is missing. */
  CANNOT_SUGGEST_YET
}
