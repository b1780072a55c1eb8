package org.thrive.model.advice;

/** How far the rule set's code was trusted when it was loaded, for audit. */
public enum RuleCode {
  /** The default rules, built and tested with the library. */
  BUILT_IN("Built-in rules"),
  /** Local rules that passed the restricted-mode static check (the default for local rules). */
  RESTRICTED("Restricted local rules"),
  /** Local rules loaded as trusted code: the host opted out of the static check. */
  TRUSTED("Trusted local rules");

  private final String label;

  RuleCode(String label) {
    this.label = label;
  }

  /** The name in words, for example "Built-in rules". */
  public String label() {
    return label;
  }
}
