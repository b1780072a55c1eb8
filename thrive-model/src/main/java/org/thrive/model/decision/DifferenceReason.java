package org.thrive.model.decision;

/** Why the agreed grouping differs from the suggested one. */
public enum DifferenceReason {
  /** The young person chose differently after an informed discussion. */
  YOUNG_PERSON_CHOICE,
  /** The parent or carer chose differently after an informed discussion. */
  FAMILY_CHOICE,
  /** The practitioner's clinical judgement, discussed with the family. */
  CLINICAL_JUDGEMENT,
  /** Information not in the case came to light in the discussion. */
  NEW_INFORMATION,
  /** The suggested input is not available locally; the agreed one is the nearest available. */
  SERVICE_AVAILABILITY,
  /** Another reason, given in the note. */
  OTHER
}
