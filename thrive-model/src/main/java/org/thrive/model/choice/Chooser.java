package org.thrive.model.choice;

/** Who expressed a choice. */
public enum Chooser {
  YOUNG_PERSON,
  PARENT_OR_CARER
}
