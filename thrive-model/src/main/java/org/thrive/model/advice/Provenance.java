package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;

/**
 * Where advice came from, for audit.
 *
 * @param ruleSetName the name of the rule set
 * @param ruleSetVersion its version
 * @param ruleSetSha256 the SHA-256 of the rule content, in hex
 * @param firedRuleIds the ids of every rule that fired, sorted
 * @param libraryVersion the thrive library version
 * @param evaluatedAt when the advice was made, from the advisor's clock
 * @param ruleCode how far the rule set's code was trusted when it was loaded
 */
public record Provenance(
    String ruleSetName,
    String ruleSetVersion,
    String ruleSetSha256,
    ImmutableList<String> firedRuleIds,
    String libraryVersion,
    Instant evaluatedAt,
    RuleCode ruleCode) {
  public Provenance {
    checkNotNull(ruleSetName, "ruleSetName");
    checkNotNull(ruleSetVersion, "ruleSetVersion");
    checkNotNull(ruleSetSha256, "ruleSetSha256");
    firedRuleIds = ImmutableList.sortedCopyOf(checkNotNull(firedRuleIds, "firedRuleIds"));
    checkNotNull(libraryVersion, "libraryVersion");
    checkNotNull(evaluatedAt, "evaluatedAt");
    checkNotNull(ruleCode, "ruleCode");
  }
}
