package org.thrive.model.decision;

/** Why the agreed grouping differs from the suggested one. */
public enum DifferenceReason {
  /** The young person chose differently after an informed discussion. */
  YOUNG_PERSON_CHOICE("Young person's choice"),
  /** The parent or carer chose differently after an informed discussion. */
  FAMILY_CHOICE("Parent's or carer's choice"),
  /** The practitioner's clinical judgement, discussed with the family. */
  CLINICAL_JUDGEMENT("Clinical judgement"),
  /** Information not in the case came to light in the discussion. */
  NEW_INFORMATION("New information"),
  /** The suggested input is not available locally; the agreed one is the nearest available. */
  SERVICE_AVAILABILITY("Service availability"),
  /** Another reason, given in the note. */
  OTHER("Other reason");

  private final String label;

  DifferenceReason(String label) {
    this.label = label;
  }

  /** The name in words, for example "Clinical judgement". */
  public String label() {
    return label;
  }
}
