package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.rules.TestCases.ASSESSED;
import static org.thrive.rules.TestCases.base;
import static org.thrive.rules.TestCases.problems;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.thrive.model.Agency;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Goal;
import org.thrive.model.choice.Preference;
import org.thrive.model.choice.Setting;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;
import org.thrive.model.history.Progress;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Crises;
import org.thrive.model.risk.HarmFromOthers;
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;
import org.thrive.model.strengths.Strength;
import org.thrive.model.strengths.StrengthKind;

/**
 * One test per default rule that it fires on a minimal case, and one that it does not fire on a
 * near miss. Each case starts from {@link TestCases#base()} (everything None, no risk, first
 * contact, engaged) and changes only what the rule looks at.
 */
class RuleTest {
  static final ThriveAdvisor ADVISOR = ThriveAdvisor.builder()
      .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)).build();

  // ---- helpers ----

  static Advice advise(ThriveCase.Builder c) {
    return ADVISOR.advise(c.build());
  }

  static List<String> fired(Advice a) {
    return a.provenance().firedRuleIds();
  }

  static Reason reason(Advice a, String ruleId) {
    return a.reasons().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError("no reason " + ruleId + " in " + a.reasonIds()));
  }

  /** Asserts that the rule fired and proposed {@code grouping} on {@code basis}. */
  static void assertProposes(Advice a, String ruleId, Grouping grouping, Basis basis) {
    assertThat(fired(a)).contains(ruleId);
    Reason r = reason(a, ruleId);
    assertThat(r.proposal()).as(ruleId + " proposal").contains(grouping);
    assertThat(r.basis()).as(ruleId + " basis").contains(basis);
  }

  /** Asserts that the rule fired and explains (gives a reason) without proposing a grouping. */
  static void assertExplains(Advice a, String ruleId) {
    assertThat(fired(a)).contains(ruleId);
    assertThat(reason(a, ruleId).proposal()).as(ruleId + " proposal").isEmpty();
  }

  static void assertNotFired(Advice a, String ruleId) {
    assertThat(fired(a)).doesNotContain(ruleId);
    assertThat(a.reasonIds()).doesNotContain(ruleId);
    assertThat(a.safeguards()).extracting(Safeguard::ruleId).doesNotContain(ruleId);
  }

  static List<String> safeguardsBy(Advice a, SafeguardKind kind) {
    return a.safeguards().stream().filter(s -> s.kind() == kind).map(Safeguard::ruleId).toList();
  }

  static List<String> missingFields(Advice a) {
    return a.missing().stream().map(MissingInformation::field).toList();
  }

  /** Needs with every item None and every complexity factor No, except the (item, rating) pairs given. */
  static Needs rated(Object... itemAndRating) {
    Needs.Builder b = Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO);
    for (int i = 0; i < itemAndRating.length; i += 2) {
      b.rate((CurrentViewItem) itemAndRating[i], (Rating) itemAndRating[i + 1]);
    }
    return b.build();
  }

  static Choices youngPersonChooses(Preference preference, Goal... goals) {
    return Choices.of(Choice.of(Chooser.YOUNG_PERSON, preference)).withGoals(goals);
  }

  static Choices parentChooses(Preference preference) {
    return Choices.of(Choice.of(Chooser.PARENT_OR_CARER, preference));
  }

  static Goal goalReviewedLater() {
    return new Goal("Go to school every day", Optional.of(ASSESSED.plusWeeks(8)));
  }

  static HelpEpisode treatment(Outcome outcome) {
    return HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusMonths(8), ASSESSED.minusWeeks(2), outcome);
  }

  /** Specialist treatment that ended before the goal-based {@link #treatment} began. */
  static HelpEpisode specialist(Outcome outcome) {
    return HelpEpisode.ended(HelpKind.EXTENSIVE_TREATMENT, ASSESSED.minusMonths(20), ASSESSED.minusMonths(12), outcome);
  }

  static HelpEpisode ongoingGoalBasedHelp() {
    return HelpEpisode.ongoing(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusMonths(3));
  }

  static HelpHistory historyOf(Progress review, HelpEpisode... episodes) {
    return TestCases.history(Engagement.ENGAGED, review, episodes);
  }

  static Risk mediumRiskToSelf() {
    return Risk.none().withToSelf(RiskLevel.MEDIUM);
  }

  // ---- needs.drl ----

  @Nested
  class NeedsRules {
    @Test
    void needsThriving_everythingNone_proposesThriving() {
      // given a fully rated case with no difficulty
      // when
      Advice a = advise(base());

      // then
      assertProposes(a, "needs.thriving", Grouping.THRIVING, Basis.NEEDS);
      assertThat(a.suggestion()).contains(Grouping.THRIVING);
    }

    @Test
    void needsThriving_oneProblemMild_doesNotFire() {
      // given one mild problem
      // when
      Advice a = advise(base().needs(problems(9, Rating.MILD)));

      // then
      assertNotFired(a, "needs.thriving");
    }

    @Test
    void needsThriving_oneProblemNotKnown_doesNotFire() {
      // given one problem not rated
      // when
      Advice a = advise(base().needs(problems(9, Rating.NOT_KNOWN)));

      // then a blank is never read as None
      assertNotFired(a, "needs.thriving");
      assertThat(a.suggestion()).isEmpty();
    }

    @Test
    void needsThriving_contextualItemModerate_doesNotFire() {
      // given no problem but a moderate difficulty at home
      // when
      Advice a = advise(base().needs(rated(CurrentViewItem.CONTEXT_HOME, Rating.MODERATE)));

      // then
      assertNotFired(a, "needs.thriving");
    }

    @Test
    void needsThriving_contextualItemNotKnown_doesNotFireAndNamesTheItem() {
      // given no problem, but school context not rated
      // when
      Advice a = advise(base().needs(rated(CurrentViewItem.CONTEXT_SCHOOL_WORK_OR_TRAINING, Rating.NOT_KNOWN)));

      // then never Thriving by omission: info.context-not-known names the item
      assertNotFired(a, "needs.thriving");
      assertThat(fired(a)).contains("info.context-not-known");
      assertThat(missingFields(a)).containsExactly("needs.context.2");
      assertThat(a.suggestion()).isEmpty();
    }

    @Test
    void infoContextNotKnown_contextKnown_doesNotFire() {
      // given everything rated
      // when
      Advice a = advise(base());

      // then
      assertNotFired(a, "info.context-not-known");
    }

    @Test
    void needsThriving_significantRiskWithNoRatedProblem_doesNotFire() {
      // given no problem rated but high risk to self
      // when
      Advice a = advise(base().risk(Risk.none().withToSelf(RiskLevel.HIGH)));

      // then risk is never Thriving: needs.risk-without-rated-problem proposes Getting Help
      assertNotFired(a, "needs.thriving");
      assertProposes(a, "needs.risk-without-rated-problem", Grouping.GETTING_HELP, Basis.NEEDS);
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
      assertThat(safeguardsBy(a, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isNotEmpty();
    }

    @Test
    void needsRiskWithoutRatedProblem_lowRisk_doesNotFire() {
      // given no problem rated and low risk
      // when
      Advice a = advise(base().risk(Risk.none().withToSelf(RiskLevel.LOW)));

      // then
      assertNotFired(a, "needs.risk-without-rated-problem");
      assertThat(a.suggestion()).contains(Grouping.THRIVING);
    }

    @Test
    void needsContextOnly_contextualItemModerate_proposesGettingAdvice() {
      // given no problem but a moderate difficulty at school
      // when
      Advice a = advise(base().needs(rated(CurrentViewItem.CONTEXT_SCHOOL_WORK_OR_TRAINING, Rating.MODERATE)));

      // then
      assertProposes(a, "needs.context-only", Grouping.GETTING_ADVICE, Basis.NEEDS);
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    }

    @Test
    void needsContextOnly_educationItemSevere_proposesGettingAdvice() {
      // given no problem but severe attendance difficulties
      // when
      Advice a = advise(base().needs(rated(CurrentViewItem.EET_ATTENDANCE_DIFFICULTIES, Rating.SEVERE)));

      // then
      assertProposes(a, "needs.context-only", Grouping.GETTING_ADVICE, Basis.NEEDS);
    }

    @Test
    void needsContextOnly_contextualItemMild_doesNotFire() {
      // given only a mild contextual difficulty
      // when
      Advice a = advise(base().needs(rated(CurrentViewItem.CONTEXT_HOME, Rating.MILD)));

      // then
      assertNotFired(a, "needs.context-only");
      assertThat(a.suggestion()).contains(Grouping.THRIVING);
    }

    @Test
    void needsContextOnly_contextualModerateWithMildProblem_doesNotFire() {
      // given a moderate contextual difficulty and a mild problem
      // when
      Advice a = advise(base().needs(rated(CurrentViewItem.CONTEXT_HOME, Rating.MODERATE,
          CurrentViewItem.ANXIOUS_GENERALLY, Rating.MILD)));

      // then the problem rule applies instead
      assertNotFired(a, "needs.context-only");
      assertThat(fired(a)).contains("needs.mild");
    }

    @Test
    void needsMild_highestProblemMild_proposesGettingAdvice() {
      // given one mild problem
      // when
      Advice a = advise(base().needs(problems(9, Rating.MILD)));

      // then
      assertProposes(a, "needs.mild", Grouping.GETTING_ADVICE, Basis.NEEDS);
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    }

    @Test
    void needsMild_mildProblemButAnotherNotKnown_doesNotFire() {
      // given one mild problem and one not rated
      // when
      Advice a = advise(base().needs(problems(9, Rating.MILD, 3, Rating.NOT_KNOWN)));

      // then
      assertNotFired(a, "needs.mild");
    }

    @Test
    void needsModerate_highestProblemModerate_proposesGettingHelp() {
      // given one moderate problem
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)));

      // then
      assertProposes(a, "needs.moderate", Grouping.GETTING_HELP, Basis.NEEDS);
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void needsModerate_moderateProblemWithOthersNotKnown_stillProposesGettingHelp() {
      // given a moderate problem and another not rated
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE, 3, Rating.NOT_KNOWN)));

      // then an unknown item cannot lower a known moderate need
      assertProposes(a, "needs.moderate", Grouping.GETTING_HELP, Basis.NEEDS);
    }

    @Test
    void needsModerate_highestProblemSevere_doesNotFire() {
      // given a moderate and a severe problem
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE, 3, Rating.SEVERE)));

      // then only the highest rating counts
      assertNotFired(a, "needs.moderate");
      assertThat(fired(a)).contains("needs.severe");
    }

    @Test
    void needsSevere_severeProblem_proposesGettingHelp() {
      // given a severe low mood
      // when
      Advice a = advise(base().needs(problems(9, Rating.SEVERE)));

      // then severity alone does not mean Getting More Help
      assertProposes(a, "needs.severe", Grouping.GETTING_HELP, Basis.NEEDS);
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void needsSevere_severeEatingIssues_doesNotFire() {
      // given severe eating issues and severe low mood
      // when
      Advice a = advise(base().needs(problems(20, Rating.SEVERE, 9, Rating.SEVERE)));

      // then the specialist rule applies instead
      assertNotFired(a, "needs.severe");
    }

    @Test
    void needsSpecialist_severeEatingIssues_proposesGettingMoreHelp() {
      // given severe eating issues
      // when
      Advice a = advise(base().needs(problems(20, Rating.SEVERE)));

      // then
      assertProposes(a, "needs.specialist", Grouping.GETTING_MORE_HELP, Basis.NEEDS);
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
    }

    @Test
    void needsSpecialist_severePsychosisOrExtremesOfMood_proposesGettingMoreHelp() {
      // given severe delusional beliefs, and separately severe extremes of mood
      // when
      Advice psychosis = advise(base().needs(problems(12, Rating.SEVERE)));
      Advice mood = advise(base().needs(problems(11, Rating.SEVERE)));

      // then
      assertProposes(psychosis, "needs.specialist", Grouping.GETTING_MORE_HELP, Basis.NEEDS);
      assertProposes(mood, "needs.specialist", Grouping.GETTING_MORE_HELP, Basis.NEEDS);
    }

    @Test
    void needsSpecialist_eatingIssuesModerate_doesNotFire() {
      // given moderate eating issues
      // when
      Advice a = advise(base().needs(problems(20, Rating.MODERATE)));

      // then
      assertNotFired(a, "needs.specialist");
      assertThat(fired(a)).contains("needs.moderate");
    }

    @Test
    void infoProblemsNotKnown_mildAndOneNotKnown_namesTheMissingProblem() {
      // given a mild problem and depression not rated
      // when
      Advice a = advise(base().needs(problems(3, Rating.MILD, 9, Rating.NOT_KNOWN)));

      // then
      assertThat(fired(a)).contains("info.problems-not-known");
      assertThat(missingFields(a)).contains("needs.problem.9").doesNotContain("needs.problem.3");
      assertThat(a.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
    }

    @Test
    void infoProblemsNotKnown_moderateAndOneNotKnown_doesNotFire() {
      // given a moderate problem and another not rated
      // when
      Advice a = advise(base().needs(problems(3, Rating.MODERATE, 9, Rating.NOT_KNOWN)));

      // then a known moderate need is enough to suggest
      assertNotFired(a, "info.problems-not-known");
      assertThat(a.missing()).isEmpty();
    }
  }

  // ---- risk.drl ----

  @Nested
  class RiskRules {
    @Test
    void riskSignificantLevel_mediumRiskToSelf_fires() {
      // given medium risk to self
      // when
      Advice a = advise(base().risk(mediumRiskToSelf()));

      // then
      assertExplains(a, "risk.significant-level");
    }

    @Test
    void riskSignificantLevel_immediateDangerAlone_firesButHighRiskFromOthersDoesNot() {
      // given high risk from others, and separately immediate danger alone
      // when
      Advice fromOthers = advise(base().risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of())));
      Advice danger = advise(base().risk(Risk.none().withImmediateDanger(true)));

      // then harm from others is its own kind of risk (safeguarding), not current risk to self or others
      assertNotFired(fromOthers, "risk.significant-level");
      assertThat(fired(fromOthers)).contains("risk.significant-harm-from-others").doesNotContain("risk.current");
      assertExplains(danger, "risk.significant-level");
      // danger with no source recorded is current risk, but not risk to self or others for Risk Support
      assertThat(fired(danger)).contains("risk.danger-source-not-recorded").doesNotContain("risk.current");
    }

    @Test
    void riskSignificantLevel_lowRisk_doesNotFire() {
      // given low risk to self, to others and from others
      // when
      Advice a = advise(base().risk(new Risk(RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW,
          ImmutableSortedSet.of(), Crises.none(), false)));

      // then
      assertNotFired(a, "risk.significant-level");
    }

    @Test
    void riskSignificantCrises_oneEmergencyAttendance_fires() {
      // given one A&E attendance
      // when
      Advice a = advise(base().risk(Risk.none().withCrises(new Crises(1, 0, 90))));

      // then
      assertExplains(a, "risk.significant-crises");
    }

    @Test
    void riskSignificantCrises_twoOtherCrisisContacts_fires() {
      // given two other crisis contacts
      // when
      Advice a = advise(base().risk(Risk.none().withCrises(new Crises(0, 2, 90))));

      // then
      assertExplains(a, "risk.significant-crises");
    }

    @Test
    void riskSignificantCrises_oneOtherCrisisContact_fires() {
      // given one other crisis contact only: the same test of significant risk as the safety net
      // when
      Advice a = advise(base().risk(Risk.none().withCrises(new Crises(0, 1, 90))));

      // then
      assertThat(fired(a)).contains("risk.significant-crises");
    }

    @Test
    void riskSignificantCrises_noCrisisContact_doesNotFire() {
      // given no crisis contact
      // when
      Advice a = advise(base());

      // then
      assertNotFired(a, "risk.significant-crises");
    }

    @Test
    void riskSignificantHarmFromOthers_exploitationConcern_fires() {
      // given a concern of exploitation with risk from others only low
      // when
      Advice a = advise(base().risk(Risk.none().withFromOthers(RiskLevel.LOW,
          java.util.Set.of(org.thrive.model.risk.HarmFromOthers.EXPLOITATION))));

      // then it raises safeguarding but, with no mental-health need, does not raise the grouping
      assertThat(fired(a)).contains("risk.significant-harm-from-others", "safeguard.safeguarding")
          .doesNotContain("needs.risk-without-rated-problem", "risk.current");
      assertThat(a.suggestion()).contains(Grouping.THRIVING);
      assertThat(a.hasSafeguard(SafeguardKind.SAFEGUARDING)).isTrue();
    }

    @Test
    void riskSignificantHarmFromOthers_protectionPlan_fires() {
      // given a current protection plan
      // when
      Advice a = advise(base().needs(rated()
          .toBuilder().complexity(CurrentViewItem.CURRENT_PROTECTION_PLAN, Presence.YES).build()));

      // then
      assertThat(fired(a)).contains("risk.significant-harm-from-others");
    }

    @Test
    void infoRiskNotAssessedForLessSupport_mildNeedRiskNotKnown_asksForRisk() {
      // given a mild need (Getting Advice) and risk not assessed
      // when
      Advice a = advise(base().needs(problems(9, Rating.MILD)).risk(Risk.notAssessed()));

      // then no Getting Advice without knowing the risk
      assertThat(fired(a)).contains("info.risk-not-assessed-for-less-support");
      assertThat(missingFields(a)).contains("risk");
      assertThat(a.suggestion()).isEmpty();
    }

    @Test
    void infoRiskNotAssessedForLessSupport_moderateNeedRiskNotKnown_doesNotFire() {
      // given a moderate need (Getting Help, not less support) and risk not assessed
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.notAssessed()));

      // then
      assertNotFired(a, "info.risk-not-assessed-for-less-support");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void riskSignificantHarmFromOthers_noConcern_doesNotFire() {
      // when
      Advice a = advise(base());

      // then
      assertNotFired(a, "risk.significant-harm-from-others");
    }

    @Test
    void riskSignificantRating_selfHarmModerate_fires() {
      // given self-harm rated Moderate
      // when
      Advice a = advise(base().needs(problems(10, Rating.MODERATE)));

      // then
      assertExplains(a, "risk.significant-rating");
    }

    @Test
    void riskSignificantRating_posesRiskToOthersSevere_fires() {
      // given risk to others rated Severe
      // when
      Advice a = advise(base().needs(problems(16, Rating.SEVERE)));

      // then
      assertExplains(a, "risk.significant-rating");
    }

    @Test
    void riskSignificantRating_selfHarmMild_doesNotFire() {
      // given self-harm rated Mild
      // when
      Advice a = advise(base().needs(problems(10, Rating.MILD)));

      // then
      assertNotFired(a, "risk.significant-rating");
    }

    @Test
    void safeguardCrisisResponse_highRiskToSelf_raisesImmediateCrisisResponse() {
      // given high risk to self
      // when
      Advice a = advise(base().risk(Risk.none().withToSelf(RiskLevel.HIGH)));

      // then
      assertThat(fired(a)).contains("safeguard.crisis-response");
      assertThat(safeguardsBy(a, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly("safeguard.crisis-response");
    }

    @Test
    void safeguardCrisisResponse_highRiskToOthers_raisesImmediateCrisisResponse() {
      // given high risk to others
      // when
      Advice a = advise(base().risk(Risk.none().withToOthers(RiskLevel.HIGH)));

      // then
      assertThat(safeguardsBy(a, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly("safeguard.crisis-response");
    }

    @Test
    void safeguardCrisisResponse_mediumRiskToSelf_doesNotFire() {
      // given medium risk to self, no immediate danger
      // when
      Advice a = advise(base().risk(mediumRiskToSelf()));

      // then
      assertNotFired(a, "safeguard.crisis-response");
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isFalse();
    }

    @Test
    void safeguardSafetyPlan_mediumRiskToSelf_raisesSafetyPlan() {
      // given medium risk to self
      // when
      Advice a = advise(base().risk(mediumRiskToSelf()));

      // then
      assertThat(fired(a)).contains("safeguard.safety-plan");
      assertThat(safeguardsBy(a, SafeguardKind.SAFETY_PLAN)).containsExactly("safeguard.safety-plan");
    }

    @Test
    void safeguardSafetyPlan_selfHarmModerate_raisesSafetyPlan() {
      // given self-harm rated Moderate, risk assessed as none
      // when
      Advice a = advise(base().needs(problems(10, Rating.MODERATE)));

      // then
      assertThat(safeguardsBy(a, SafeguardKind.SAFETY_PLAN)).containsExactly("safeguard.safety-plan");
    }

    @Test
    void safeguardSafetyPlan_highRiskToOthersOnly_doesNotFire() {
      // given high risk to others but none to self
      // when
      Advice a = advise(base().risk(Risk.none().withToOthers(RiskLevel.HIGH)));

      // then
      assertNotFired(a, "safeguard.safety-plan");
      assertThat(a.hasSafeguard(SafeguardKind.SAFETY_PLAN)).isFalse();
    }

    @Test
    void safeguardSafeguarding_exploitationConcern_raisesSafeguarding() {
      // given a concern of exploitation with low risk from others
      // when
      Advice a = advise(base().risk(Risk.none().withFromOthers(RiskLevel.LOW, EnumSet.of(HarmFromOthers.EXPLOITATION))));

      // then
      assertThat(fired(a)).contains("safeguard.safeguarding");
      assertThat(safeguardsBy(a, SafeguardKind.SAFEGUARDING)).containsExactly("safeguard.safeguarding");
    }

    @Test
    void safeguardSafeguarding_mediumRiskFromOthers_raisesSafeguarding() {
      // given medium risk from others with no kind of harm named
      // when
      Advice a = advise(base().risk(Risk.none().withFromOthers(RiskLevel.MEDIUM, Set.of())));

      // then
      assertThat(safeguardsBy(a, SafeguardKind.SAFEGUARDING)).containsExactly("safeguard.safeguarding");
    }

    @Test
    void safeguardSafeguarding_lowRiskFromOthersNoConcern_doesNotFire() {
      // given low risk from others and no harm of concern
      // when
      Advice a = advise(base().risk(Risk.none().withFromOthers(RiskLevel.LOW, Set.of())));

      // then
      assertNotFired(a, "safeguard.safeguarding");
      assertThat(a.hasSafeguard(SafeguardKind.SAFEGUARDING)).isFalse();
    }

    @Test
    void riskAloneNotRiskSupport_significantRiskFirstContact_firesAndDoesNotSuggestRiskSupport() {
      // given medium risk to self, a moderate need, and no help before
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf()));

      // then
      assertExplains(a, "risk.alone-not-risk-support");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void riskAloneNotRiskSupport_significantRiskAndUnhelpedHistory_doesNotFire() {
      // given medium risk to self and treatment that brought no benefit
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT))));

      // then
      assertNotFired(a, "risk.alone-not-risk-support");
    }

    @Test
    void riskAloneNotRiskSupport_noSignificantRisk_doesNotFire() {
      // given low risk to self only
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.LOW)));

      // then
      assertNotFired(a, "risk.alone-not-risk-support");
    }
  }

  // ---- choice.drl ----

  @Nested
  class ChoiceRules {
    @Test
    void choiceAdviceRequested_mildNeedAndAdviceChosen_proposesGettingAdviceOnChoice() {
      // given a mild need and the young person asks for advice
      // when
      Advice a = advise(base().needs(problems(9, Rating.MILD))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then
      assertProposes(a, "choice.advice-requested", Grouping.GETTING_ADVICE, Basis.CHOICE);
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    }

    @Test
    void choiceAdviceRequested_parentAsksWhenThriving_proposesGettingAdvice() {
      // given no need and the parent asks for advice
      // when
      Advice a = advise(base().choices(parentChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then the choice moves Thriving to Getting Advice
      assertProposes(a, "choice.advice-requested", Grouping.GETTING_ADVICE, Basis.CHOICE);
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
      assertThat(a.needsOnly()).contains(Grouping.THRIVING);
    }

    @Test
    void choiceAdviceRequested_moderateNeed_doesNotFire() {
      // given a moderate need and the young person asks for advice
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then it is self-management, not a request for advice on a mild need
      assertNotFired(a, "choice.advice-requested");
    }

    @Test
    void choiceSelfManagement_moderateNeedYoungPersonChoosesAdviceNoRisk_proposesGettingAdvice() {
      // given a moderate need, no significant risk, and the young person chooses self-management
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then the choice outweighs the needs
      assertProposes(a, "choice.self-management", Grouping.GETTING_ADVICE, Basis.CHOICE);
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
      assertThat(a.needsOnly()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void choiceSelfManagement_youngPersonDeclinesHelp_proposesGettingAdvice() {
      // given a severe need and the young person declines help
      // when
      Advice a = advise(base().needs(problems(9, Rating.SEVERE)).choices(youngPersonChooses(Preference.DECLINES_HELP)));

      // then
      assertProposes(a, "choice.self-management", Grouping.GETTING_ADVICE, Basis.CHOICE);
    }

    @Test
    void choiceSelfManagement_significantRisk_doesNotFire() {
      // given the same choice with medium risk to self
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then
      assertNotFired(a, "choice.self-management");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void choiceSelfManagement_onlyParentChoosesAdvice_doesNotFire() {
      // given a moderate need and only the parent chooses advice
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(parentChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then it is the young person's choice that counts
      assertNotFired(a, "choice.self-management");
    }

    @Test
    void choiceSelfManagement_riskNotAssessed_doesNotFire() {
      // given the choice with risk not yet assessed
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.notAssessed())
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then
      assertNotFired(a, "choice.self-management");
    }

    @Test
    void choiceLowerSupportAtRisk_adviceChosenWithSignificantRisk_raisesClinicalReview() {
      // given a moderate need, medium risk to self, and the young person chooses advice
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then
      assertThat(fired(a)).contains("choice.lower-support-at-risk");
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly("choice.lower-support-at-risk");
    }

    @Test
    void choiceLowerSupportAtRisk_goalBasedHelpChosenWithSignificantRisk_doesNotFire() {
      // given medium risk to self and a choice of goal-based help
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));

      // then
      assertNotFired(a, "choice.lower-support-at-risk");
      assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isFalse();
    }

    @Test
    void choiceLowerSupportAtRisk_adviceChosenWithoutRisk_doesNotFire() {
      // given a choice of advice and no risk
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then
      assertNotFired(a, "choice.lower-support-at-risk");
    }

    @Test
    void infoRiskNotAssessed_youngPersonChoosesAdviceRiskNotKnown_asksForRisk() {
      // given a moderate need, risk not assessed, and the young person chooses advice
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.notAssessed())
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then
      assertThat(fired(a)).contains("info.risk-not-assessed");
      assertThat(missingFields(a)).contains("risk");
      assertThat(a.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
    }

    @Test
    void infoRiskNotAssessed_riskAssessed_doesNotFire() {
      // given the same choice with risk assessed as none
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then
      assertNotFired(a, "info.risk-not-assessed");
      assertThat(missingFields(a)).doesNotContain("risk");
    }

    @Test
    void infoRiskNotAssessed_onlyParentChoosesAdvice_doesNotFire() {
      // given risk not assessed and only the parent chooses advice, which cannot lower support on its own
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.notAssessed())
          .choices(parentChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then, as the rule's text says ("The young person chooses advice only or declines help"), it does not apply
      assertNotFired(a, "info.risk-not-assessed");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void infoRiskNotAssessed_goalBasedHelpChosen_doesNotFire() {
      // given risk not assessed and a choice that does not lower support
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.notAssessed())
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));

      // then
      assertNotFired(a, "info.risk-not-assessed");
    }

    @Test
    void choiceGoalBasedHelp_moderateNeedChosenWithGoals_proposesGettingHelpOnChoice() {
      // given a moderate need, goal-based help chosen, and a goal
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, Goal.of("Sleep better"))));

      // then
      assertProposes(a, "choice.goal-based-help", Grouping.GETTING_HELP, Basis.CHOICE);
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void choiceGoalBasedHelp_noGoalsAgreed_doesNotFire() {
      // given goal-based help chosen but no goal agreed
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP)));

      // then
      assertNotFired(a, "choice.goal-based-help");
    }

    @Test
    void choiceSpecialistTreatment_severeNeedChosenAndEngaged_proposesGettingMoreHelp() {
      // given a severe need, specialist treatment chosen, engaged
      // when
      Advice a = advise(base().needs(problems(9, Rating.SEVERE))
          .choices(youngPersonChooses(Preference.SPECIALIST_TREATMENT)));

      // then
      assertProposes(a, "choice.specialist-treatment", Grouping.GETTING_MORE_HELP, Basis.CHOICE);
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
    }

    @Test
    void choiceSpecialistTreatment_ambivalent_doesNotFire() {
      // given the same choice when the young person is ambivalent about help
      // when
      Advice a = advise(base().needs(problems(9, Rating.SEVERE))
          .history(HelpHistory.firstContact(Engagement.AMBIVALENT))
          .choices(youngPersonChooses(Preference.SPECIALIST_TREATMENT)));

      // then
      assertNotFired(a, "choice.specialist-treatment");
    }

    @Test
    void choiceSpecialistTreatment_moderateNeed_doesNotFire() {
      // given specialist treatment chosen for a moderate need
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.SPECIALIST_TREATMENT)));

      // then
      assertNotFired(a, "choice.specialist-treatment");
    }

    @Test
    void choiceSetting_settingPreferred_fires() {
      // given a preference for help at school
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).choices(Choices.of(
          new Choice(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP, Setting.SCHOOL_OR_COLLEGE))));

      // then
      assertExplains(a, "choice.setting");
    }

    @Test
    void choiceSetting_noPreference_doesNotFire() {
      // given a choice with no setting preference
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).choices(youngPersonChooses(Preference.GOAL_BASED_HELP)));

      // then
      assertNotFired(a, "choice.setting");
    }

    @Test
    void choiceCommitmentToChange_goalBasedHelpWithDatedGoals_fires() {
      // given the young person chooses goal-based help with a goal reviewed by a date
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));

      // then
      assertExplains(a, "choice.commitment-to-change");
    }

    @Test
    void choiceCommitmentToChange_goalWithoutReviewDate_doesNotFire() {
      // given the same choice with a goal that has no review date
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, Goal.of("Sleep better"))));

      // then
      assertNotFired(a, "choice.commitment-to-change");
    }

    @Test
    void choiceCommitmentToChange_notEngaged_doesNotFire() {
      // given the same choice when the young person is not engaged
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(HelpHistory.firstContact(Engagement.NOT_ENGAGED))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));

      // then
      assertNotFired(a, "choice.commitment-to-change");
    }

    @Test
    void choiceCommitmentToChange_onlyParentChooses_doesNotFire() {
      // given only the parent chooses goal-based help, with dated goals
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).choices(
          parentChooses(Preference.GOAL_BASED_HELP).withGoals(goalReviewedLater())));

      // then the commitment must be the young person's
      assertNotFired(a, "choice.commitment-to-change");
    }
  }

  // ---- history.drl ----

  @Nested
  class HistoryRules {
    @Test
    void historyUnhelped_treatmentWithNoBenefit_fires() {
      // given an episode of treatment that brought no benefit
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT))));

      // then
      assertExplains(a, "history.unhelped");
    }

    @Test
    void historyUnhelped_adviceWithNoBenefit_doesNotFire() {
      // given advice (not treatment) that brought no benefit
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).history(historyOf(Progress.NOT_REVIEWED,
          HelpEpisode.ended(HelpKind.ADVICE, ASSESSED.minusMonths(6), ASSESSED.minusMonths(5), Outcome.NO_BENEFIT))));

      // then
      assertNotFired(a, "history.unhelped");
    }

    @Test
    void reviewGoalsMet_goalsMetNoRisk_proposesGettingAdviceOnReview() {
      // given goals met at review while a moderate need is still rated
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));

      // then
      assertProposes(a, "review.goals-met", Grouping.GETTING_ADVICE, Basis.REVIEW);
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    }

    @Test
    void reviewGoalsMet_noNeedRemains_doesNotFire() {
      // given goals met at review and every problem now None
      // when
      Advice a = advise(base().history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));

      // then the Thriving rule applies instead
      assertNotFired(a, "review.goals-met");
    }

    @Test
    void reviewGoalsMet_significantRisk_doesNotFire() {
      // given goals met at review but medium risk to self
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));

      // then
      assertNotFired(a, "review.goals-met");
    }

    @Test
    void reviewGoalsMetThriving_goalsMetAndNoNeedRemains_proposesThrivingOnReview() {
      // given goals met at review, every problem now None and no risk
      // when
      Advice a = advise(base().history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));

      // then
      assertProposes(a, "review.goals-met-thriving", Grouping.THRIVING, Basis.REVIEW);
      assertThat(a.suggestion()).contains(Grouping.THRIVING);
    }

    @Test
    void reviewGoalsMetThriving_mildNeedRemains_doesNotFire() {
      // given goals met at review with a mild problem still rated
      // when
      Advice a = advise(base().needs(problems(9, Rating.MILD))
          .history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));

      // then
      assertNotFired(a, "review.goals-met-thriving");
      assertThat(fired(a)).contains("review.goals-met");
    }

    @Test
    void reviewGoalsMetThriving_problemNotKnown_doesNotFire() {
      // given goals met at review, every problem None except one not rated
      // when
      Advice a = advise(base().needs(problems(9, Rating.NOT_KNOWN))
          .history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));

      // then a blank is never read as None
      assertNotFired(a, "review.goals-met-thriving");
      assertThat(a.suggestion()).isNotEqualTo(Optional.of(Grouping.THRIVING));
    }

    @Test
    void reviewGoalsMetThriving_contextualItemSevere_doesNotFire() {
      // given goals met at review, every problem None, but severe difficulties at home
      // when
      Advice a = advise(base().needs(rated(CurrentViewItem.CONTEXT_HOME, Rating.SEVERE))
          .history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));

      // then a need remains (as needs.thriving counts needs), so review does not move the case to Thriving
      assertNotFired(a, "review.goals-met-thriving");
      assertThat(a.suggestion()).isNotEqualTo(Optional.of(Grouping.THRIVING));
    }

    @Test
    void reviewGoalsMetThriving_significantRisk_doesNotFire() {
      // given goals met at review, no need, but medium risk to self
      // when
      Advice a = advise(base().risk(mediumRiskToSelf())
          .history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));

      // then
      assertNotFired(a, "review.goals-met-thriving");
    }

    @Test
    void reviewNoProgress_noProgressAtReview_fires() {
      // given no progress at the latest review
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NO_PROGRESS, ongoingGoalBasedHelp())));

      // then reconsideration, not more of the same: more help
      assertProposes(a, "review.no-progress", Grouping.GETTING_MORE_HELP, Basis.REVIEW);
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
    }

    @Test
    void reviewNoProgress_deteriorated_fires() {
      // given things got worse at the latest review
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.DETERIORATED, ongoingGoalBasedHelp())));

      // then
      assertProposes(a, "review.no-progress", Grouping.GETTING_MORE_HELP, Basis.REVIEW);
    }

    @Test
    void reviewNoProgress_progressing_doesNotFire() {
      // given progress at the latest review
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.PROGRESSING, ongoingGoalBasedHelp())));

      // then
      assertNotFired(a, "review.no-progress");
    }

    @Test
    void reviewMoreHelpAgreed_noProgressAndSpecialistChosen_proposesGettingMoreHelpOnReview() {
      // given no progress in goals-based help at review, and specialist treatment chosen
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NO_PROGRESS, ongoingGoalBasedHelp()))
          .choices(youngPersonChooses(Preference.SPECIALIST_TREATMENT)));

      // then
      assertProposes(a, "review.more-help-agreed", Grouping.GETTING_MORE_HELP, Basis.REVIEW);
    }

    @Test
    void reviewMoreHelpAgreed_noProgressButGoalBasedHelpChosen_doesNotFire() {
      // given no progress at review and goal-based help chosen
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NO_PROGRESS, ongoingGoalBasedHelp()))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP)));

      // then
      assertNotFired(a, "review.more-help-agreed");
    }

    @Test
    void reviewMoreHelpAgreed_specialistChosenButProgressing_doesNotFire() {
      // given specialist treatment chosen while help is progressing
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.PROGRESSING, ongoingGoalBasedHelp()))
          .choices(youngPersonChooses(Preference.SPECIALIST_TREATMENT)));

      // then
      assertNotFired(a, "review.more-help-agreed");
    }

    @Test
    void reviewDisengaged_latestEpisodeDisengagedNoRisk_proposesGettingAdviceOnReview() {
      // given the latest episode ended with disengagement
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.DISENGAGED))));

      // then
      assertProposes(a, "review.disengaged", Grouping.GETTING_ADVICE, Basis.REVIEW);
    }

    @Test
    void reviewDisengaged_earlierEpisodeDisengaged_doesNotFire() {
      // given an earlier disengagement and a later episode whose goals were met
      HelpEpisode earlier = HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusYears(2),
          ASSESSED.minusYears(2).plusMonths(2), Outcome.DISENGAGED);
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NOT_REVIEWED, earlier, treatment(Outcome.GOALS_PARTLY_MET))));

      // then
      assertNotFired(a, "review.disengaged");
    }

    @Test
    void reviewDisengaged_newGoalBasedHelpChosen_doesNotFire() {
      // given the latest episode ended with disengagement and the young person now chooses goal-based help
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.DISENGAGED)))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP)));

      // then
      assertNotFired(a, "review.disengaged");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void reviewDisengaged_significantRisk_doesNotFire() {
      // given the latest episode ended with disengagement and there is medium risk to self
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.DISENGAGED))));

      // then
      assertNotFired(a, "review.disengaged");
    }

    @Test
    void riskSupportNotHelped_significantRiskAndUnhelpedHistory_proposesGettingRiskSupport() {
      // given medium risk to self and treatment that brought no benefit
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT), specialist(Outcome.NO_BENEFIT))));

      // then
      assertProposes(a, "risk-support.not-helped", Grouping.GETTING_RISK_SUPPORT, Basis.RISK_AND_HISTORY);
      assertThat(a.suggestion()).contains(Grouping.GETTING_RISK_SUPPORT);
    }

    @Test
    void riskSupportNotHelped_unhelpedHistoryWithoutRisk_doesNotFire() {
      // given treatment that brought no benefit and no risk
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT))));

      // then risk is needed as well as unhelped help
      assertNotFired(a, "risk-support.not-helped");
      assertThat(a.suggestion()).isNotEqualTo(Optional.of(Grouping.GETTING_RISK_SUPPORT));
    }

    @Test
    void riskSupportNotHelped_commitmentToChange_doesNotFire() {
      // given risk and unhelped help, but a new commitment to treatment with dated goals
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT)))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));

      // then
      assertNotFired(a, "risk-support.not-helped");
    }

    @Test
    void riskSupportCommitmentToTreatment_riskUnhelpedAndCommitted_proposesGettingMoreHelp() {
      // given risk, unhelped help and a new commitment to treatment with dated goals
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT)))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));

      // then
      assertProposes(a, "risk-support.commitment-to-treatment", Grouping.GETTING_MORE_HELP, Basis.RISK_AND_HISTORY);
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
    }

    @Test
    void riskSupportCommitmentToTreatment_committedButNoRisk_doesNotFire() {
      // given unhelped help and a commitment, but no risk
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT)))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));

      // then
      assertNotFired(a, "risk-support.commitment-to-treatment");
    }

    @Test
    void riskSupportAgencies_riskSupportWithAgencyInvolved_fires() {
      // given a case proposed Getting Risk Support with social care involved
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT), specialist(Outcome.NO_BENEFIT)))
          .agencies(EnumSet.of(Agency.SOCIAL_CARE)));

      // then
      assertExplains(a, "risk-support.agencies");
    }

    @Test
    void riskSupportAgencies_agencyInvolvedWithoutRiskSupport_doesNotFire() {
      // given social care involved but no risk support proposed
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).agencies(EnumSet.of(Agency.SOCIAL_CARE)));

      // then
      assertNotFired(a, "risk-support.agencies");
    }

    @Test
    void riskSupportAgencies_riskSupportWithNoAgency_doesNotFire() {
      // given risk support proposed and no other agency involved
      // when
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT))));

      // then
      assertNotFired(a, "risk-support.agencies");
    }
  }

  // ---- rules for the clinical principles ----

  @Nested
  class PrincipleRules {
    private HelpHistory notEngagedFirstContact() {
      return HelpHistory.firstContact(Engagement.NOT_ENGAGED);
    }

    @Test
    void infoComplexityNotKnown_noNeedAndAFactorNotKnown_withholdsThriving() {
      Advice a = advise(base().needs(Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO)
          .complexity(CurrentViewItem.LOOKED_AFTER_CHILD, Presence.NOT_KNOWN).build()));
      assertThat(fired(a)).contains("info.complexity-not-known").doesNotContain("needs.thriving");
      assertThat(a.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
      assertThat(missingFields(a)).contains("needs." + CurrentViewItem.LOOKED_AFTER_CHILD.code());
    }

    @Test
    void infoComplexityNotKnown_factorsRecorded_doesNotFire() {
      Advice a = advise(base());
      assertNotFired(a, "info.complexity-not-known");
      assertThat(a.suggestion()).contains(Grouping.THRIVING);
    }

    @Test
    void infoEngagementNotKnown_noNeedAndEngagementNotKnown_withholdsThriving() {
      Advice a = advise(base().history(HelpHistory.firstContact(Engagement.NOT_KNOWN)));
      assertThat(fired(a)).contains("info.engagement-not-known").doesNotContain("needs.thriving");
      assertThat(missingFields(a)).contains("history.engagement");
    }

    @Test
    void infoEngagementNotKnown_moderateNeed_doesNotFire() {
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).history(HelpHistory.firstContact(Engagement.NOT_KNOWN)));
      assertNotFired(a, "info.engagement-not-known");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void needsNeurodevelopmental_concentrationModerateAlone_proposesAdviceWithTheFlag() {
      Advice a = advise(base().needs(problems(14, Rating.SEVERE)));
      assertProposes(a, "needs.neurodevelopmental", Grouping.GETTING_ADVICE, Basis.NEEDS);
      assertThat(fired(a)).doesNotContain("needs.moderate", "needs.severe", "needs.mild");
      assertThat(a.neurodevelopmentalAssessment()).isTrue();
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    }

    @Test
    void needsNeurodevelopmental_otherNeedModerate_doesNotFireAndOtherNeedsDecide() {
      Advice a = advise(base().needs(problems(14, Rating.MODERATE, 9, Rating.MODERATE)));
      assertNotFired(a, "needs.neurodevelopmental");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
      assertThat(a.neurodevelopmentalAssessment()).isTrue();
    }

    @Test
    void needsSeveralSevere_twoSevereProblems_proposesMoreHelp() {
      Advice a = advise(base().needs(problems(3, Rating.SEVERE, 9, Rating.SEVERE)));
      assertProposes(a, "needs.several-severe", Grouping.GETTING_MORE_HELP, Basis.NEEDS);
      assertNotFired(a, "needs.severe");
    }

    @Test
    void needsSeveralSevere_oneSevereAndANeurodevelopmentalSevere_doesNotFire() {
      Advice a = advise(base().needs(problems(3, Rating.SEVERE, 14, Rating.SEVERE)));
      assertNotFired(a, "needs.several-severe");
      assertThat(fired(a)).contains("needs.severe");
    }

    @Test
    void safeguardSpecialistAssessment_psychosisOrEatingModerate_raisesIt() {
      Advice psychosis = advise(base().needs(problems(12, Rating.MODERATE)));
      Advice eating = advise(base().needs(problems(20, Rating.MODERATE)));
      assertThat(safeguardsBy(psychosis, SafeguardKind.SPECIALIST_ASSESSMENT)).containsExactly("safeguard.specialist-assessment");
      assertThat(safeguardsBy(eating, SafeguardKind.SPECIALIST_ASSESSMENT)).containsExactly("safeguard.specialist-assessment");
    }

    @Test
    void safeguardSpecialistAssessment_psychosisOrEatingSevere_raisesIt_evenWhenSelfManagementIsChosen() {
      // given Severe eating issues or psychosis, and a 16-year-old's choice of self-management
      for (int item : new int[] {12, 20}) {
        Advice a = advise(base().age(16).needs(problems(item, Rating.SEVERE))
            .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT))));

        // then the specialist (and physical health) assessment stays in place whatever is chosen
        assertThat(safeguardsBy(a, SafeguardKind.SPECIALIST_ASSESSMENT)).as("item " + item)
            .containsExactly("safeguard.specialist-assessment");
        assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).as("item " + item).isTrue();
      }
    }

    @Test
    void infoEngagementNotKnownDecidesRiskSupport_unhelpedAtRiskWithEngagementNotKnown_asksForItBeforeSuggesting() {
      // given high risk to self, two treatments that did not help, a choice of specialist treatment
      // with goals, and engagement Not known
      HelpHistory unhelped = new HelpHistory(ImmutableList.of(
          HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusMonths(21), ASSESSED.minusMonths(15),
              Outcome.NO_BENEFIT),
          HelpEpisode.ended(HelpKind.EXTENSIVE_TREATMENT, ASSESSED.minusMonths(13), ASSESSED.minusMonths(5),
              Outcome.NO_BENEFIT)), Progress.NOT_REVIEWED, Engagement.NOT_KNOWN);
      Advice a = advise(base().age(16).needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
          .history(unhelped)
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.SPECIALIST_TREATMENT))
              .withGoals(new Goal("fewer crises", Optional.of(ASSESSED.plusWeeks(12))))));

      // then unknown engagement never decides Getting Risk Support: it is asked for first
      assertThat(fired(a)).contains("info.engagement-not-known-decides-risk-support");
      assertThat(a.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
      assertThat(missingFields(a)).contains("history.engagement");
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
      assertThat(a.hasSafeguard(SafeguardKind.SAFETY_PLAN)).isTrue();

      // and recorded as engaged, the commitment to change makes it treatment
      Advice engaged = advise(base().age(16).needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
          .history(new HelpHistory(unhelped.episodes(), Progress.NOT_REVIEWED, Engagement.ENGAGED))
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.SPECIALIST_TREATMENT))
              .withGoals(new Goal("fewer crises", Optional.of(ASSESSED.plusWeeks(12))))));
      assertNotFired(engaged, "info.engagement-not-known-decides-risk-support");
      assertThat(engaged.suggestion()).contains(Grouping.GETTING_MORE_HELP);
    }

    @Test
    void safeguardSpecialistAssessment_mildEatingModerateMoodOrOtherItem_doesNotFire() {
      assertNotFired(advise(base().needs(problems(20, Rating.MILD))), "safeguard.specialist-assessment");
      assertNotFired(advise(base().needs(problems(11, Rating.MODERATE))), "safeguard.specialist-assessment");
      assertNotFired(advise(base().needs(problems(9, Rating.MODERATE))), "safeguard.specialist-assessment");
    }

    @Test
    void safeguardSpecialistAssessment_mildPsychosisOrSevereMood_raisesIt_whateverIsChosen() {
      // given psychotic symptoms rated only Mild (a possible at-risk mental state), or Severe extremes
      // of mood (a possible bipolar disorder), and a 16-year-old's choice of self-management
      Advice psychosis = advise(base().age(16).needs(problems(12, Rating.MILD))
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT))));
      Advice mood = advise(base().age(16).needs(problems(11, Rating.SEVERE))
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT))));

      // then a specialist assessment is raised, and it applies whatever is agreed
      assertThat(safeguardsBy(psychosis, SafeguardKind.SPECIALIST_ASSESSMENT)).containsExactly("safeguard.specialist-assessment");
      assertThat(safeguardsBy(mood, SafeguardKind.SPECIALIST_ASSESSMENT)).containsExactly("safeguard.specialist-assessment");
      assertThat(psychosis.safeguards()).filteredOn(s -> s.kind() == SafeguardKind.SPECIALIST_ASSESSMENT)
          .singleElement().satisfies(s -> assertThat(s.practitioner()).contains("at risk of psychosis"));
      // Mild psychosis alone is not clinical risk: the young person's choice of self-management can lead
      assertThat(psychosis.suggestion()).contains(Grouping.GETTING_ADVICE);
      assertThat(mood.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isTrue();
    }

    @Test
    void riskCurrent_selfHarmModerate_fires() {
      assertExplains(advise(base().needs(problems(10, Rating.MODERATE))), "risk.current");
    }

    @Test
    void riskDangerSourceNotRecorded_dangerWithSelfAndOthersLowAndNoHarmFromOthers_firesAndAssessesTheSource() {
      // given immediate danger, risk to self and to others low or none, no harm from others recorded
      Advice a = advise(base().needs(problems(9, Rating.MODERATE))
          .risk(Risk.none().withToSelf(RiskLevel.LOW).withImmediateDanger(true)));

      // then it holds support as current risk, with the crisis response and an assessment of the source
      assertExplains(a, "risk.danger-source-not-recorded");
      assertNotFired(a, "risk.current");
      assertThat(safeguardsBy(a, SafeguardKind.RISK_ASSESSMENT)).contains("risk.danger-source-not-recorded");
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void riskDangerSourceNotRecorded_riskToSelfMediumOrNotKnownOrHarmFromOthers_doesNotFire() {
      Advice medium = advise(base().risk(Risk.none().withToSelf(RiskLevel.MEDIUM).withImmediateDanger(true)));
      Advice notKnown = advise(base().risk(Risk.none().withToOthers(RiskLevel.NOT_KNOWN).withImmediateDanger(true)));
      Advice fromOthers = advise(base().risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of())
          .withImmediateDanger(true)));
      Advice selfHarm = advise(base().needs(problems(10, Rating.MODERATE)).risk(Risk.none().withImmediateDanger(true)));
      for (Advice a : List.of(medium, notKnown, fromOthers, selfHarm)) {
        assertNotFired(a, "risk.danger-source-not-recorded");
      }
      assertThat(fired(medium)).contains("risk.current");
      // beside risk to others Not known, the danger holds support but is not risk to self or others
      assertThat(fired(notKnown)).contains("risk.danger-risk-not-known").doesNotContain("risk.current");
      assertThat(fired(selfHarm)).contains("risk.current");
      assertThat(fired(fromOthers)).doesNotContain("risk.current");
    }

    @Test
    void riskCrisesSourceNotRecorded_crisesWithSelfAndOthersLowOrNone_holdsSupportAndAssessesButIsNotRiskSupport() {
      // given recent A&E attendances with risk to self and to others assessed as none or low, with and
      // without harm from others, no rated need
      Advice alone = advise(base().risk(Risk.none().withToSelf(RiskLevel.LOW).withCrises(new Crises(3, 0, 60))));
      Advice harm = advise(base().risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.EXPLOITATION))
          .withCrises(new Crises(3, 0, 60))));

      // then the crises hold support (no Thriving), with a safety plan and a risk assessment raised by
      // this rule, but they are not risk to self or others
      for (Advice a : List.of(alone, harm)) {
        assertExplains(a, "risk.crises-source-not-recorded");
        assertNotFired(a, "risk.current");
        assertNotFired(a, "needs.thriving");
        assertThat(safeguardsBy(a, SafeguardKind.RISK_ASSESSMENT)).contains("risk.crises-source-not-recorded");
        assertThat(a.hasSafeguard(SafeguardKind.SAFETY_PLAN)).isTrue();
        assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
        assertThat(a.riskSignals()).extracting(org.thrive.model.advice.CaseFact::field).contains("risk.crises.emergencyAttendances");
      }
      assertThat(harm.hasSafeguard(SafeguardKind.SAFEGUARDING)).isTrue();
    }

    @Test
    void riskCrisesSourceNotRecorded_riskToSelfMediumOrNotKnownOrSelfHarmModerateOrCrisesOld_doesNotFire() {
      Crises recent = new Crises(2, 0, 90);
      Advice medium = advise(base().risk(Risk.none().withToSelf(RiskLevel.MEDIUM).withCrises(recent)));
      Advice notKnown = advise(base().risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN).withCrises(recent)));
      Advice selfHarm = advise(base().needs(problems(10, Rating.MODERATE)).risk(Risk.none().withCrises(recent)));
      Advice othersHigh = advise(base().risk(Risk.none().withToOthers(RiskLevel.HIGH).withCrises(recent)));
      for (Advice a : List.of(medium, notKnown, selfHarm, othersHigh)) {
        assertNotFired(a, "risk.crises-source-not-recorded");
        // beside risk to self or others that is significant, or Not known, the crises count as risk
        assertThat(fired(a)).contains("risk.current");
      }
      Advice old = advise(base().risk(Risk.none().withCrises(new Crises(2, 0, 400))));
      assertNotFired(old, "risk.crises-source-not-recorded");
      // during ongoing risk support, crises are what it manages: they still count, and it continues
      Advice ongoing = advise(base().age(16).needs(problems(9, Rating.MILD)).risk(Risk.none().withCrises(recent))
          .history(new HelpHistory(ImmutableList.of(HelpEpisode.ongoing(HelpKind.RISK_SUPPORT, java.time.LocalDate.parse("2026-01-01"))),
              Progress.NOT_REVIEWED, Engagement.ENGAGED)));
      assertNotFired(ongoing, "risk.crises-source-not-recorded");
      assertThat(fired(ongoing)).contains("risk.current", "risk-support.continues");
      assertThat(ongoing.suggestion()).contains(Grouping.GETTING_RISK_SUPPORT);
    }

    @Test
    void riskDangerFromOthers_dangerWithSelfAndOthersLowAndHarmFromOthers_firesAndHoldsSupport() {
      // given immediate danger, risk to self and to others low or none, and a concern of harm from
      // others (a level, a kind of harm, or a protection plan), with no problem rated
      Needs plan = Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO)
          .complexity(CurrentViewItem.CURRENT_PROTECTION_PLAN, Presence.YES).build();
      Advice level = advise(base().risk(Risk.none().withToSelf(RiskLevel.LOW).withFromOthers(RiskLevel.MEDIUM, Set.of())
          .withImmediateDanger(true)));
      Advice kind = advise(base().risk(Risk.none().withFromOthers(RiskLevel.LOW, Set.of(HarmFromOthers.EXPLOITATION))
          .withImmediateDanger(true)));
      Advice onPlan = advise(base().needs(plan).risk(Risk.none().withImmediateDanger(true)));

      // then it is current risk that holds support (Getting Help, not Thriving), with the crisis
      // response and safeguarding, but it is not risk to self or others
      for (Advice a : List.of(level, kind, onPlan)) {
        assertExplains(a, "risk.danger-from-others");
        assertNotFired(a, "risk.current");
        assertNotFired(a, "risk.danger-source-not-recorded");
        assertNotFired(a, "needs.thriving");
        assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
        assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
        assertThat(a.hasSafeguard(SafeguardKind.SAFEGUARDING)).isTrue();
      }
    }

    @Test
    void riskDangerFromOthers_riskToSelfMediumOrNotKnownOrNoHarmFromOthersOrNoDanger_doesNotFire() {
      Advice medium = advise(base().risk(Risk.none().withToSelf(RiskLevel.MEDIUM)
          .withFromOthers(RiskLevel.HIGH, Set.of()).withImmediateDanger(true)));
      Advice notKnown = advise(base().risk(Risk.none().withToOthers(RiskLevel.NOT_KNOWN)
          .withFromOthers(RiskLevel.HIGH, Set.of()).withImmediateDanger(true)));
      Advice noHarm = advise(base().risk(Risk.none().withImmediateDanger(true)));
      Advice noDanger = advise(base().risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.EXPLOITATION))));
      for (Advice a : List.of(medium, notKnown, noHarm, noDanger)) {
        assertNotFired(a, "risk.danger-from-others");
      }
      assertThat(fired(medium)).contains("risk.current");
      assertThat(fired(notKnown)).contains("risk.danger-risk-not-known").doesNotContain("risk.current");
      assertThat(fired(noHarm)).contains("risk.danger-source-not-recorded");
      // harm from others without immediate danger is not a need: it raises safeguarding only
      assertThat(noDanger.suggestion()).contains(Grouping.THRIVING);
      assertThat(noDanger.hasSafeguard(SafeguardKind.SAFEGUARDING)).isTrue();
    }

    @Test
    void riskDangerRiskNotKnown_dangerBesideRiskToSelfOrOthersNotKnown_holdsSupportButNeverRiskSupport() {
      // given immediate danger with risk to self Not known, not engaged and declining at 16
      Advice a = advise(base().age(16).needs(problems(9, Rating.MODERATE))
          .risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN).withImmediateDanger(true))
          .history(new HelpHistory(ImmutableList.of(), Progress.NOT_REVIEWED, Engagement.NOT_ENGAGED))
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP))));

      // then it holds support with the crisis response and a risk assessment, but what is Not known is
      // not evidence for Getting Risk Support
      assertExplains(a, "risk.danger-risk-not-known");
      assertNotFired(a, "risk.current");
      assertNotFired(a, "risk-support.unable-now");
      assertThat(safeguardsBy(a, SafeguardKind.RISK_ASSESSMENT)).contains("risk.danger-risk-not-known");
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
      assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isTrue();
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void riskCurrent_protectionPlanOnly_doesNotFire() {
      Advice a = advise(base().needs(Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO)
          .complexity(CurrentViewItem.CURRENT_PROTECTION_PLAN, Presence.YES).build()));
      assertNotFired(a, "risk.current");
      assertThat(a.suggestion()).contains(Grouping.THRIVING);
      assertThat(safeguardsBy(a, SafeguardKind.SAFEGUARDING)).containsExactly("safeguard.safeguarding");
    }

    @Test
    void riskClinical_eatingSeverePsychosisModerateMoodSevere_fires() {
      assertExplains(advise(base().needs(problems(20, Rating.SEVERE))), "risk.clinical");
      assertExplains(advise(base().needs(problems(12, Rating.MODERATE))), "risk.clinical");
      assertExplains(advise(base().needs(problems(11, Rating.SEVERE))), "risk.clinical");
    }

    @Test
    void riskClinical_eatingModerateOrMoodModerate_doesNotFire() {
      assertNotFired(advise(base().needs(problems(20, Rating.MODERATE))), "risk.clinical");
      assertNotFired(advise(base().needs(problems(11, Rating.MODERATE))), "risk.clinical");
    }

    @Test
    void safeguardCrisisResponseRiskNotKnown_severeSelfHarmRiskToSelfNotKnown_raisesCrisisResponse() {
      Advice a = advise(base().needs(problems(9, Rating.SEVERE, 10, Rating.SEVERE))
          .risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN)));
      assertThat(safeguardsBy(a, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE))
          .containsExactly("safeguard.crisis-response-risk-not-known");
      assertThat(safeguardsBy(a, SafeguardKind.RISK_ASSESSMENT)).containsExactly("safeguard.risk-assessment");
      assertThat(safeguardsBy(a, SafeguardKind.SAFETY_PLAN)).containsExactly("safeguard.safety-plan");
    }

    @Test
    void safeguardCrisisResponseRiskNotKnown_riskToSelfAssessedLow_doesNotFire() {
      Advice a = advise(base().needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.LOW)));
      assertNotFired(a, "safeguard.crisis-response-risk-not-known");
    }

    @Test
    void safeguardRiskManagementPlan_riskToOthersMedium_raisesPlanNamingAgencies() {
      Advice a = advise(base().needs(problems(15, Rating.MODERATE)).risk(Risk.none().withToOthers(RiskLevel.MEDIUM))
          .agencies(EnumSet.of(Agency.YOUTH_JUSTICE)));
      assertThat(safeguardsBy(a, SafeguardKind.RISK_MANAGEMENT_PLAN)).containsExactly("safeguard.risk-management-plan");
      Safeguard plan = a.safeguards().stream().filter(s -> s.kind() == SafeguardKind.RISK_MANAGEMENT_PLAN).findFirst()
          .orElseThrow();
      assertThat(plan.facts()).anyMatch(f -> f.field().equals("agencies") && f.value().equals("Youth justice"));
      assertThat(safeguardsBy(a, SafeguardKind.SAFETY_PLAN)).isEmpty();
    }

    @Test
    void safeguardRiskManagementPlan_riskToOthersLow_doesNotFire() {
      assertNotFired(advise(base().needs(problems(15, Rating.MODERATE)).risk(Risk.none().withToOthers(RiskLevel.LOW))),
          "safeguard.risk-management-plan");
    }

    @Test
    void safeguardRiskAssessment_riskNotKnown_raisedWhateverTheGrouping() {
      Advice severe = advise(base().needs(problems(20, Rating.SEVERE)).risk(Risk.notAssessed()));
      assertThat(severe.suggestion()).contains(Grouping.GETTING_MORE_HELP);
      assertThat(safeguardsBy(severe, SafeguardKind.RISK_ASSESSMENT)).containsExactly("safeguard.risk-assessment");
      Advice eatingUnknown = advise(base().needs(problems(9, Rating.MODERATE, 20, Rating.NOT_KNOWN)));
      assertThat(safeguardsBy(eatingUnknown, SafeguardKind.RISK_ASSESSMENT)).containsExactly("safeguard.risk-assessment");
    }

    @Test
    void safeguardRiskAssessment_everythingAssessed_doesNotFire() {
      assertNotFired(advise(base().needs(problems(9, Rating.MODERATE))), "safeguard.risk-assessment");
    }

    @Test
    void choiceLowerSupportAtClinicalRisk_severeEatingDeclines_holdsSupportWithReview() {
      Advice a = advise(base().age(17).needs(problems(20, Rating.SEVERE))
          .choices(youngPersonChooses(Preference.DECLINES_HELP)));
      assertThat(fired(a)).contains("choice.lower-support-at-clinical-risk").doesNotContain("choice.self-management");
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly("choice.lower-support-at-clinical-risk");
      assertThat(a.reasons()).noneMatch(r -> r.family().contains("safe to"));
    }

    @Test
    void choiceLowerSupportAtClinicalRisk_moderateEating_doesNotFire() {
      Advice a = advise(base().age(17).needs(problems(20, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));
      assertNotFired(a, "choice.lower-support-at-clinical-risk");
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    }

    @Test
    void historyUnableToUseHelpNow_currentRiskNotEngagedDeclines_fires() {
      Advice a = advise(base().needs(problems(9, Rating.SEVERE)).risk(mediumRiskToSelf()).history(notEngagedFirstContact())
          .choices(youngPersonChooses(Preference.DECLINES_HELP)));
      assertExplains(a, "history.unable-to-use-help-now");
    }

    @Test
    void historyUnableToUseHelpNow_engaged_doesNotFire() {
      Advice a = advise(base().needs(problems(9, Rating.SEVERE)).risk(mediumRiskToSelf())
          .choices(youngPersonChooses(Preference.DECLINES_HELP)));
      assertNotFired(a, "history.unable-to-use-help-now");
    }

    @Test
    void riskSupportUnableNow_noPastEpisode_proposesRiskSupport() {
      Advice a = advise(base().needs(problems(9, Rating.SEVERE)).risk(mediumRiskToSelf()).history(notEngagedFirstContact())
          .choices(youngPersonChooses(Preference.DECLINES_HELP)));
      assertProposes(a, "risk-support.unable-now", Grouping.GETTING_RISK_SUPPORT, Basis.RISK_AND_HISTORY);
      assertThat(a.suggestion()).contains(Grouping.GETTING_RISK_SUPPORT);
    }

    @Test
    void riskSupportUnableNow_harmFromOthersOnly_doesNotFire() {
      Advice a = advise(base().needs(problems(9, Rating.SEVERE))
          .risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of())).history(notEngagedFirstContact())
          .choices(youngPersonChooses(Preference.DECLINES_HELP)));
      assertNotFired(a, "risk-support.unable-now");
      assertThat(a.suggestion()).isNotEqualTo(Optional.of(Grouping.GETTING_RISK_SUPPORT));
    }

    @Test
    void riskSupportSpecialistNotTried_goalBasedHelpFailedAtRisk_proposesMoreHelp() {
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT))));
      assertProposes(a, "risk-support.specialist-not-tried", Grouping.GETTING_MORE_HELP, Basis.RISK_AND_HISTORY);
      assertNotFired(a, "risk-support.not-helped");
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
    }

    @Test
    void riskSupportSpecialistNotTried_specialistTried_doesNotFire() {
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT), specialist(Outcome.NO_BENEFIT))));
      assertNotFired(a, "risk-support.specialist-not-tried");
    }

    @Test
    void infoRiskNotKnownDecidesRiskSupport_crisesAloneWithRiskToSelfNotKnownAfterHelpThatDidNotHelp_asksFirst() {
      // given recent crises, risk to self Not known, and treatment (specialist too) that did not help
      Advice a = advise(base().age(15).needs(problems(9, Rating.MODERATE))
          .risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN).withCrises(new Crises(3, 0, 60)))
          .history(historyOf(Progress.NO_PROGRESS, specialist(Outcome.NO_BENEFIT), treatment(Outcome.NO_BENEFIT))));

      // then no grouping is suggested until risk to self is assessed; the safeguards apply meanwhile
      assertThat(fired(a)).contains("info.risk-not-known-decides-risk-support");
      assertThat(a.suggestion()).isEmpty();
      assertThat(a.missing()).extracting(m -> m.field()).contains("risk.toSelf");
      assertThat(a.hasSafeguard(SafeguardKind.SAFETY_PLAN)).isTrue();
      assertThat(a.hasSafeguard(SafeguardKind.RISK_ASSESSMENT)).isTrue();
    }

    @Test
    void infoRiskNotKnownDecidesRiskSupport_riskAssessedOrFirstContactOrRiskSupportOngoing_doesNotFire() {
      Crises recent = new Crises(3, 0, 60);
      HelpHistory unhelped = historyOf(Progress.NO_PROGRESS, specialist(Outcome.NO_BENEFIT), treatment(Outcome.NO_BENEFIT));
      Advice assessed = advise(base().age(15).needs(problems(9, Rating.MODERATE))
          .risk(Risk.none().withToSelf(RiskLevel.HIGH).withToOthers(RiskLevel.NOT_KNOWN).withCrises(recent)).history(unhelped));
      Advice first = advise(base().age(15).needs(problems(9, Rating.MODERATE))
          .risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN).withCrises(recent)));
      Advice ongoing = advise(base().age(15).needs(problems(9, Rating.MODERATE))
          .risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN).withCrises(recent))
          .history(new HelpHistory(ImmutableList.of(HelpEpisode.ongoing(HelpKind.RISK_SUPPORT,
              java.time.LocalDate.parse("2026-01-01"))), Progress.NOT_REVIEWED, Engagement.ENGAGED)));
      for (Advice a : List.of(assessed, first, ongoing)) {
        assertNotFired(a, "info.risk-not-known-decides-risk-support");
        assertThat(a.suggestion()).isPresent();
      }
      assertThat(assessed.suggestion()).contains(Grouping.GETTING_RISK_SUPPORT);
      assertThat(ongoing.suggestion()).contains(Grouping.GETTING_RISK_SUPPORT);
    }

    @Test
    void safeguardSafetyPlan_crisesWhenTheLatestIsNotKnown_raisesIt() {
      // crises counted with no period, or over more than a year, may have been recent
      for (Crises c : List.of(new Crises(5, 0, 400), Crises.periodNotKnown(5, 0))) {
        Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.none().withCrises(c)));
        assertThat(safeguardsBy(a, SafeguardKind.SAFETY_PLAN)).contains("safeguard.safety-plan");
        assertThat(a.hasSafeguard(SafeguardKind.RISK_ASSESSMENT)).isTrue();
      }
    }

    @Test
    void safeguardRiskAssessment_crisesNotKnown_raisesIt_andWithholdsThrivingAndAdvice() {
      // given nothing rated, risk levels assessed, but whether there were crises not recorded
      Advice nothing = advise(base().risk(Risk.none().withCrises(Crises.notKnown())));
      Advice advice = advise(base().age(16).needs(problems(9, Rating.MODERATE)).risk(Risk.none().withCrises(Crises.notKnown()))
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT))));

      // then unknown is not none: a risk assessment, never Thriving, and the choice waits for it
      for (Advice a : List.of(nothing, advice)) {
        assertThat(safeguardsBy(a, SafeguardKind.RISK_ASSESSMENT)).isNotEmpty();
        assertThat(a.notKnown()).extracting(org.thrive.model.advice.CaseFact::field).contains("risk.crises");
        assertThat(a.riskSignals()).extracting(org.thrive.model.advice.CaseFact::field).contains("risk.crises");
        assertThat(a.suggestion()).isNotEqualTo(Optional.of(Grouping.THRIVING));
        assertThat(a.hasSafeguard(SafeguardKind.SAFETY_PLAN)).as("no evidence of crises: no safety plan").isFalse();
      }
      assertThat(advice.suggestion()).isNotEqualTo(Optional.of(Grouping.GETTING_ADVICE));
    }

    @Test
    void riskRecordDisagrees_selfHarmModerateWithRiskToSelfNone_raisesARiskAssessment() {
      Advice self = advise(base().needs(problems(10, Rating.SEVERE)).risk(Risk.none()));
      Advice others = advise(base().needs(problems(16, Rating.MODERATE)).risk(Risk.none()));
      for (Advice a : List.of(self, others)) {
        assertThat(fired(a)).contains("risk.record-disagrees");
        assertThat(safeguardsBy(a, SafeguardKind.RISK_ASSESSMENT)).contains("risk.record-disagrees");
        // the rating still holds support as risk to self or others
        assertThat(fired(a)).contains("risk.current");
      }
      assertNotFired(advise(base().needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.LOW))),
          "risk.record-disagrees");
      assertNotFired(advise(base().needs(problems(10, Rating.MILD)).risk(Risk.none())), "risk.record-disagrees");
    }

    @Test
    void riskSupportSpecialistNotTried_riskThatCannotSupportRiskSupport_doesNotStartThePathway() {
      // given help that has not helped, beside immediate danger from others, or beside recent crises
      // whose source is not recorded: risk that holds support but is not risk to self or others
      Risk danger = Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.EXPLOITATION)).withImmediateDanger(true);
      Risk crises = Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.EXPLOITATION))
          .withCrises(new Crises(3, 0, 60));
      for (Risk r : List.of(danger, crises)) {
        Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(r)
            .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT))));

        // then the needs decide (Getting Help), held by the risk; not Getting More Help as a step
        // towards Getting Risk Support
        assertNotFired(a, "risk-support.specialist-not-tried");
        assertNotFired(a, "risk-support.not-helped");
        assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
      }
    }

    @Test
    void historyUnhelped_oneDisengagementAlone_doesNotFire() {
      Advice a = advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.DISENGAGED))));
      assertThat(fired(a)).doesNotContain("history.unhelped", "risk-support.not-helped", "risk-support.specialist-not-tried");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void riskSupportContinues_ongoingRiskSupportAtRisk_proposesRiskSupport() {
      Advice a = advise(base().needs(problems(24, Rating.SEVERE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NO_PROGRESS, HelpEpisode.ongoing(HelpKind.RISK_SUPPORT, ASSESSED.minusMonths(5)))));
      assertProposes(a, "risk-support.continues", Grouping.GETTING_RISK_SUPPORT, Basis.RISK_AND_HISTORY);
    }

    @Test
    void riskSupportContinues_committedToTreatment_doesNotFireAndReviewIsRequired() {
      Advice a = advise(base().needs(problems(24, Rating.SEVERE)).risk(mediumRiskToSelf())
          .history(historyOf(Progress.NO_PROGRESS, HelpEpisode.ongoing(HelpKind.RISK_SUPPORT, ASSESSED.minusMonths(5))))
          .choices(youngPersonChooses(Preference.SPECIALIST_TREATMENT, goalReviewedLater())));
      assertNotFired(a, "risk-support.continues");
      assertProposes(a, "risk-support.commitment-to-treatment", Grouping.GETTING_MORE_HELP, Basis.RISK_AND_HISTORY);
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly(SafetyNet.LEAVING_HELP_ID);
    }

    @Test
    void reviewRelapse_goalsMetInAnEpisodeLongEnded_isANewNeedNotAnEnding() {
      HelpEpisode earlier = HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusYears(2),
          ASSESSED.minusYears(1), Outcome.GOALS_MET);
      Advice a = advise(base().needs(problems(9, Rating.SEVERE)).history(historyOf(Progress.GOALS_MET, earlier)));
      assertExplains(a, "review.relapse");
      assertThat(fired(a)).doesNotContain("review.goals-met");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void reviewRelapse_goalsMetAtTheCurrentReview_doesNotFire() {
      Advice a = advise(base().needs(problems(9, Rating.MILD)).history(historyOf(Progress.GOALS_MET, treatment(Outcome.GOALS_MET))));
      assertNotFired(a, "review.relapse");
      assertThat(fired(a)).contains("review.goals-met");
    }

    @Test
    void reviewNoProgressSpecialist_noProgressInOngoingSpecialistTreatment_reconsidersWithReview() {
      Advice a = advise(base().needs(problems(4, Rating.SEVERE))
          .history(historyOf(Progress.NO_PROGRESS, HelpEpisode.ongoing(HelpKind.EXTENSIVE_TREATMENT, ASSESSED.minusMonths(6)))));
      assertProposes(a, "review.no-progress-specialist", Grouping.GETTING_MORE_HELP, Basis.REVIEW);
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly("review.no-progress-specialist");
    }

    @Test
    void reviewNoProgressSpecialist_progressing_doesNotFire() {
      Advice a = advise(base().needs(problems(4, Rating.SEVERE))
          .history(historyOf(Progress.PROGRESSING, HelpEpisode.ongoing(HelpKind.EXTENSIVE_TREATMENT, ASSESSED.minusMonths(6)))));
      assertNotFired(a, "review.no-progress-specialist");
    }

    @Test
    void reviewSevereAfterHelp_severeNeedAfterGoalBasedHelpBroughtNoBenefit_proposesMoreHelp() {
      Advice a = advise(base().needs(problems(3, Rating.SEVERE)).history(historyOf(Progress.NOT_REVIEWED,
          HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusYears(1), ASSESSED.minusMonths(8),
              Outcome.NO_BENEFIT))));
      assertProposes(a, "review.severe-after-help", Grouping.GETTING_MORE_HELP, Basis.REVIEW);
    }

    @Test
    void reviewSevereAfterHelp_moderateNeed_doesNotFire() {
      Advice a = advise(base().needs(problems(3, Rating.MODERATE)).history(historyOf(Progress.NOT_REVIEWED,
          HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusYears(1), ASSESSED.minusMonths(8),
              Outcome.NO_BENEFIT))));
      assertNotFired(a, "review.severe-after-help");
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void youngChildsRefusalAlone_doesNotLowerSupportAndIsReportedNotUsed() {
      // given an eight-year-old with a moderate need who declines help; no parent choice recorded
      Advice a = advise(base().age(8).needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.DECLINES_HELP)));

      // then the refusal alone does not lower support, and it is reported as not used, never as agreement
      assertThat(fired(a)).doesNotContain("choice.self-management");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
      org.thrive.model.advice.ChoiceEffect e = a.choiceEffect().orElseThrow();
      assertThat(e.kind()).isEqualTo(org.thrive.model.advice.ChoiceEffect.Kind.NOT_USED);
      assertThat(e.unused()).singleElement().satisfies(u -> assertThat(u.why())
          .isEqualTo(org.thrive.model.advice.ChoiceEffect.WhyNotUsed.YOUNG_CHILD_CHOICE_ALONE));
      assertThat(e.wording().family()).doesNotContain("fits what we suggest");
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void parentsInformedChoiceForAYoungChild_counts() {
      // given an eight-year-old whose parent, after an informed discussion, chooses advice and self-management
      Advice a = advise(base().age(8).needs(problems(9, Rating.MODERATE))
          .choices(parentChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then the parent's choice is used
      assertProposes(a, "choice.self-management", Grouping.GETTING_ADVICE, Basis.CHOICE);
      assertThat(a.choiceEffect().orElseThrow().unused()).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void parentsRefusal_neverOverridesAThirteenYearOldsRequestForHelp() {
      // given a 13-year-old who wants goal-based help and a parent who declines
      Advice a = advise(base().age(13).needs(problems(9, Rating.MODERATE)).choices(Choices.of(
          Choice.of(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP), Choice.of(Chooser.PARENT_OR_CARER,
              Preference.DECLINES_HELP))));

      // then the refusal does not lower support
      assertNotFired(a, "choice.self-management");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void youngChild_parentChoosesSpecialistTreatmentForASevereNeed_countsThoughTheChildDeclines() {
      // given a 10-year-old at high risk with Severe self-harm who declines; the parent chooses specialist treatment
      Advice a = advise(base().age(10).needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
          .history(new HelpHistory(com.google.common.collect.ImmutableList.of(), Progress.NOT_REVIEWED,
              org.thrive.model.history.Engagement.NOT_ENGAGED))
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP),
              Choice.of(Chooser.PARENT_OR_CARER, Preference.SPECIALIST_TREATMENT))));

      // then the parent's informed choice leads for a young child: extensive treatment, not less
      assertProposes(a, "choice.specialist-treatment", Grouping.GETTING_MORE_HELP, Basis.CHOICE);
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
      assertThat(a.choiceEffect().orElseThrow().unused()).noneMatch(u -> u.chooser() == Chooser.PARENT_OR_CARER);
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void sharedAge_youngPersonsChoiceOfLessSupport_doesNotLowerSupportWhileAParentAsksForHelp() {
      // given a 14-year-old who chooses advice and a parent who chooses goal-based help, goals agreed
      Advice a = advise(base().age(14).needs(problems(9, Rating.MODERATE)).choices(Choices.of(
          Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT), Choice.of(Chooser.PARENT_OR_CARER,
              Preference.GOAL_BASED_HELP)).withGoals(goalReviewedLater())));

      // then support is not lowered on her choice alone; the two choices are discussed
      assertNotFired(a, "choice.self-management");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
      assertThat(a.choiceEffect().orElseThrow().kind()).isEqualTo(org.thrive.model.advice.ChoiceEffect.Kind.CHOICES_DIFFER);
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void sharedAge_youngPersonWhoDeclinesAtRiskWhileTheParentAsksForTreatment_isHeldForReviewNotRiskSupport() {
      // given a 14-year-old at high risk to self, not engaged, who declines; the parent wants specialist treatment
      Advice a = advise(base().age(14).needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
          .history(new HelpHistory(com.google.common.collect.ImmutableList.of(), Progress.NOT_REVIEWED,
              org.thrive.model.history.Engagement.NOT_ENGAGED))
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP),
              Choice.of(Chooser.PARENT_OR_CARER, Preference.SPECIALIST_TREATMENT))));

      // then at the shared age the refusal alone does not make risk support: treatment is suggested,
      // the decline at risk is reviewed, and the two choices are discussed
      assertThat(fired(a)).doesNotContain("history.unable-to-use-help-now");
      assertThat(a.suggestion()).isPresent().get().isNotEqualTo(Grouping.GETTING_RISK_SUPPORT);
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("choice.lower-support-at-risk");
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void riskSubstanceYoungChild_drugOrAlcoholAtFour_isSafeguardingAndHoldsTheParentsChoice() {
      Advice a = advise(base().age(4).needs(problems(13, Rating.MODERATE))
          .choices(parentChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));
      assertExplains(a, "risk.substance-young-child");
      assertThat(safeguardsBy(a, SafeguardKind.SAFEGUARDING)).contains("safeguard.safeguarding");
      assertThat(fired(a)).contains("choice.lower-support-at-risk").doesNotContain("choice.self-management",
          "warning.age-guidance");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void riskSubstanceYoungChild_atFifteen_doesNotFire() {
      assertNotFired(advise(base().age(15).needs(problems(13, Rating.MODERATE))), "risk.substance-young-child");
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void infoRiskNotAssessedNoNeed_allNoneRiskToSelfNotKnown_asksForRiskAndNeverSaysNoRisk() {
      Advice a = advise(base().age(9).risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN)));
      assertThat(fired(a)).contains("info.risk-not-assessed-no-need").doesNotContain("needs.thriving");
      assertThat(a.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
      assertThat(missingFields(a)).contains("risk");
      assertThat(a.reasons()).noneMatch(r -> r.family().contains("do not need extra help"));
    }

    @Test
    void infoRiskNotAssessedNoNeed_riskAssessed_doesNotFire() {
      Advice a = advise(base().age(9));
      assertNotFired(a, "info.risk-not-assessed-no-need");
      assertThat(a.suggestion()).contains(Grouping.THRIVING);
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void harmFromOthers_familyWording_disclosesNothingOfTheConcern() {
      // given abuse or neglect of concern and high risk from others (a parent may be the source)
      Advice a = advise(base().age(7).needs(problems(19, Rating.MODERATE)).risk(Risk.none().withFromOthers(RiskLevel.HIGH,
          Set.of(org.thrive.model.risk.HarmFromOthers.ABUSE_OR_NEGLECT))));

      // then no family sentence of a reason or safeguard speaks of harm, hurt, abuse or safety from others
      List<String> family = new java.util.ArrayList<>();
      a.reasons().forEach(r -> family.add(r.family()));
      a.safeguards().forEach(x -> family.add(x.family()));
      assertThat(safeguardsBy(a, SafeguardKind.SAFEGUARDING)).isNotEmpty();
      assertThat(family).noneMatch(t -> t.matches("(?is).*\\b(harm|hurt|abuse|neglect|take advantage|keeping you safe)\\b.*"));
    }

    @Test
    void infoEngagementNotKnownAtRisk_highRiskEngagementNotKnown_asksForItWithoutWithholdingTheSuggestion() {
      Advice a = advise(base().needs(problems(9, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
          .history(HelpHistory.firstContact(Engagement.NOT_KNOWN)));
      assertExplains(a, "info.engagement-not-known-at-risk");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void infoEngagementNotKnownAtRisk_noRisk_doesNotFire() {
      assertNotFired(advise(base().needs(problems(9, Rating.SEVERE)).history(HelpHistory.firstContact(Engagement.NOT_KNOWN))),
          "info.engagement-not-known-at-risk");
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void choiceSameHelpAtRisk_noProgressAtHighRiskAndGoalBasedHelpChosenAgain_holdsMoreHelpWithAReview() {
      // given goal-based help now being given has made no progress, high risk to self, and the family chooses it again
      Advice a = advise(base().needs(problems(9, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
          .history(historyOf(Progress.NO_PROGRESS, ongoingGoalBasedHelp()))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));

      // then the choice does not lower support, and a clinician reviews
      assertThat(fired(a)).contains("choice.same-help-at-risk").doesNotContain("choice.goal-based-help");
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly("choice.same-help-at-risk");
      assertThat(a.choiceEffect().orElseThrow().wording().family()).doesNotContain("It is your choice");
    }

    @Test
    void choiceSameHelpAtRisk_noRisk_doesNotFireAndTheChoiceMayChooseDifferentHelp() {
      // near miss: without risk, choosing a (different) goal-based help after no progress is the family's choice
      Advice a = advise(base().needs(problems(9, Rating.SEVERE))
          .history(historyOf(Progress.NO_PROGRESS, ongoingGoalBasedHelp()))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, goalReviewedLater())));
      assertNotFired(a, "choice.same-help-at-risk");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void reviewGoalsMetSevereRemains_goalsMetWhileASevereNeedIsRated_doesNotEndHelp() {
      // given goals met at the review of current help, but a problem still rated Severe, no risk
      Advice a = advise(base().age(7).needs(problems(15, Rating.SEVERE))
          .history(historyOf(Progress.GOALS_MET, ongoingGoalBasedHelp())));

      // then help does not end: the needs decide
      assertExplains(a, "review.goals-met-severe-remains");
      assertThat(fired(a)).doesNotContain("review.goals-met");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
      assertThat(a.reasons()).noneMatch(r -> r.family().contains("keep going on your own"));
    }

    @Test
    void reviewGoalsMetSevereRemains_moderateNeed_doesNotFire() {
      Advice a = advise(base().needs(problems(15, Rating.MODERATE)).history(historyOf(Progress.GOALS_MET, ongoingGoalBasedHelp())));
      assertNotFired(a, "review.goals-met-severe-remains");
      assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void reviewNoProgressAfterAdvice_adviceMadeNoProgress_suggestsGoalsBasedHelpNotMoreAdvice() {
      Advice a = advise(base().age(8).needs(problems(14, Rating.MODERATE)).history(historyOf(Progress.NO_PROGRESS,
          HelpEpisode.ongoing(HelpKind.ADVICE, ASSESSED.minusMonths(3)))));
      assertProposes(a, "review.no-progress-after-advice", Grouping.GETTING_HELP, Basis.REVIEW);
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void reviewSameHelpAgain_adviceAgainAfterAdviceMadeNoProgress_choiceCountsButNeedsAClinicalReview() {
      // given an 11-year-old whose advice made no progress at review, and the parent asks for advice again
      Advice a = advise(base().age(11).needs(problems(9, Rating.MODERATE)).history(historyOf(Progress.NO_PROGRESS,
          HelpEpisode.ongoing(HelpKind.ADVICE, ASSESSED.minusMonths(3)))).choices(parentChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));

      // then the informed choice still counts, but never simply more of the same: a clinician reviews the plan
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("review.same-help-again");
      assertThat(a.safeguards()).anyMatch(s -> s.family().contains("The help you had did not make things better"));
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void reviewSameHelpAgain_goalBasedHelpAgainAfterItMadeNoProgress_needsAClinicalReview() {
      Advice a = advise(base().age(13).needs(problems(4, Rating.SEVERE)).history(historyOf(Progress.NO_PROGRESS,
          HelpEpisode.ongoing(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusMonths(4))))
          .choices(youngPersonChooses(Preference.GOAL_BASED_HELP, new org.thrive.model.choice.Goal("fewer rituals",
              java.util.Optional.of(ASSESSED.plusWeeks(12))))));
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("review.same-help-again");
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void reviewSameHelpAgain_adviceEndedWeeksAgoWithNoBenefit_stillNeedsAClinicalReview() {
      // given advice that brought no benefit and ended two months ago (its review no longer describes now)
      Advice a = advise(base().age(11).needs(problems(3, Rating.MODERATE)).history(new HelpHistory(com.google.common.collect.ImmutableList.of(
          new HelpEpisode(HelpKind.ADVICE, ASSESSED.minusMonths(5), java.util.Optional.of(ASSESSED.minusMonths(2)),
              org.thrive.model.history.Outcome.NO_BENEFIT)), Progress.NO_PROGRESS, org.thrive.model.history.Engagement.ENGAGED))
          .choices(parentChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));
      // then the same advice again is still reconsidered with a clinician
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("review.same-help-again");
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void reviewRiskSupportStepDown_riskSupportOngoingAndNoCurrentRisk_keepsTheSafetyPlan() {
      Advice a = advise(base().age(16).needs(problems(10, Rating.MILD)).history(historyOf(Progress.PROGRESSING,
          HelpEpisode.ongoing(HelpKind.RISK_SUPPORT, ASSESSED.minusMonths(8)))));
      assertThat(safeguardsBy(a, SafeguardKind.SAFETY_PLAN)).contains("review.risk-support-step-down");
      assertNotFired(advise(base().age(16).needs(problems(10, Rating.MILD)).history(historyOf(Progress.PROGRESSING,
          HelpEpisode.ongoing(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusMonths(8))))), "review.risk-support-step-down");
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void reviewSpecialistAgain_moreHelpAgainAfterSpecialistTreatmentBroughtNoBenefit_needsAClinicalReview() {
      // given goals-based help and then specialist treatment brought no benefit, ended months ago, and the need is Severe
      Advice a = advise(base().age(15).needs(problems(4, Rating.SEVERE)).history(new HelpHistory(
          com.google.common.collect.ImmutableList.of(
              new HelpEpisode(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusMonths(14), java.util.Optional.of(
                  ASSESSED.minusMonths(9)), org.thrive.model.history.Outcome.NO_BENEFIT),
              new HelpEpisode(HelpKind.EXTENSIVE_TREATMENT, ASSESSED.minusMonths(8), java.util.Optional.of(
                  ASSESSED.minusMonths(3)), org.thrive.model.history.Outcome.NO_BENEFIT)),
          Progress.DETERIORATED, org.thrive.model.history.Engagement.ENGAGED)));
      // then more in-depth help is not simply given again: a senior clinician reconsiders
      assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("review.specialist-again");
      assertThat(a.reasons()).noneMatch(r -> r.family().contains("this time"));
    }

    @Test
    void reviewSameHelpAgain_differentHelpChosenOrProgressing_doesNotFire() {
      // a different kind of help after no progress is reconsideration, not more of the same
      assertNotFired(advise(base().age(13).needs(problems(9, Rating.MODERATE)).history(historyOf(Progress.NO_PROGRESS,
          HelpEpisode.ongoing(HelpKind.ADVICE, ASSESSED.minusMonths(3)))).choices(youngPersonChooses(Preference.GOAL_BASED_HELP))),
          "review.same-help-again");
      assertNotFired(advise(base().age(13).needs(problems(9, Rating.MODERATE)).history(historyOf(Progress.PROGRESSING,
          HelpEpisode.ongoing(HelpKind.ADVICE, ASSESSED.minusMonths(3)))).choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT))),
          "review.same-help-again");
    }

    @Test
    void reviewNoProgressAfterAdvice_progressing_doesNotFire() {
      assertNotFired(advise(base().needs(problems(9, Rating.MILD)).history(historyOf(Progress.PROGRESSING,
          HelpEpisode.ongoing(HelpKind.ADVICE, ASSESSED.minusMonths(3))))), "review.no-progress-after-advice");
    }

    @Test
    @org.junit.jupiter.api.Tag("hazard-control")
    void choiceSevereNeedUnder16_twelveYearOldChoosesAdviceForSevereDepression_needsAClinicalReview() {
      Advice a = advise(base().age(12).needs(problems(9, Rating.SEVERE))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT)));
      assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly("choice.severe-need-under-16");
    }

    @Test
    void choiceSevereNeedUnder16_atSixteenOrModerateNeed_doesNotFire() {
      assertNotFired(advise(base().age(16).needs(problems(9, Rating.SEVERE))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT))), "choice.severe-need-under-16");
      assertNotFired(advise(base().age(12).needs(problems(9, Rating.MODERATE))
          .choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT))), "choice.severe-need-under-16");
    }

    @Test
    void warningAgeGuidance_toiletingRatedAtThree_warnsToCheckTheRating() {
      Advice a = advise(base().age(3).needs(problems(18, Rating.MODERATE)));
      assertExplains(a, "warning.age-guidance");
      assertThat(reason(a, "warning.age-guidance").facts()).extracting(f -> f.field())
          .contains("needs." + CurrentViewItem.DOES_NOT_GET_TO_TOILET_IN_TIME.code());
    }

    @Test
    void warningAgeGuidance_toiletingRatedAtSix_doesNotFire() {
      assertNotFired(advise(base().age(6).needs(problems(18, Rating.MODERATE))), "warning.age-guidance");
      assertNotFired(advise(base().age(3).needs(problems(18, Rating.NONE))), "warning.age-guidance");
    }
  }

  // ---- context.drl ----

  @Nested
  class ContextRules {
    @Test
    void contextComplexity_factorPresent_firesWithoutChangingTheGrouping() {
      // given a moderate need and a young carer
      Needs needs = problems(9, Rating.MODERATE).toBuilder()
          .complexity(CurrentViewItem.YOUNG_CARER_STATUS, Presence.YES).build();
      // when
      Advice a = advise(base().needs(needs));

      // then
      assertExplains(a, "context.complexity");
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    }

    @Test
    void contextComplexity_factorNotKnown_doesNotFire() {
      // given a complexity factor not known
      Needs needs = problems(9, Rating.MODERATE).toBuilder()
          .complexity(CurrentViewItem.YOUNG_CARER_STATUS, Presence.NOT_KNOWN).build();
      // when
      Advice a = advise(base().needs(needs));

      // then
      assertNotFired(a, "context.complexity");
    }

    @Test
    void contextStrengths_strengthRecorded_fires() {
      // given a recorded strength
      // when
      Advice a = advise(base().addStrength(new Strength(StrengthKind.INDIVIDUAL, "plays football")));

      // then
      assertExplains(a, "context.strengths");
    }

    @Test
    void contextStrengths_noStrengths_doesNotFire() {
      // given no strengths
      // when
      Advice a = advise(base());

      // then
      assertNotFired(a, "context.strengths");
    }

    @Test
    void flagNeurodevelopmentalAssessment_concentrationModerate_flags() {
      // given difficulties sitting still or concentrating rated Moderate
      // when
      Advice a = advise(base().needs(problems(14, Rating.MODERATE)));

      // then
      assertExplains(a, "flag.neurodevelopmental-assessment");
      assertThat(a.neurodevelopmentalAssessment()).isTrue();
    }

    @Test
    void flagNeurodevelopmentalAssessment_developmentalDifficultiesSevere_flags() {
      // given unexplained developmental difficulties rated Severe
      // when
      Advice a = advise(base().needs(problems(28, Rating.SEVERE)));

      // then
      assertThat(fired(a)).contains("flag.neurodevelopmental-assessment");
      assertThat(a.neurodevelopmentalAssessment()).isTrue();
    }

    @Test
    void flagNeurodevelopmentalAssessment_concentrationMild_doesNotFlag() {
      // given difficulties sitting still or concentrating rated Mild
      // when
      Advice a = advise(base().needs(problems(14, Rating.MILD)));

      // then
      assertNotFired(a, "flag.neurodevelopmental-assessment");
      assertThat(a.neurodevelopmentalAssessment()).isFalse();
    }
  }

  // ---- every rule is covered ----

  @Test
  void choiceParentDeclinesAtRisk_reviewsAParentsRefusalBelow16_onlyAtRisk() {
    Advice atRisk = advise(base().age(9).needs(problems(9, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.MEDIUM))
        .choices(parentChooses(Preference.DECLINES_HELP)));
    assertThat(safeguardsBy(atRisk, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("choice.parent-declines-at-risk");
    Advice noRisk = advise(base().age(9).needs(problems(9, Rating.MODERATE)).choices(parentChooses(Preference.DECLINES_HELP)));
    assertNotFired(noRisk, "choice.parent-declines-at-risk");
    Advice at16 = advise(base().age(16).needs(problems(9, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.MEDIUM))
        .choices(parentChooses(Preference.DECLINES_HELP)));
    assertNotFired(at16, "choice.parent-declines-at-risk");
  }

  @Test
  void infoHistoryNotKnownAtRisk_asksForTheHistoryOnlyAtCurrentRisk() {
    // given current risk to self and a history of help that was not recorded
    Advice atRisk = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.MEDIUM))
        .history(HelpHistory.notKnown(Engagement.ENGAGED)));
    assertThat(fired(atRisk)).contains("info.history-not-known-at-risk");
    assertThat(missingFields(atRisk)).containsExactly("history.episodes");

    // and not with harm from others alone, nor with a known first contact
    Advice fromOthers = advise(base().needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of())).history(HelpHistory.notKnown(Engagement.ENGAGED)));
    assertNotFired(fromOthers, "info.history-not-known-at-risk");
    Advice known = advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.MEDIUM)));
    assertNotFired(known, "info.history-not-known-at-risk");
  }

  @Test
  void defaultRules_everyRuleId_isOneThisClassTests() {
    // given the rule ids this class tests
    List<String> tested = ImmutableList.of("needs.thriving", "needs.context-only", "needs.mild", "needs.moderate",
        "needs.severe", "needs.specialist", "info.problems-not-known", "risk.significant-level",
        "risk.significant-crises", "risk.significant-rating", "safeguard.crisis-response", "safeguard.safety-plan",
        "safeguard.safeguarding", "risk.alone-not-risk-support", "choice.advice-requested", "choice.self-management",
        "choice.lower-support-at-risk", "info.risk-not-assessed", "choice.goal-based-help",
        "choice.specialist-treatment", "choice.setting", "choice.commitment-to-change", "history.unhelped",
        "review.goals-met", "review.goals-met-thriving", "review.no-progress", "review.more-help-agreed",
        "review.disengaged", "risk-support.not-helped", "risk-support.commitment-to-treatment", "risk-support.agencies",
        "context.complexity", "context.strengths", "flag.neurodevelopmental-assessment",
        "needs.risk-without-rated-problem", "info.context-not-known", "risk.significant-harm-from-others",
        "info.risk-not-assessed-for-less-support", "info.complexity-not-known", "info.engagement-not-known",
        "needs.neurodevelopmental", "needs.several-severe", "safeguard.specialist-assessment", "risk.current",
        "risk.clinical", "safeguard.crisis-response-risk-not-known", "safeguard.risk-management-plan",
        "safeguard.risk-assessment", "choice.lower-support-at-clinical-risk", "history.unable-to-use-help-now",
        "review.relapse", "review.no-progress-specialist", "review.severe-after-help", "risk-support.unable-now",
        "risk-support.specialist-not-tried", "risk-support.continues", "warning.age-guidance",
        "risk.substance-young-child", "info.risk-not-assessed-no-need", "info.engagement-not-known-at-risk",
        "choice.same-help-at-risk", "review.goals-met-severe-remains", "review.no-progress-after-advice",
        "choice.severe-need-under-16", "review.same-help-again", "review.risk-support-step-down", "review.specialist-again",
        "info.history-not-known-at-risk", "choice.parent-declines-at-risk", "risk.danger-source-not-recorded",
        "risk.danger-from-others", "risk.danger-risk-not-known", "info.engagement-not-known-decides-risk-support",
        "risk.crises-source-not-recorded", "info.risk-not-known-decides-risk-support", "risk.record-disagrees");

    // when / then a new rule without tests here fails this test
    assertThat(ADVISOR.rules()).extracting(RuleInfo::id).containsExactlyInAnyOrderElementsOf(tested);
  }
}
