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
 * <p>Rules the record enforces when made with {@link #of}:
 * <ul>
 *   <li>a practitioner and the young person or a parent or carer took part;
 *   <li>an agreed grouping that differs from the suggestion (or agreed when none was suggested)
 *       carries a coded {@link DifferenceReason};
 *   <li>every safeguard of the advice is copied into the record; a safeguard the decision does not
 *       action needs a coded {@link SafeguardSetAside}, and stays visible;
 *   <li>agreeing to less support than suggested (or to Getting Advice or Thriving when nothing was
 *       suggested) while a clinical review is required needs the review set aside with a coded
 *       reason (for example {@link SetAsideReason#CLINICAL_REVIEW_COMPLETED}); {@link #of} adds
 *       that review whenever the agreed grouping offers less while the advice holds any risk
 *       signal, including risk that is Not known, or any risk safeguard.
 * </ul>
 *
 * <p>Make records with {@link #of}, which copies the advice's safeguards; the canonical
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
 * @param ruleSetSha256 the rule set behind the suggestion
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

  /** Records a decision on the given advice; every safeguard of the advice is kept. */
  public static AgreedDecision of(Advice advice, Grouping agreed, Set<Participant> participants,
      Optional<DifferenceReason> differenceReason, List<SafeguardSetAside> setAside, String note, Instant decidedAt) {
    requirePresent(advice, "AgreedDecision.advice");
    requirePresent(agreed, "AgreedDecision.agreed");
    return new AgreedDecision(advice.caseId(), advice.suggestion(), agreed,
        ImmutableSortedSet.copyOf(requirePresent(participants, "AgreedDecision.participants")),
        differenceReason, note, decidedAt, safeguardsFor(advice, agreed), ImmutableList.copyOf(setAside),
        advice.provenance().ruleSetSha256(), advice.provenance().evaluatedAt());
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
