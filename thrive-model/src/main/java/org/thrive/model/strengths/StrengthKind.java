package org.thrive.model.strengths;

/** Where a strength lies. */
public enum StrengthKind {
  INDIVIDUAL,
  FAMILY,
  COMMUNITY
}
