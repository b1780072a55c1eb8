package org.thrive.model.decision;

import static org.thrive.model.InvalidCaseException.check;
import static org.thrive.model.InvalidCaseException.requirePresent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;

/**
 * The record of a shared decision: what was suggested, what was agreed, who took part, why they
 * differ, and every safeguard of the advice, which agreeing can never remove.
 *
 * <p>Rules the record enforces when made with {@link #on}:
 * <ul>
 *   <li>a practitioner and the young person or a parent or carer took part;
 *   <li>an agreed grouping that differs from the suggestion (or agreed when none was suggested)
 *       carries a coded {@link DifferenceReason};
 *   <li>every safeguard of the advice is copied into the record; a safeguard the decision does not
 *       action needs a coded {@link SafeguardSetAside}, and stays visible;
 *   <li>setting aside the immediate crisis response or safeguarding needs a note saying why;
 *   <li>Thriving cannot be agreed instead of the suggestion while the advice holds a crisis response,
 *       a safety plan or a risk management plan: a reassessed risk is recorded in the case, which is
 *       advised again;
 *   <li>agreeing to less support than suggested (or to Getting Advice or Thriving when nothing was
 *       suggested) while a clinical review is required needs the review set aside with a coded
 *       reason (for example {@link SetAsideReason#CLINICAL_REVIEW_COMPLETED}); {@link Builder#record()} adds
 *       that review whenever the agreed grouping offers less while the advice holds any risk
 *       signal, including risk that is Not known, or any risk safeguard.
 * </ul>
 *
 * <p>Make records with {@link #on}, which copies the advice's safeguards; the canonical
 * constructor exists for deserialisation and checks only what the record itself holds.
 *
 * <p>Immutable. A plain record of strings, enums and lists, so any JSON library (Jackson 2.12+
 * for example) serialises it for the host's audit trail. The note is case content: store it, do
 * not log it.
 *
 * @param caseId the case
 * @param suggested the grouping suggested, if any
 * @param agreed the grouping agreed
 * @param participants who took part
 * @param differenceReason why agreed differs from suggested, when it does
 * @param note free text
 * @param decidedAt when the decision was made
 * @param safeguards every safeguard of the advice
 * @param setAside the safeguards not actioned, each with its coded reason
 * @param ruleSetName the name of the rule set behind the suggestion
 * @param ruleSetVersion its version
 * @param ruleSetSha256 its hash over the rule sources
 * @param adviceEvaluatedAt when the suggestion was made
 */
