package org.thrive.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The outcome of {@link ThriveAdvisor#reload()}.
 *
 * @param reloaded whether the new rules replaced the old ones
 * @param serving the SHA-256 of the rule set now serving (the new one, or the old one after a failure)
 * @param problems why the reload failed; empty when it succeeded
 */
public record ReloadResult(boolean reloaded, String serving, ImmutableList<RuleProblem> problems) {
  public ReloadResult {
    checkNotNull(serving, "serving");
    problems = ImmutableList.copyOf(checkNotNull(problems, "problems"));
  }
}
