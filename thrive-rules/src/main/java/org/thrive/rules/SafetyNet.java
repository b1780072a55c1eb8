package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thrive.model.Agency;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.advice.Wording;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;
import org.thrive.model.history.Progress;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.RiskKind;
import org.thrive.model.risk.RiskLevel;
import org.thrive.model.risk.RiskSignals;
import org.thrive.rules.facts.Episode;

/**
 * The library's own safeguards, applied in Java after the rules, whatever they said, so that no
 * rule set (default or local) can lose a risk signal or step a child down unsafely. It reads risk
 * from the input with {@link RiskSignals}, never from the rules, and only ever adds: a safeguard,
 * or a request for missing information that withholds Thriving. Each check encodes a clinical
 * principle:
 *
 * <ol>
 *   <li><b>Clinical and current risk hold support.</b> Current risk to self or others, or clinical
 *       risk (severe eating difficulties, psychosis Moderate or worse, severe extremes of mood),
 *       with a suggestion of Thriving, Getting Advice or none requires a clinical review; so does
 *       any significant or clinical risk with a suggestion that offers less support than the
 *       needs alone suggest.
 *   <li><b>Unknown is never silent.</b> A Not known risk level or risk-bearing item raises a risk
 *       assessment; severe self-harm with risk to self Not known raises an immediate crisis
 *       response; Thriving is withheld while anything is Not known.
 *   <li><b>Every kind of significant risk has its safeguard.</b> Immediate danger or high risk: a
 *       crisis response. Risk to self, recent crises, or crises whose date is not known: a safety plan. Risk to others: a risk
 *       management plan naming the agencies. Harm from others or a protection plan: safeguarding.
 *   <li><b>Leaving current help at risk is reviewed.</b> At significant risk, a suggestion that
 *       moves out of ongoing risk support, or offers less than the help now being given, requires
 *       a clinical review.
 *   <li><b>Never simply more of the same.</b> A suggestion of the same kind of help as the latest
 *       episode (advice, goals-based help or extensive treatment), when that episode made no
 *       progress at a review that describes now or brought no benefit (ongoing, or ended within a
 *       year), requires a clinical review, whatever proposed it ({@link #sameHelpAgain}).
 * </ol>
 *
 * A safeguard of a kind the rules already raised is not added twice.
 */
final class SafetyNet {
  static final String CRISIS_ID = "safety-net.immediate-danger";
  static final String CRISIS_NOT_KNOWN_ID = "safety-net.severe-self-harm-risk-not-known";
  static final String REVIEW_ID = "safety-net.risk-with-less-support";
  static final String STEP_DOWN_ID = "safety-net.below-needs-at-risk";
  static final String LEAVING_HELP_ID = "safety-net.below-current-help-at-risk";
  static final String SAFETY_PLAN_ID = "safety-net.risk-to-self";
  static final String RISK_PLAN_ID = "safety-net.risk-to-others";
  static final String SAFEGUARDING_ID = "safety-net.harm-from-others";
  static final String RISK_ASSESSMENT_ID = "safety-net.risk-not-known";
  static final String THRIVING_WITHHELD_ID = "safety-net.thriving-with-unknowns";

  private SafetyNet() {}

  /**
   * What withholds a suggestion of Thriving: every field that is Not known. Empty unless the
   * suggestion is Thriving and something is Not known.
   */
  static ImmutableList<MissingInformation> withholding(ThriveCase c, Optional<Grouping> suggestion) {
    if (!suggestion.equals(Optional.of(Grouping.THRIVING))) {
      return ImmutableList.of();
    }
    return RiskSignals.notKnownFacts(c).stream()
        .map(f -> new MissingInformation(f.field(), f.label(),
            "Thriving is never suggested while anything is Not known; record it first (" + THRIVING_WITHHELD_ID + ")"))
        .collect(ImmutableList.toImmutableList());
  }

  /** The rules' safeguards with the library's own added, in a fixed order. */
  static ImmutableList<Safeguard> complete(ThriveCase c, List<Safeguard> fromRules, Optional<Grouping> suggestion,
      Optional<Grouping> needsOnly) {
    return complete(c, fromRules, suggestion, needsOnly, RiskSignals.of(c));
  }

