package org.thrive.model.advice;

/** Whether the advice holds a suggested grouping. */
public enum AdviceStatus {
  /** A grouping is suggested, to discuss with the young person and family. */
  SUGGESTION("Suggestion"),
  /** The case does not yet hold enough information to suggest a grouping; see what is missing. */
  CANNOT_SUGGEST_YET("No suggestion yet");

  private final String label;

  AdviceStatus(String label) {
    this.label = label;
  }

  /** The name in words, for example "No suggestion yet". */
  public String label() {
    return label;
  }
}
