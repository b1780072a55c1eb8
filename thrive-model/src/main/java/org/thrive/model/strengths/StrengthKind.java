package org.thrive.model.strengths;

/** Where a strength lies. */
public enum StrengthKind {
  INDIVIDUAL("Individual"),
  FAMILY("Family"),
  COMMUNITY("Community");

  private final String label;

  StrengthKind(String label) {
    this.label = label;
  }

  /** The name in words, for example "Family". */
  public String label() {
    return label;
  }
}
