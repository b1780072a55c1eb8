package org.thrive.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One problem in a rule set, for a rule author: the file, the line (when the compiler gives one),
 * the rule (when known) and what to do. Never holds case content.
 *
 * @param file the DRL file, relative to the rule directory (or {@code defaults/NAME.drl})
 * @param line the 1-based line, or 0 when the compiler gave none
 * @param rule the rule's name, if known
 * @param message what is wrong and what to do
 */
public record RuleProblem(String file, int line, Optional<String> rule, String message) {
  public RuleProblem {
    checkNotNull(file, "file");
    checkNotNull(rule, "rule");
    checkNotNull(message, "message");
  }

  /** {@code file:line: rule "NAME": message}, the form compilers and CI tools print. */
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + rule.map(r -> "rule \"" + r + "\": ").orElse("") + message;
  }
}
