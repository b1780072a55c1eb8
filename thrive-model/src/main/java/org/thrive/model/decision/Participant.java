package org.thrive.model.decision;

/** Who took part in a shared decision. */
public enum Participant {
  YOUNG_PERSON,
  PARENT_OR_CARER,
  PRACTITIONER,
  OTHER_AGENCY
}
