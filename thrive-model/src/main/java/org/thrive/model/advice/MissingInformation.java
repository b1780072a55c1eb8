package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Information the case lacks before a grouping can be suggested.
 *
 * @param field the field to complete, for example {@code needs.problem.9}
 * @param label the field in words
 * @param why why it matters, naming the rule that asked for it
 */
public record MissingInformation(String field, String label, String why) {
  public MissingInformation {
    checkNotNull(field, "field");
    checkNotNull(label, "label");
    checkNotNull(why, "why");
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "MissingInformation";
  }
}
