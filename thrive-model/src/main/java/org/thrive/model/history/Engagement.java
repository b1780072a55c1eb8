package org.thrive.model.history;

/** Whether the young person is able and willing to use goal-based help now. */
public enum Engagement {
  ENGAGED("Engaged"),
  AMBIVALENT("Unsure about help"),
  NOT_ENGAGED("Not engaged"),
  NOT_KNOWN("Not known");

  private final String label;

  Engagement(String label) {
    this.label = label;
  }

  /** The name in words, for example "Not known". */
  public String label() {
    return label;
  }
}
