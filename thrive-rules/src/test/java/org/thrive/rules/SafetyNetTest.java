package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.rules.TestCases.ASSESSED;
import static org.thrive.rules.TestCases.base;
import static org.thrive.rules.TestCases.problems;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.thrive.model.Agency;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Progress;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Crises;
import org.thrive.model.risk.HarmFromOthers;
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;

/** The safety net on its own: each check fires on the case it is for and stays quiet on a near miss. */
@Tag("hazard-control")
class SafetyNetTest {
  private static final ThriveCase IMMEDIATE_DANGER = base().risk(Risk.none().withImmediateDanger(true)).build();
  private static final ThriveCase MEDIUM_RISK_TO_SELF = base().risk(Risk.none().withToSelf(RiskLevel.MEDIUM)).build();
  private static final ThriveCase LOW_RISK = base().risk(Risk.none().withToSelf(RiskLevel.LOW)).build();
  private static final ThriveCase NO_RISK = base().build();

  private static Safeguard fromRule(SafeguardKind kind, String ruleId) {
    return new Safeguard(kind, ruleId, "practitioner", "family", ImmutableList.of());
  }

  private static List<String> ids(List<Safeguard> safeguards, SafeguardKind kind) {
    return safeguards.stream().filter(s -> s.kind() == kind).map(Safeguard::ruleId).toList();
  }

  private static List<Safeguard> net(ThriveCase c, Grouping suggestion) {
    return SafetyNet.complete(c, List.of(), Optional.ofNullable(suggestion), Optional.ofNullable(suggestion));
  }

  // ---- every kind of significant risk has its safeguard ----

  @ParameterizedTest
  @EnumSource(Grouping.class)
  void complete_immediateDangerAndNoRuleRaisedIt_addsCrisisResponseWhateverTheGrouping(Grouping suggestion) {
    // given / when
    List<Safeguard> out = net(IMMEDIATE_DANGER, suggestion);

    // then
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly(SafetyNet.CRISIS_ID);
    assertThat(out.get(0).practitioner()).contains("Raised by the library, whatever the rules say.");
  }

  @Test
  void complete_highRiskToOthers_addsCrisisResponseAndRiskManagementPlanNamingAgencies() {
    // given high risk to others with the police and youth justice involved
    ThriveCase c = base().risk(Risk.none().withToOthers(RiskLevel.HIGH))
        .agencies(Set.of(Agency.POLICE, Agency.YOUTH_JUSTICE)).build();

    // when
    List<Safeguard> out = net(c, Grouping.GETTING_HELP);

    // then
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly(SafetyNet.CRISIS_ID);
    assertThat(ids(out, SafeguardKind.RISK_MANAGEMENT_PLAN)).containsExactly(SafetyNet.RISK_PLAN_ID);
    Safeguard plan = out.stream().filter(s -> s.kind() == SafeguardKind.RISK_MANAGEMENT_PLAN).findFirst().orElseThrow();
    assertThat(plan.facts()).contains(new CaseFact("agencies", "Agencies to involve", "Police"),
        new CaseFact("agencies", "Agencies to involve", "Youth justice"));
    assertThat(ids(out, SafeguardKind.SAFETY_PLAN)).isEmpty();
  }

  @Test
  void complete_posesRiskToOthersModerateAndNoAgencies_asksWhichAgenciesToInvolve() {
    // given poses risk to others rated Moderate, no agencies recorded
    ThriveCase c = base().needs(problems(16, Rating.MODERATE)).build();

    // when
    List<Safeguard> out = net(c, Grouping.GETTING_HELP);

    // then
    Safeguard plan = out.stream().filter(s -> s.kind() == SafeguardKind.RISK_MANAGEMENT_PLAN).findFirst().orElseThrow();
    assertThat(plan.facts()).anyMatch(f -> f.field().equals("agencies") && f.value().startsWith("none recorded"));
  }

