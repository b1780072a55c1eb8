package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.thrive.model.grouping.Grouping;

/**
 * One rule that applied to the case, in both wordings, with the case facts that made it apply
 * and, if it proposed one, the grouping it proposed.
 *
 * @param ruleId the rule's stable id
 * @param practitioner the explanation for practitioners
 * @param family the explanation for the young person and family, in plain words
 * @param source what the rule encodes (document and section)
 * @param facts the case facts the rule matched, sorted
 * @param proposal the grouping the rule proposed, if any
 * @param basis what the proposal rests on, if the rule proposed a grouping
 */
public record Reason(
    String ruleId,
    String practitioner,
    String family,
    String source,
    ImmutableList<CaseFact> facts,
    Optional<Grouping> proposal,
    Optional<Basis> basis) {
  public Reason {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(practitioner, "practitioner");
    checkNotNull(family, "family");
    checkNotNull(source, "source");
    facts = ImmutableList.sortedCopyOf(checkNotNull(facts, "facts"));
    checkNotNull(proposal, "proposal");
    checkNotNull(basis, "basis");
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Reason";
  }
}
