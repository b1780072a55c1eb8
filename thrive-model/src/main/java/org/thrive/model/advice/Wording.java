package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The same message for two audiences: practitioners, and the young person and family (plain
 * English for a reading age of about 11).
 */
public record Wording(String practitioner, String family) {
  public Wording {
    checkNotNull(practitioner, "practitioner");
    checkNotNull(family, "family");
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Wording";
  }
}
