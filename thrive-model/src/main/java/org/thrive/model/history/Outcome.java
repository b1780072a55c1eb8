package org.thrive.model.history;

/** How an episode of help ended, or that it is still going. */
public enum Outcome {
  GOALS_MET,
  GOALS_PARTLY_MET,
  NO_BENEFIT,
  DISENGAGED,
  ONGOING;

  /** Whether the help did not help or could not be used. */
  public boolean isUnhelped() {
    return this == NO_BENEFIT || this == DISENGAGED;
  }
}
