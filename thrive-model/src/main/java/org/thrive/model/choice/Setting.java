package org.thrive.model.choice;

/** Where help is wanted, when the young person or family has a preference. */
public enum Setting {
  NO_PREFERENCE("No preference"),
  SCHOOL_OR_COLLEGE("School or college"),
  COMMUNITY_OR_VOLUNTARY_SECTOR("Community or voluntary sector"),
  PRIMARY_CARE("Primary care"),
  SPECIALIST_MENTAL_HEALTH_SERVICE("Specialist mental health service"),
  HOME("Home"),
  ONLINE("Online");

  private final String label;

  Setting(String label) {
    this.label = label;
  }

  /** The name in words, for example "School or college". */
  public String label() {
    return label;
  }
}
