package org.thrive.model.history;

/** How an episode of help ended, or that it is still going. */
public enum Outcome {
  GOALS_MET("Goals met"),
  GOALS_PARTLY_MET("Goals partly met"),
  NO_BENEFIT("No benefit"),
  DISENGAGED("Disengaged from help"),
  ONGOING("Ongoing");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /** The name in words, for example "Goals partly met". */
  public String label() {
    return label;
  }

  /** Whether the help did not help or could not be used. */
  public boolean isUnhelped() {
    return this == NO_BENEFIT || this == DISENGAGED;
  }
}
