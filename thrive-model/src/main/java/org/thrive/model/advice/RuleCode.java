package org.thrive.model.advice;

/** How far the rule set's code was trusted when it was loaded, for audit. */
public enum RuleCode {
  /** The default rules, built and tested with the library. */
  BUILT_IN,
  /** Local rules that passed the restricted-mode static check (the default for local rules). */
  RESTRICTED,
  /** Local rules loaded as trusted code: the host opted out of the static check. */
  TRUSTED
}
