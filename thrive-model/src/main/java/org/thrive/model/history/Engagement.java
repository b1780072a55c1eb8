package org.thrive.model.history;

/** Whether the young person is able and willing to use goal-based help now. */
public enum Engagement {
  ENGAGED,
  AMBIVALENT,
  NOT_ENGAGED,
  NOT_KNOWN
}
