package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One change to a case, found by re-evaluating the rules on a varied copy of the case. A change to
 * discuss, never advice to change a rating.
 *
 * @param field the field changed, for example {@code needs.problem.9}
 * @param label the field in words
 * @param from the value in the case
 * @param to the value in the varied case
 * @param toCode the vocabulary constant of the value in the varied case, for example {@code SEVERE}
 */
public record CaseChange(String field, String label, String from, String to, String toCode) {
  public CaseChange {
    checkNotNull(field, "field");
    checkNotNull(label, "label");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(toCode, "toCode");
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "CaseChange";
  }
}