public record AgreedDecision(
    String caseId,
    Optional<Grouping> suggested,
    Grouping agreed,
    ImmutableSortedSet<Participant> participants,
    Optional<DifferenceReason> differenceReason,
    String note,
    Instant decidedAt,
    ImmutableList<Safeguard> safeguards,
    ImmutableList<SafeguardSetAside> setAside,
    String ruleSetName,
    String ruleSetVersion,
    String ruleSetSha256,
    Instant adviceEvaluatedAt) {

  public AgreedDecision {
    requirePresent(caseId, "AgreedDecision.caseId");
    requirePresent(suggested, "AgreedDecision.suggested");
    requirePresent(agreed, "AgreedDecision.agreed");
    participants = ImmutableSortedSet.copyOf(requirePresent(participants, "AgreedDecision.participants"));
    requirePresent(differenceReason, "AgreedDecision.differenceReason");
    requirePresent(note, "AgreedDecision.note");
    requirePresent(decidedAt, "AgreedDecision.decidedAt");
    safeguards = ImmutableList.copyOf(requirePresent(safeguards, "AgreedDecision.safeguards"));
    setAside = ImmutableList.copyOf(requirePresent(setAside, "AgreedDecision.setAside"));
    requirePresent(ruleSetName, "AgreedDecision.ruleSetName");
    requirePresent(ruleSetVersion, "AgreedDecision.ruleSetVersion");
    requirePresent(ruleSetSha256, "AgreedDecision.ruleSetSha256");
    requirePresent(adviceEvaluatedAt, "AgreedDecision.adviceEvaluatedAt");

    check(participants.contains(Participant.PRACTITIONER), "AgreedDecision.participants",
        "must include the practitioner");
    check(participants.contains(Participant.YOUNG_PERSON) || participants.contains(Participant.PARENT_OR_CARER),
        "AgreedDecision.participants", "must include the young person or a parent or carer: the decision is shared");
    boolean differs = suggested.isEmpty() || suggested.get() != agreed;
    check(!differs || differenceReason.isPresent(), "AgreedDecision.differenceReason",
        "is required when the agreed grouping differs from the suggestion");
    check(differs || differenceReason.isEmpty(), "AgreedDecision.differenceReason",
        "must be absent when the agreed grouping is the suggestion");
    check(differenceReason.orElse(null) != DifferenceReason.OTHER || !note.isBlank(), "AgreedDecision.note",
        "must say why when the difference reason is OTHER");
    Set<SafeguardKind> present = safeguards.stream().map(Safeguard::kind).collect(Collectors.toSet());
    for (int i = 0; i < setAside.size(); i++) {
      check(present.contains(setAside.get(i).kind()), "AgreedDecision.setAside[" + i + "].kind",
          "names a safeguard the advice does not hold");
      check(setAside.get(i).reason() != SetAsideReason.OTHER || !note.isBlank(), "AgreedDecision.note",
          "must say why when a safeguard is set aside for OTHER");
    }
    Set<SafeguardKind> setAsideKinds = setAside.stream().map(SafeguardSetAside::kind).collect(Collectors.toSet());
    check(!(setAsideKinds.contains(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE) || setAsideKinds.contains(SafeguardKind.SAFEGUARDING))
        || !note.isBlank(), "AgreedDecision.note",
        "must say why when the immediate crisis response or safeguarding is set aside");
    check(!differs || agreed != Grouping.THRIVING || !(present.contains(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)
        || present.contains(SafeguardKind.SAFETY_PLAN) || present.contains(SafeguardKind.RISK_MANAGEMENT_PLAN)),
        "AgreedDecision.agreed", "cannot be Thriving instead of the suggestion while the advice holds a crisis response,"
            + " safety plan or risk management plan: if the risk has been reassessed, update the case and advise again");
    check(setAsideKinds.size() == setAside.size(), "AgreedDecision.setAside", "names a safeguard twice");
    if (offersLess(suggested, agreed) && present.contains(SafeguardKind.CLINICAL_REVIEW_REQUIRED)
        && !setAsideKinds.contains(SafeguardKind.CLINICAL_REVIEW_REQUIRED)) {
      throw new InvalidCaseException("AgreedDecision.setAside",
          "agreeing to " + agreed.label() + " while a clinical review is required needs the review set aside"
              + " with a coded reason (for example CLINICAL_REVIEW_COMPLETED); the safeguard stays on the record");
    }
  }

  /**
   * Whether agreeing to {@code agreed} offers less support than {@code suggested}; with nothing
   * suggested, whether it is Getting Advice or Thriving.
   */
  static boolean offersLess(Optional<Grouping> suggested, Grouping agreed) {
    return suggested.map(agreed::offersLessSupportThan)
        .orElse(agreed == Grouping.GETTING_ADVICE || agreed == Grouping.THRIVING);
  }

  /**
   * Starts the record of a decision on this advice. Every safeguard of the advice is kept in the
   * record, with a clinical review added when agreeing to less support at risk.
   *
   * <pre>{@code
   * AgreedDecision d = AgreedDecision.on(advice).agreed(Grouping.GETTING_ADVICE)
   *     .participants(Participant.YOUNG_PERSON, Participant.PRACTITIONER)
   *     .differenceReason(DifferenceReason.YOUNG_PERSON_CHOICE).decidedAt(Instant.now()).record();
   * }</pre>
   */
  public static Builder on(Advice advice) {
    return new Builder(requirePresent(advice, "AgreedDecision.advice"));
  }

  /**
   * Builds an {@link AgreedDecision}. Each value is checked when it is set and may be set once; the
   * clinical rules of the record are checked by {@link #record()}. Not thread-safe.
   */
  public static final class Builder {
    private final Advice advice;
    private Grouping agreed;
    private ImmutableSortedSet<Participant> participants;
    private DifferenceReason differenceReason;
    private ImmutableList<SafeguardSetAside> setAside;
    private String note;
    private Instant decidedAt;

    private Builder(Advice advice) {
      this.advice = advice;
    }

    private static <T> T once(Object current, T value, String name) {
      if (value == null) {
        throw new NullPointerException("AgreedDecision.Builder." + name + ": must not be null");
      }
      if (current != null) {
        throw new IllegalStateException("AgreedDecision.Builder." + name + ": was already set");
      }
      return value;
    }

    /** The grouping agreed. Required. */
    public Builder agreed(Grouping grouping) {
      agreed = once(agreed, grouping, "agreed");
      return this;
    }

    /** Who took part. Required: the practitioner and the young person or a parent or carer. */
    public Builder participants(Participant... who) {
      Participant[] given = once(participants, who, "participants");
      ImmutableSortedSet<Participant> set = ImmutableSortedSet.copyOf(given);
      if (set.size() != who.length) {
        throw new IllegalArgumentException("AgreedDecision.Builder.participants: names someone twice");
      }
      participants = set;
      return this;
    }

    /** Who took part. Required: the practitioner and the young person or a parent or carer. */
    public Builder participants(Set<Participant> who) {
      Set<Participant> given = once(participants, who, "participants");
      return participants(given.toArray(new Participant[0]));
    }

    /** Why the agreed grouping differs from the suggestion; required exactly when it does. */
    public Builder differenceReason(DifferenceReason reason) {
      differenceReason = once(differenceReason, reason, "differenceReason");
      return this;
    }

    /** Safeguards not actioned, each with its coded reason; they stay on the record. */
    public Builder setAside(List<SafeguardSetAside> safeguards) {
      setAside = ImmutableList.copyOf(once(setAside, safeguards, "setAside"));
      return this;
    }

    /** Free text for the record (case content). Default: empty. */
    public Builder note(String text) {
      note = once(note, text, "note");
      return this;
    }

    /** When the decision was made. Required. */
    public Builder decidedAt(Instant at) {
      decidedAt = once(decidedAt, at, "decidedAt");
      return this;
    }

    /**
     * The record.
     *
     * @throws IllegalStateException if the agreed grouping, the participants or the time was not set
     * @throws InvalidCaseException if the decision breaks a rule of the record (see {@link AgreedDecision})
     */
    public AgreedDecision record() {
      if (agreed == null || participants == null || decidedAt == null) {
        throw new IllegalStateException("AgreedDecision.Builder: "
            + (agreed == null ? "agreed" : participants == null ? "participants" : "decidedAt") + " is required");
      }
      return new AgreedDecision(advice.caseId(), advice.suggestion(), agreed, participants,
          Optional.ofNullable(differenceReason), note == null ? "" : note, decidedAt, safeguardsFor(advice, agreed),
          setAside == null ? ImmutableList.of() : setAside, advice.provenance().ruleSetName(),
          advice.provenance().ruleSetVersion(), advice.provenance().ruleSetSha256(), advice.provenance().evaluatedAt());
    }
  }

  /** The rule id of the clinical review a decision itself requires. */
  public static final String LOWERED_AT_RISK_ID = "decision.less-support-at-risk";

  /**
   * Every safeguard of the advice; and when the agreed grouping offers less support than the
   * suggestion while the advice holds any risk signal (risk that is Not known included) or any risk
   * safeguard, a clinical review: agreeing to less support at risk needs one, set aside only with
   * a code.
   */
  private static ImmutableList<Safeguard> safeguardsFor(Advice advice, Grouping agreed) {
    boolean lowers = offersLess(advice.suggestion(), agreed);
    boolean atRisk = !advice.riskSignals().isEmpty() || advice.safeguards().stream().anyMatch(s ->
        s.kind() != SafeguardKind.SPECIALIST_ASSESSMENT);
    if (!lowers || !atRisk || advice.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)) {
      return advice.safeguards();
    }
    return ImmutableList.<Safeguard>builder().addAll(advice.safeguards())
        .add(new Safeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED, LOWERED_AT_RISK_ID,
            "The agreed grouping offers less support than suggested while the case holds risk signals or risk that"
                + " is not yet known: a clinician must review the decision.",
            "We want to be sure this plan is right for you. A senior worker will look at it with you.",
            advice.riskSignals()))
        .build();
  }

  /** Whether the agreed grouping differs from the suggestion. */
  public boolean differsFromSuggestion() {
    return suggested.isEmpty() || suggested.get() != agreed;
  }

  /** Names the type only: the case id, groupings and note are case content. */
  @Override
  public String toString() {
    return "AgreedDecision";
  }
}