  /** As {@link #complete(ThriveCase, List, Optional, Optional)}, given the case's risk signals ({@link RiskSignals#of}). */
  static ImmutableList<Safeguard> complete(ThriveCase c, List<Safeguard> fromRules, Optional<Grouping> suggestion,
      Optional<Grouping> needsOnly, ImmutableList<CaseFact> signals) {
    List<Safeguard> out = new ArrayList<>();
    for (Safeguard s : fromRules) {
      out.add(s.kind() == SafeguardKind.RISK_MANAGEMENT_PLAN ? withAgencies(c, s) : s);
    }
    Set<RiskKind> kinds = RiskSignals.significantKinds(c);
    boolean clinical = !RiskSignals.clinicalRisk(c).isEmpty();
    boolean current = kinds.stream().anyMatch(RiskKind::isCurrentRisk);
    boolean significant = !kinds.isEmpty();

    // 3. every kind of significant risk has its safeguard
    boolean high = c.risk().toSelf() == RiskLevel.HIGH || c.risk().toOthers() == RiskLevel.HIGH;
    if (c.risk().immediateDanger() || high) {
      add(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE, CRISIS_ID,
          Texts.both("safetyNet.crisis"), signals);
    }
    if (kinds.contains(RiskKind.TO_SELF) || kinds.contains(RiskKind.RECENT_CRISES) || c.risk().crises().dateNotKnown()) {
      add(out, SafeguardKind.SAFETY_PLAN, SAFETY_PLAN_ID,
          Texts.both("safetyNet.safetyPlan"), signals);
    }
    if (kinds.contains(RiskKind.TO_OTHERS)) {
      add(out, SafeguardKind.RISK_MANAGEMENT_PLAN, RISK_PLAN_ID,
          Texts.both("safetyNet.riskPlan"), signals);
      out.replaceAll(s -> s.ruleId().equals(RISK_PLAN_ID) ? withAgencies(c, s) : s);
    }
    if (kinds.contains(RiskKind.FROM_OTHERS)) {
      add(out, SafeguardKind.SAFEGUARDING, SAFEGUARDING_ID,
          Texts.both("safetyNet.safeguarding"), signals);
    }

    // 2. unknown is never silent
    if (c.needs().rating(CurrentViewItem.SELF_HARM) == Rating.SEVERE && c.risk().toSelf() == RiskLevel.NOT_KNOWN) {
      add(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE, CRISIS_NOT_KNOWN_ID,
          new Wording(Texts.fill("safetyNet.crisisNotKnown.practitioner"), Texts.fill("safetyNet.crisis.family")), signals);
    }
    ImmutableList<String> unknown = RiskSignals.unknownRisk(c);
    if (!unknown.isEmpty()) {
      add(out, SafeguardKind.RISK_ASSESSMENT, RISK_ASSESSMENT_ID,
          Texts.both("safetyNet.riskAssessment", "unknown", String.join(", ", unknown)), signals);
    }

    // 1. clinical and current risk hold support
    boolean adviceOrLess = suggestion.isEmpty() || suggestion.get().offersLessSupportThan(Grouping.GETTING_HELP);
    if ((current || clinical) && adviceOrLess) {
      add(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED, REVIEW_ID,
          Texts.both("safetyNet.review"), signals);
    }
    if ((significant || clinical) && suggestion.isPresent() && needsOnly.isPresent()
        && suggestion.get().offersLessSupportThan(needsOnly.get())) {
      add(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED, STEP_DOWN_ID,
          new Wording(Texts.fill("safetyNet.belowNeeds.practitioner", "suggestion", suggestion.get().label(),
              "needs", needsOnly.get().label()), Texts.fill("safetyNet.review.family")), signals);
    }

    // 4. leaving current help at risk is reviewed
    Optional<HelpKind> ongoing = c.history().episodes().stream().filter(e -> e.outcome() == Outcome.ONGOING)
        .map(HelpEpisode::kind).reduce((a, b) -> groupingOf(a).offersLessSupportThan(groupingOf(b)) ? b : a);
    if (significant && ongoing.isPresent() && suggestion.isPresent()) {
      Grouping now = groupingOf(ongoing.get());
      boolean leavesRiskSupport = now == Grouping.GETTING_RISK_SUPPORT && suggestion.get() != Grouping.GETTING_RISK_SUPPORT;
      if (leavesRiskSupport || suggestion.get().offersLessSupportThan(now)) {
        add(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED, LEAVING_HELP_ID,
            new Wording(Texts.fill("safetyNet.leavingHelp.practitioner", "suggestion", suggestion.get().label(),
                "now", now.label()), Texts.fill("safetyNet.review.family")), signals);
      }
    }
    return ImmutableList.copyOf(out);
  }

  static final String CHOICE_STEP_DOWN_ID = "safety-net.choice-lowers-at-risk";
  static final String SAME_HELP_AGAIN_ID = "safety-net.same-help-again";