  @Test
  void complete_riskManagementPlanFromARule_getsTheAgenciesToo() {
    // given a rule raised the plan and social care is involved
    ThriveCase c = base().risk(Risk.none().withToOthers(RiskLevel.MEDIUM)).agencies(Set.of(Agency.SOCIAL_CARE)).build();

    // when
    List<Safeguard> out = SafetyNet.complete(c, List.of(fromRule(SafeguardKind.RISK_MANAGEMENT_PLAN, "rule.plan")),
        Optional.of(Grouping.GETTING_HELP), Optional.of(Grouping.GETTING_HELP));

    // then the rule's safeguard is kept, once, and names the agency
    assertThat(ids(out, SafeguardKind.RISK_MANAGEMENT_PLAN)).containsExactly("rule.plan");
    assertThat(out.get(0).facts()).contains(new CaseFact("agencies", "Agencies to involve", "Social care"));
  }

  @Test
  void complete_mediumRiskToOthers_noCrisisResponse() {
    // near miss: medium, not high
    List<Safeguard> out = net(base().risk(Risk.none().withToOthers(RiskLevel.MEDIUM)).build(), Grouping.GETTING_HELP);
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isEmpty();
    assertThat(ids(out, SafeguardKind.RISK_MANAGEMENT_PLAN)).containsExactly(SafetyNet.RISK_PLAN_ID);
  }

  @Test
  void complete_riskToSelfOrRecentCrises_addsSafetyPlan() {
    // given medium risk to self; and separately recent crises only
    ThriveCase crises = base().risk(Risk.none().withCrises(new Crises(1, 0, 30))).build();

    // when / then
    assertThat(ids(net(MEDIUM_RISK_TO_SELF, Grouping.GETTING_HELP), SafeguardKind.SAFETY_PLAN))
        .containsExactly(SafetyNet.SAFETY_PLAN_ID);
    assertThat(ids(net(crises, Grouping.GETTING_HELP), SafeguardKind.SAFETY_PLAN)).containsExactly(SafetyNet.SAFETY_PLAN_ID);
  }

  @Test
  void complete_crisesOverTwoYears_aSafetyPlanAndARiskAssessmentAndStillASignal() {
    // near miss: crises counted over two years are not by themselves current risk, but when the
    // latest was is unknown: it may have been recent, so a safety plan as well as a risk assessment
    ThriveCase c = base().risk(Risk.none().withCrises(new Crises(2, 0, 730))).build();

    // when
    List<Safeguard> out = net(c, Grouping.GETTING_ADVICE);

    // then
    assertThat(out).extracting(Safeguard::kind).containsExactly(SafeguardKind.SAFETY_PLAN, SafeguardKind.RISK_ASSESSMENT);
    assertThat(org.thrive.model.risk.RiskSignals.of(c)).extracting(CaseFact::field)
        .contains("risk.crises.emergencyAttendances", "risk.crises");
  }

