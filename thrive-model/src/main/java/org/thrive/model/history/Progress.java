package org.thrive.model.history;

/** Progress towards the agreed goals at the latest review. */
public enum Progress {
  NOT_REVIEWED("Not reviewed yet"),
  GOALS_MET("Goals met"),
  PROGRESSING("Making progress"),
  NO_PROGRESS("No progress"),
  DETERIORATED("Got worse");

  private final String label;

  Progress(String label) {
    this.label = label;
  }

  /** The name in words, for example "Not reviewed yet". */
  public String label() {
    return label;
  }
}
