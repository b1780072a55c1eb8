package org.thrive.model.decision;

/** Who took part in a shared decision. */
public enum Participant {
  YOUNG_PERSON("The young person"),
  PARENT_OR_CARER("A parent or carer"),
  PRACTITIONER("The practitioner"),
  OTHER_AGENCY("Another agency");

  private final String label;

  Participant(String label) {
    this.label = label;
  }

  /** The name in words, for example "A parent or carer". */
  public String label() {
    return label;
  }
}
