package org.thrive.model.choice;

/** Where help is wanted, when the young person or family has a preference. */
public enum Setting {
  NO_PREFERENCE,
  SCHOOL_OR_COLLEGE,
  COMMUNITY_OR_VOLUNTARY_SECTOR,
  PRIMARY_CARE,
  SPECIALIST_MENTAL_HEALTH_SERVICE,
  HOME,
  ONLINE
}
