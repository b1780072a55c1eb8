package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A safeguard that applies whatever grouping is suggested or agreed.
 *
 * @param kind what must happen
 * @param ruleId the rule (or the library's own safety net, ids starting {@code safety-net.}) that raised it
 * @param practitioner the explanation for practitioners
 * @param family the explanation for the young person and family
 * @param facts the case facts behind it
 */
public record Safeguard(
    SafeguardKind kind, String ruleId, String practitioner, String family, ImmutableList<CaseFact> facts) {
  public Safeguard {
    checkNotNull(kind, "kind");
    checkNotNull(ruleId, "ruleId");
    checkNotNull(practitioner, "practitioner");
    checkNotNull(family, "family");
    facts = ImmutableList.sortedCopyOf(checkNotNull(facts, "facts"));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Safeguard";
  }
}
