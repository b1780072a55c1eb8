package org.thrive.model.choice;

/** Who expressed a choice. */
public enum Chooser {
  YOUNG_PERSON("The young person"),
  PARENT_OR_CARER("A parent or carer");

  private final String label;

  Chooser(String label) {
    this.label = label;
  }

  /** The name in words, for example "A parent or carer". */
  public String label() {
    return label;
  }
}
