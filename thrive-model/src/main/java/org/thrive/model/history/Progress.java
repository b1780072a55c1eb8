package org.thrive.model.history;

/** Progress towards the agreed goals at the latest review. */
public enum Progress {
  NOT_REVIEWED,
  GOALS_MET,
  PROGRESSING,
  NO_PROGRESS,
  DETERIORATED
}
