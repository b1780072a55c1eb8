package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A fact from the case that a rule used, shown so people can check the reasoning.
 *
 * @param field where the fact lives in the case, for example {@code needs.problem.9}
 * @param label what the field is, in words, for example {@code "Depression/low mood"}
 * @param value the value in the case, for example {@code "Moderate"}
 */
public record CaseFact(String field, String label, String value) implements Comparable<CaseFact> {
  public CaseFact {
    checkNotNull(field, "field");
    checkNotNull(label, "label");
    checkNotNull(value, "value");
  }

  @Override
  public int compareTo(CaseFact o) {
    int c = field.compareTo(o.field);
    if (c == 0) {
      c = label.compareTo(o.label);
    }
    return c != 0 ? c : value.compareTo(o.value);
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "CaseFact";
  }
}
