package org.thrive.model;

/** Agencies that can be involved with a young person and family. */
public enum Agency {
  SPECIALIST_MENTAL_HEALTH,
  PRIMARY_CARE,
  SCHOOL_OR_COLLEGE,
  SOCIAL_CARE,
  POLICE,
  YOUTH_JUSTICE,
  VOLUNTARY_SECTOR,
  ACUTE_HOSPITAL,
  OTHER
}