  /**
   * A clinical review when the suggestion is the same kind of help as the latest episode of help
   * (Getting Advice after advice, Getting Help after goals-based help, Getting More Help after
   * extensive treatment), that episode did not help (the latest review, where it describes now,
   * shows no progress or deterioration; or the episode brought no benefit and is ongoing or ended
   * within {@link Episode#RECENT_DAYS} days), and no rule or check has asked for a review: a case
   * not progressing is reconsidered (more help, different help, or risk support), never simply
   * given more of the same, whether the needs, a choice or a local rule proposed it. Risk support,
   * which continues while risk continues, is not counted. Applied to the advice with and without
   * the choices alike, so the review is not credited to a choice that did not cause it.
   */
  static Optional<Safeguard> sameHelpAgain(ThriveCase c, LocalConfiguration local, Optional<Grouping> suggestion,
      List<Safeguard> already) {
    List<HelpEpisode> episodes = c.history().episodes();
    if (suggestion.isEmpty() || episodes.isEmpty()
        || already.stream().anyMatch(s -> s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED)) {
      return Optional.empty();
    }
    int index = episodes.size() - 1;
    HelpEpisode latest = episodes.get(index);
    if (latest.kind() == HelpKind.RISK_SUPPORT || groupingOf(latest.kind()) != suggestion.get()) {
      return Optional.empty();
    }
    boolean reviewCurrent = CaseFacts.reviewCurrent(c, local);
    boolean noProgress = reviewCurrent && (c.history().latestReview() == Progress.NO_PROGRESS
        || c.history().latestReview() == Progress.DETERIORATED);
    boolean recent = Episode.recent(latest, c.assessmentDate());
    boolean noBenefit = latest.outcome() == Outcome.NO_BENEFIT && recent;
    if (!noProgress && !noBenefit) {
      return Optional.empty();
    }
    List<CaseFact> facts = new ArrayList<>(FactDescriptions.describe(new Episode(index, latest.kind(), latest.outcome(),
        true, recent)));
    if (noProgress) {
      facts.add(new CaseFact("history.latestReview", "Progress at latest review",
          FactDescriptions.Words.of(c.history().latestReview().name())));
    }
    return Optional.of(new Safeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED, SAME_HELP_AGAIN_ID,
        Texts.fill("safetyNet.sameHelpAgain.practitioner", "suggestion", suggestion.get().label()),
        Texts.fill("safetyNet.sameHelpAgain.family"), ImmutableList.copyOf(facts)));
  }

  /**
   * A clinical review when, at significant or clinical risk, the choices recorded lower the
   * suggestion below what it would be without them and no rule asked for a review: whatever the
   * choice, support is not lowered at risk without one.
   */
  static Optional<Safeguard> choiceStepDown(ThriveCase c, Optional<Grouping> withChoice, Optional<Grouping> withoutChoice,
      List<Safeguard> already) {
    boolean atRisk = RiskSignals.isSignificant(c) || !RiskSignals.clinicalRisk(c).isEmpty();
    // Treatment instead of risk support, on a commitment to change, is a different input, not less of one.
    boolean lowers = withChoice.isPresent() && withoutChoice.isPresent()
        && withChoice.get().offersLessSupportThan(withoutChoice.get())
        && !(withoutChoice.get() == Grouping.GETTING_RISK_SUPPORT && withChoice.get() == Grouping.GETTING_MORE_HELP);
    if (!atRisk || !lowers || already.stream().anyMatch(s -> s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED)) {
      return Optional.empty();
    }
    return Optional.of(new Safeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED, CHOICE_STEP_DOWN_ID,
        Texts.fill("safetyNet.choiceLowers.practitioner", "without", withoutChoice.get().label(),
            "with", withChoice.get().label()), Texts.fill("safetyNet.review.family"),
        RiskSignals.of(c)));
  }

  private static void add(List<Safeguard> out, SafeguardKind kind, String id, Wording wording,
      ImmutableList<CaseFact> facts) {
    if (out.stream().noneMatch(s -> s.kind() == kind)) {
      out.add(new Safeguard(kind, id, Texts.fill("safetyNet.raised.practitioner", "text", wording.practitioner()),
          wording.family(), facts));
    }
  }

  /** A risk management plan names the agencies to involve: those involved now, or a prompt to decide. */
  private static Safeguard withAgencies(ThriveCase c, Safeguard s) {
    List<CaseFact> facts = new ArrayList<>(s.facts());
    if (c.agencies().isEmpty()) {
      facts.add(new CaseFact("agencies", "Agencies to involve",
          Texts.fill("safetyNet.agenciesNone.practitioner")));
    } else {
      for (Agency a : c.agencies()) {
        facts.add(new CaseFact("agencies", "Agencies to involve", label(a.name())));
      }
    }
    return new Safeguard(s.kind(), s.ruleId(), s.practitioner(), s.family(), ImmutableList.copyOf(facts));
  }

  private static String label(String constant) {
    String t = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  static Grouping groupingOf(HelpKind kind) {
    return switch (kind) {
      case ADVICE -> Grouping.GETTING_ADVICE;
      case EVIDENCE_BASED_INTERVENTION -> Grouping.GETTING_HELP;
      case EXTENSIVE_TREATMENT -> Grouping.GETTING_MORE_HELP;
      case RISK_SUPPORT -> Grouping.GETTING_RISK_SUPPORT;
    };
  }
}