  @Test
  void complete_crisesOverTenMonths_areCurrentRiskWithASafetyPlan() {
    // given crises counted over 300 days: some may have been yesterday
    ThriveCase c = base().risk(Risk.none().withCrises(new Crises(4, 0, 300))).build();

    // when / then
    List<Safeguard> out = net(c, Grouping.GETTING_ADVICE);
    assertThat(ids(out, SafeguardKind.SAFETY_PLAN)).containsExactly(SafetyNet.SAFETY_PLAN_ID);
    assertThat(ids(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly(SafetyNet.REVIEW_ID);
  }

  @Test
  void complete_protectionPlanOnly_addsSafeguardingButNoClinicalReview() {
    // given a protection plan and no other risk or need, suggested Thriving
    ThriveCase c = base().needs(Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO)
        .complexity(CurrentViewItem.CURRENT_PROTECTION_PLAN, Presence.YES).build()).build();

    // when
    List<Safeguard> out = net(c, Grouping.THRIVING);

    // then harm from others raises safeguarding, and is not current risk to self or others
    assertThat(ids(out, SafeguardKind.SAFEGUARDING)).containsExactly(SafetyNet.SAFEGUARDING_ID);
    assertThat(ids(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isEmpty();
  }

  @Test
  void complete_harmFromOthersConcern_addsSafeguarding() {
    ThriveCase c = base().risk(Risk.none().withFromOthers(RiskLevel.LOW, Set.of(HarmFromOthers.EXPLOITATION))).build();
    assertThat(ids(net(c, Grouping.GETTING_HELP), SafeguardKind.SAFEGUARDING)).containsExactly(SafetyNet.SAFEGUARDING_ID);
  }

  @Test
  void complete_lowRiskFromOthersNoConcern_noSafeguarding() {
    // near miss: low risk from others, no concern, no plan
    ThriveCase c = base().risk(Risk.none().withFromOthers(RiskLevel.LOW, Set.of())).build();
    assertThat(net(c, Grouping.GETTING_ADVICE)).isEmpty();
  }

  // ---- unknown is never silent ----

  @ParameterizedTest
  @EnumSource(Grouping.class)
  void complete_anyRiskNotKnown_asksForARiskAssessmentWhateverTheGrouping(Grouping suggestion) {
    // given risk to others Not known only
    ThriveCase c = base().risk(Risk.none().withToOthers(RiskLevel.NOT_KNOWN)).build();

    // when / then
    assertThat(ids(net(c, suggestion), SafeguardKind.RISK_ASSESSMENT)).containsExactly(SafetyNet.RISK_ASSESSMENT_ID);
  }

  @ParameterizedTest
  @EnumSource(value = CurrentViewItem.class, names = {"SELF_HARM", "POSES_RISK_TO_OTHERS",
      "DELUSIONAL_BELIEFS_AND_HALLUCINATIONS", "EATING_ISSUES"})
  void complete_riskBearingItemNotKnown_asksForARiskAssessment(CurrentViewItem item) {
    ThriveCase c = base().needs(problems(item.number(), Rating.NOT_KNOWN)).build();
    assertThat(ids(net(c, Grouping.GETTING_HELP), SafeguardKind.RISK_ASSESSMENT)).containsExactly(SafetyNet.RISK_ASSESSMENT_ID);
  }

  @Test
  void complete_otherItemNotKnown_noRiskAssessment() {
    // near miss: low mood Not known is missing information, not unknown risk
    ThriveCase c = base().needs(problems(9, Rating.NOT_KNOWN)).build();
    assertThat(ids(net(c, null), SafeguardKind.RISK_ASSESSMENT)).isEmpty();
  }

  @Test
  void complete_severeSelfHarmWithRiskToSelfNotKnown_addsCrisisResponse() {
    // given self-harm Severe and risk to self Not known
    ThriveCase c = base().needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN)).build();

    // when
    List<Safeguard> out = net(c, Grouping.GETTING_HELP);

    // then
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly(SafetyNet.CRISIS_NOT_KNOWN_ID);
    assertThat(ids(out, SafeguardKind.RISK_ASSESSMENT)).containsExactly(SafetyNet.RISK_ASSESSMENT_ID);
  }

  @Test
  void complete_moderateSelfHarmWithRiskToSelfNotKnown_noCrisisResponse() {
    // near miss: Moderate, not Severe
    ThriveCase c = base().needs(problems(10, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.NOT_KNOWN)).build();
    assertThat(ids(net(c, Grouping.GETTING_HELP), SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isEmpty();
  }

  @Test
  void withholding_thrivingWithAnythingNotKnown_namesEveryUnknownField() {
    // given Thriving proposed while a complexity factor and engagement are Not known
    ThriveCase c = base().needs(Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO)
            .complexity(CurrentViewItem.YOUNG_CARER_STATUS, Presence.NOT_KNOWN).build())
        .history(HelpHistory.firstContact(Engagement.NOT_KNOWN)).build();

    // when
    List<MissingInformation> missing = SafetyNet.withholding(c, Optional.of(Grouping.THRIVING));

    // then
    assertThat(missing).extracting(MissingInformation::field)
        .containsExactly("needs." + CurrentViewItem.YOUNG_CARER_STATUS.code(), "history.engagement");
    assertThat(SafetyNet.withholding(c, Optional.of(Grouping.GETTING_ADVICE))).isEmpty();
    assertThat(SafetyNet.withholding(NO_RISK, Optional.of(Grouping.THRIVING))).isEmpty();
  }

  // ---- clinical and current risk hold support ----

  @ParameterizedTest
  @EnumSource(value = Grouping.class, names = {"THRIVING", "GETTING_ADVICE"})
  void complete_currentRiskWithAdviceOrLess_requiresClinicalReview(Grouping suggestion) {
    List<Safeguard> out = net(MEDIUM_RISK_TO_SELF, suggestion);
    assertThat(ids(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly(SafetyNet.REVIEW_ID);
  }

  @Test
  void complete_currentRiskWithNoSuggestion_requiresClinicalReview() {
    assertThat(ids(net(MEDIUM_RISK_TO_SELF, null), SafeguardKind.CLINICAL_REVIEW_REQUIRED))
        .containsExactly(SafetyNet.REVIEW_ID);
  }

  @ParameterizedTest
  @EnumSource(value = Grouping.class, names = {"GETTING_HELP", "GETTING_MORE_HELP", "GETTING_RISK_SUPPORT"})
  void complete_currentRiskWithHelpOrMoreAsTheNeedsSuggest_addsNoClinicalReview(Grouping suggestion) {
    assertThat(ids(net(MEDIUM_RISK_TO_SELF, suggestion), SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CurrentViewItem.class, names = {"EATING_ISSUES", "EXTREMES_OF_MOOD",
      "DELUSIONAL_BELIEFS_AND_HALLUCINATIONS"})
  void complete_clinicalRiskWithAdvice_requiresClinicalReview(CurrentViewItem item) {
    // given a severe clinical-risk item and no other risk, suggested Getting Advice
    ThriveCase c = base().needs(problems(item.number(), Rating.SEVERE)).build();

    // when / then
    assertThat(ids(net(c, Grouping.GETTING_ADVICE), SafeguardKind.CLINICAL_REVIEW_REQUIRED))
        .containsExactly(SafetyNet.REVIEW_ID);
  }

  @Test
  void complete_psychosisModerateWithAdvice_requiresClinicalReview() {
    ThriveCase c = base().needs(problems(12, Rating.MODERATE)).build();
    assertThat(ids(net(c, Grouping.GETTING_ADVICE), SafeguardKind.CLINICAL_REVIEW_REQUIRED))
        .containsExactly(SafetyNet.REVIEW_ID);
  }

  @Test
  void complete_eatingModerateWithAdvice_noClinicalReview() {
    // near miss: eating issues Moderate is not clinical risk (a specialist assessment is a rule's safeguard)
    ThriveCase c = base().needs(problems(20, Rating.MODERATE)).build();
    assertThat(ids(net(c, Grouping.GETTING_ADVICE), SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isEmpty();
  }

  @Test
  void complete_significantRiskBelowTheNeedsOnlyGrouping_requiresClinicalReview() {
    // given harm from others only (not current risk), suggested Getting Advice where the needs suggest Getting Help
    ThriveCase c = base().needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withFromOthers(RiskLevel.MEDIUM, Set.of())).build();

    // when
    List<Safeguard> out = SafetyNet.complete(c, List.of(), Optional.of(Grouping.GETTING_ADVICE),
        Optional.of(Grouping.GETTING_HELP));

    // then
    assertThat(ids(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly(SafetyNet.STEP_DOWN_ID);
  }

  @Test
  void complete_noRiskBelowTheNeedsOnlyGrouping_noClinicalReview() {
    // near miss: an informed choice with no risk may lower support
    List<Safeguard> out = SafetyNet.complete(LOW_RISK, List.of(), Optional.of(Grouping.GETTING_ADVICE),
        Optional.of(Grouping.GETTING_HELP));
    assertThat(out).isEmpty();
  }

  // ---- leaving current help at risk is reviewed ----

  @Test
  void complete_leavingOngoingRiskSupportAtRisk_requiresClinicalReview() {
    // given ongoing risk support, medium risk to self, suggested Getting More Help
    ThriveCase c = base().risk(Risk.none().withToSelf(RiskLevel.MEDIUM)).history(new HelpHistory(
        ImmutableList.of(HelpEpisode.ongoing(HelpKind.RISK_SUPPORT, ASSESSED.minusMonths(4))), Progress.NOT_REVIEWED,
        Engagement.ENGAGED)).build();

    // when
    List<Safeguard> out = SafetyNet.complete(c, List.of(), Optional.of(Grouping.GETTING_MORE_HELP),
        Optional.of(Grouping.GETTING_HELP));

    // then
    assertThat(ids(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly(SafetyNet.LEAVING_HELP_ID);
  }

  @Test
  void complete_belowOngoingTreatmentAtRisk_requiresClinicalReview() {
    // given ongoing extensive treatment, harm from others concern, suggested Getting Help
    ThriveCase c = base().risk(Risk.none().withFromOthers(RiskLevel.LOW, Set.of(HarmFromOthers.ABUSE_OR_NEGLECT)))
        .history(new HelpHistory(ImmutableList.of(HelpEpisode.ongoing(HelpKind.EXTENSIVE_TREATMENT, ASSESSED.minusMonths(2))),
            Progress.PROGRESSING, Engagement.ENGAGED)).build();

    // when
    List<Safeguard> out = SafetyNet.complete(c, List.of(), Optional.of(Grouping.GETTING_HELP),
        Optional.of(Grouping.GETTING_HELP));

    // then
    assertThat(ids(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly(SafetyNet.LEAVING_HELP_ID);
  }

  @Test
  void complete_belowOngoingTreatmentWithoutRisk_noClinicalReview() {
    // near miss: no significant risk
    ThriveCase c = base().history(new HelpHistory(
        ImmutableList.of(HelpEpisode.ongoing(HelpKind.EXTENSIVE_TREATMENT, ASSESSED.minusMonths(2))),
        Progress.PROGRESSING, Engagement.ENGAGED)).build();
    assertThat(SafetyNet.complete(c, List.of(), Optional.of(Grouping.GETTING_HELP), Optional.of(Grouping.GETTING_HELP)))
        .isEmpty();
  }

  // ---- composition ----

  @Test
  void complete_kindAlreadyRaisedByARule_isNotAddedTwice() {
    Safeguard rule = fromRule(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE, "safeguard.crisis-response");
    List<Safeguard> out = SafetyNet.complete(IMMEDIATE_DANGER, List.of(rule), Optional.of(Grouping.GETTING_HELP),
        Optional.of(Grouping.GETTING_HELP));
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly("safeguard.crisis-response");
  }

  @Test
  void complete_lowRiskWithThriving_addsNothing() {
    assertThat(net(LOW_RISK, Grouping.THRIVING)).isEmpty();
  }

  @Test
  void complete_rulesSafeguards_areKeptFirstAndInOrder() {
    // given two safeguards from rules and immediate danger with Thriving
    Safeguard plan = fromRule(SafeguardKind.SAFETY_PLAN, "safeguard.safety-plan");
    Safeguard safeguarding = fromRule(SafeguardKind.SAFEGUARDING, "safeguard.safeguarding");

    // when
    List<Safeguard> out = SafetyNet.complete(IMMEDIATE_DANGER, List.of(plan, safeguarding), Optional.of(Grouping.THRIVING),
        Optional.of(Grouping.THRIVING));

    // then the library's own follow the rules' safeguards, none removed
    assertThat(out).extracting(Safeguard::ruleId).containsExactly("safeguard.safety-plan", "safeguard.safeguarding",
        SafetyNet.CRISIS_ID, SafetyNet.REVIEW_ID);
  }

  @Test
  void choiceStepDown_atRiskTheChoiceLowersTheSuggestion_requiresAClinicalReview() {
    assertThat(SafetyNet.choiceStepDown(MEDIUM_RISK_TO_SELF, Optional.of(Grouping.GETTING_HELP),
        Optional.of(Grouping.GETTING_MORE_HELP), List.of())).hasValueSatisfying(s ->
        assertThat(s.ruleId()).isEqualTo(SafetyNet.CHOICE_STEP_DOWN_ID));
  }

  @Test
  void choiceStepDown_noRiskOrNoLoweringOrAReviewAlready_addsNothing() {
    assertThat(SafetyNet.choiceStepDown(NO_RISK, Optional.of(Grouping.GETTING_HELP), Optional.of(Grouping.GETTING_MORE_HELP),
        List.of())).isEmpty();
    assertThat(SafetyNet.choiceStepDown(MEDIUM_RISK_TO_SELF, Optional.of(Grouping.GETTING_MORE_HELP),
        Optional.of(Grouping.GETTING_HELP), List.of())).isEmpty();
    // treatment on a commitment to change instead of risk support is a different input, not a step down
    assertThat(SafetyNet.choiceStepDown(MEDIUM_RISK_TO_SELF, Optional.of(Grouping.GETTING_MORE_HELP),
        Optional.of(Grouping.GETTING_RISK_SUPPORT), List.of())).isEmpty();
    assertThat(SafetyNet.choiceStepDown(MEDIUM_RISK_TO_SELF, Optional.of(Grouping.GETTING_HELP),
        Optional.of(Grouping.GETTING_MORE_HELP), List.of(fromRule(SafeguardKind.CLINICAL_REVIEW_REQUIRED, "r")))).isEmpty();
  }
}
