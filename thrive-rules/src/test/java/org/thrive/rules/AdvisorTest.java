package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.rules.TestCases.ASSESSED;
import static org.thrive.rules.TestCases.base;
import static org.thrive.rules.TestCases.problems;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.thrive.model.Agency;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Goal;
import org.thrive.model.choice.Preference;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;
import org.thrive.model.history.Progress;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Crises;
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;
import org.thrive.model.risk.RiskSignals;
import org.thrive.model.strengths.Strength;
import org.thrive.model.strengths.StrengthKind;

/** The advisor end to end: the cannot-suggest-yet path, the safety net, and determinism. */
class AdvisorTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final ThriveAdvisor ADVISOR = ThriveAdvisor.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

  private static List<String> missingFields(Advice a) {
    return a.missing().stream().map(MissingInformation::field).toList();
  }

  private static List<String> safeguardIds(Advice a, SafeguardKind kind) {
    return a.safeguards().stream().filter(s -> s.kind() == kind).map(Safeguard::ruleId).toList();
  }

  // ---- cannot suggest yet ----

  @Test
  void advise_allProblemsNotKnown_cannotSuggestYetAndNamesEveryProblem() {
    // given a Current View left blank
    ThriveCase c = base().needs(Needs.notYetRecorded()).build();

    // when
    Advice a = ADVISOR.advise(c);

    // then no grouping, and every problem is named as missing
    assertThat(a.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
    assertThat(a.suggestion()).isEmpty();
    assertThat(a.input()).isEmpty();
    assertThat(missingFields(a)).containsAll(
        IntStream.rangeClosed(1, 30).mapToObj(n -> "needs.problem." + n).toList());
    assertThat(a.provenance().firedRuleIds()).contains("info.problems-not-known");
  }

  @Test
  void advise_everyProblemNoneButOneNotKnown_isNeverThrivingByOmission() {
    // given 29 problems rated None and self-harm not rated
    ThriveCase c = base().needs(problems(10, Rating.NOT_KNOWN)).build();

    // when
    Advice a = ADVISOR.advise(c);

    // then
    assertThat(a.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
    assertThat(a.suggestion()).isNotEqualTo(Optional.of(Grouping.THRIVING)).isEmpty();
    assertThat(missingFields(a)).contains("needs.problem.10")
        .noneMatch(f -> f.startsWith("needs.problem.") && !f.equals("needs.problem.10"));
    assertThat(a.missing()).allSatisfy(m -> assertThat(m.label()).isNotBlank());
  }

  @Test
  void advise_cannotSuggestYetWithSignificantRisk_stillRequiresClinicalReviewAndKeepsRiskSignals() {
    // given a blank Current View and medium risk to self
    ThriveCase c = base().needs(Needs.notYetRecorded()).risk(Risk.none().withToSelf(RiskLevel.MEDIUM)).build();

    // when
    Advice a = ADVISOR.advise(c);

    // then no grouping, but the risk is not lost
    assertThat(a.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
    assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isTrue();
    assertThat(a.hasSafeguard(SafeguardKind.SAFETY_PLAN)).isTrue();
    assertThat(a.riskSignals()).isEqualTo(RiskSignals.of(c));
  }

  // ---- safety net ----

  @Test
  void advise_immediateDanger_alwaysHasImmediateCrisisResponse() {
    // given immediate danger in cases that lead to different groupings, or none
    Risk danger = Risk.none().withImmediateDanger(true);
    List<ThriveCase> cases = List.of(
        base().risk(danger).build(),
        base().risk(danger).needs(problems(9, Rating.MODERATE)).build(),
        base().risk(danger).needs(problems(20, Rating.SEVERE)).build(),
        base().risk(danger).needs(Needs.notYetRecorded()).build(),
        base().risk(danger).needs(problems(9, Rating.MODERATE))
            .history(TestCases.history(Engagement.ENGAGED, Progress.NOT_REVIEWED, HelpEpisode.ended(
                HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusMonths(6), ASSESSED.minusMonths(1),
                Outcome.NO_BENEFIT))).build());

    // when / then
    for (ThriveCase c : cases) {
      Advice a = ADVISOR.advise(c);
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).as(a.toString()).isTrue();
      assertThat(a.riskSignals()).as(a.toString()).extracting(f -> f.field()).contains("risk.immediateDanger");
    }
  }

  @Test
  void advise_localRulesThatIgnoreRisk_safetyNetStillRequiresReviewAndCrisisResponse(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    // given a local rule set that proposes Getting Advice whatever the risk, and raises nothing
    java.nio.file.Files.writeString(dir.resolve("careless.drl"), LocalRulesTest.HEADER + """
        rule "Always advice"
          @id("local.always-advice")
          @proposes("GETTING_ADVICE")
          @practitioner("Always advice.")
          @family("Always advice.")
          @condition("always")
          @familyCondition("always")
          @source("A careless local rule.")
        when
          $p : Person()
        then
          insertLogical(new Proposal(Grouping.GETTING_ADVICE, Basis.NEEDS));
        end
        """);
    ThriveAdvisor careless = ThriveAdvisor.builder().rules(RuleSource.directory(dir)).build();
    ThriveCase c = base().risk(Risk.none().withToOthers(RiskLevel.HIGH).withImmediateDanger(true)).build();

    // when
    Advice a = careless.advise(c);

    // then the library's own safety net raises what the rules did not, and keeps every risk signal
    assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    assertThat(safeguardIds(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly(SafetyNet.REVIEW_ID);
    assertThat(safeguardIds(a, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly(SafetyNet.CRISIS_ID);
    assertThat(a.riskSignals()).extracting(org.thrive.model.advice.CaseFact::field)
        .contains("risk.immediateDanger", "risk.toOthers");
  }

  @Test
  void advise_significantRiskWithRuleReview_safetyNetAddsNoSecondReview() {
    // given medium risk and the young person chooses advice, so a choice rule requires a review
    ThriveCase c = base().needs(problems(9, Rating.MILD)).risk(Risk.none().withToSelf(RiskLevel.MEDIUM))
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT))).build();

    // when
    Advice a = ADVISOR.advise(c);

    // then
    assertThat(safeguardIds(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly("choice.lower-support-at-risk");
  }

  @Test
  void advise_significantRiskWithGettingHelp_noClinicalReview() {
    // given a moderate need and medium risk to self
    ThriveCase c = base().needs(problems(9, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.MEDIUM)).build();

    // when
    Advice a = ADVISOR.advise(c);

    // then
    assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isFalse();
  }

  @Test
  void advise_anyCase_riskSignalsAreReadFromTheInput() {
    // given a case with several risk signals
    ThriveCase c = base().needs(problems(10, Rating.MILD))
        .risk(Risk.none().withToSelf(RiskLevel.LOW).withCrises(new Crises(0, 1, 30))).build();

    // when
    Advice a = ADVISOR.advise(c);

    // then every signal is in the advice, whatever the rules said
    assertThat(a.riskSignals()).isEqualTo(RiskSignals.of(c)).hasSize(3);
  }

  // ---- determinism ----

  private static ThriveCase fullCase() {
    return base().needs(problems(9, Rating.MODERATE, 14, Rating.MODERATE, 10, Rating.MILD))
        .risk(Risk.none().withToSelf(RiskLevel.MEDIUM))
        .choices(new Choices(ImmutableList.of(Choice.of(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP),
            Choice.of(Chooser.PARENT_OR_CARER, Preference.SPECIALIST_TREATMENT)),
            ImmutableList.of(new Goal("Sleep better", Optional.of(ASSESSED.plusWeeks(6))), Goal.of("See friends"))))
        .addStrength(new Strength(StrengthKind.FAMILY, "close to gran"))
        .addStrength(new Strength(StrengthKind.INDIVIDUAL, "plays football"))
        .agencies(EnumSet.of(Agency.SCHOOL_OR_COLLEGE))
        .build();
  }

  @Test
  void advise_sameCaseTwice_givesEqualAdvice() {
    // given one case
    ThriveCase c = fullCase();

    // when it is advised twice
    Advice first = ADVISOR.advise(c);
    Advice second = ADVISOR.advise(c);

    // then the advice is equal, stamped with the fixed clock
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(first.provenance().evaluatedAt()).isEqualTo(NOW);
    assertThat(first.reasons()).isNotEmpty();
  }

  @Test
  void advise_sameCaseGivenInAnotherOrder_givesEqualAdvice() {
    // given the full case with its choices, goals and strengths listed in reverse
    ThriveCase c = fullCase();
    ThriveCase reordered = c.toBuilder()
        .choices(new Choices(c.choices().choices().reverse(), c.choices().goals().reverse()))
        .strengths(c.strengths().reverse())
        .build();

    // when
    Advice a = ADVISOR.advise(c);
    Advice b = ADVISOR.advise(reordered);

    // then
    assertThat(b).isEqualTo(a);
  }

  @Test
  void advise_provenance_namesTheRuleSetAndLibrary() {
    // given / when
    Advice a = ADVISOR.advise(fullCase());

    // then
    assertThat(a.provenance().ruleSetName()).isEqualTo(ADVISOR.ruleSetName());
    assertThat(a.provenance().ruleSetVersion()).isEqualTo(ADVISOR.ruleSetVersion());
    assertThat(a.provenance().ruleSetSha256()).isEqualTo(ADVISOR.ruleSetSha256()).matches("[0-9a-f]{64}");
    assertThat(a.provenance().libraryVersion()).isEqualTo(ADVISOR.libraryVersion());
    assertThat(a.provenance().firedRuleIds()).isSorted();
  }

  @Test
  void advise_toString_holdsNoCaseContent() {
    // given a case with goals and strengths
    // when
    String text = ADVISOR.advise(fullCase()).toString();

    // then
    assertThat(text).isEqualTo("Advice{SUGGESTION}").doesNotContain("test-1", "Sleep better", "plays football", "close to gran");
  }
}
