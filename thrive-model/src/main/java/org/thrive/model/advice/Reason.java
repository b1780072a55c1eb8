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
 * @param standing whether the reason supports the suggestion or was set aside
 * @param outweighedBy for a reason set aside, the rules whose proposals outweighed it, by id
 * @param role what the rule did: proposed a grouping, derived a fact other rules use, or noted something
 */
public record Reason(
    String ruleId,
    String practitioner,
    String family,
    String source,
    ImmutableList<CaseFact> facts,
    Optional<Grouping> proposal,
    Optional<Basis> basis,
    Standing standing,
    ImmutableList<String> outweighedBy,
    Role role) {

  /** What the rule behind a reason did. */
  public enum Role {
    /** It proposed a grouping. */
    PROPOSES("Proposes a grouping"),
    /** It derived a fact that other rules use (for example current risk, or help that has not helped). */
    DERIVES("Derives a fact other rules use"),
    /** It noted something to discuss, without proposing a grouping. */
    NOTES("Notes something to discuss");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    /** The role in words, for example "Proposes a grouping". */
    public String label() {
      return label;
    }
  }

  /** How a reason stands against the suggestion. */
  public enum Standing {
    /** The reason proposed the suggested grouping, or proposed none: it applies as it reads. */
    SUPPORTS("Supports the suggestion"),
    /** The reason proposed another grouping and was outweighed; it is shown to practitioners marked as set aside. */
    SET_ASIDE("Set aside"),
    /** The reason proposed a grouping, but no grouping can be suggested until missing information is recorded. */
    ON_HOLD("On hold until the missing information is recorded");

    private final String label;

    Standing(String label) {
      this.label = label;
    }

    /** The standing in words, for example "Set aside". */
    public String label() {
      return label;
    }
  }

  /** A reason that supports the suggestion. */
  public Reason(String ruleId, String practitioner, String family, String source, ImmutableList<CaseFact> facts,
      Optional<Grouping> proposal, Optional<Basis> basis) {
    this(ruleId, practitioner, family, source, facts, proposal, basis, Standing.SUPPORTS, ImmutableList.of(),
        proposal.isPresent() ? Role.PROPOSES : Role.NOTES);
  }

  /** This reason with the role its rule played. */
  public Reason withRole(Role r) {
    return new Reason(ruleId, practitioner, family, source, facts, proposal, basis, standing, outweighedBy, r);
  }

  /** This reason with its standing against the suggestion. */
  public Reason withStanding(Standing s, ImmutableList<String> outweighing) {
    return new Reason(ruleId, practitioner, family, source, facts, proposal, basis, s, outweighing, role);
  }

  public Reason {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(practitioner, "practitioner");
    checkNotNull(family, "family");
    checkNotNull(source, "source");
    facts = ImmutableList.sortedCopyOf(checkNotNull(facts, "facts"));
    checkNotNull(proposal, "proposal");
    checkNotNull(basis, "basis");
    checkNotNull(standing, "standing");
    outweighedBy = ImmutableList.copyOf(checkNotNull(outweighedBy, "outweighedBy"));
    checkNotNull(role, "role");
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Reason";
  }
}
