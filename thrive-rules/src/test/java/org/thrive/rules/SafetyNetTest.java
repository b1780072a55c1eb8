package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.rules.TestCases.base;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;
import org.thrive.model.risk.RiskSignals;

class SafetyNetTest {
  private static final ThriveCase IMMEDIATE_DANGER = base().risk(Risk.none().withImmediateDanger(true)).build();
  private static final ThriveCase MEDIUM_RISK = base().risk(Risk.none().withToSelf(RiskLevel.MEDIUM)).build();
  private static final ThriveCase LOW_RISK = base().risk(Risk.none().withToSelf(RiskLevel.LOW)).build();

  private static Safeguard fromRule(SafeguardKind kind, String ruleId) {
    return new Safeguard(kind, ruleId, "practitioner", "family", ImmutableList.of());
  }

  private static List<String> ids(List<Safeguard> safeguards, SafeguardKind kind) {
    return safeguards.stream().filter(s -> s.kind() == kind).map(Safeguard::ruleId).toList();
  }

  @ParameterizedTest
  @EnumSource(Grouping.class)
  void complete_immediateDangerAndNoRuleRaisedIt_addsCrisisResponseWhateverTheGrouping(Grouping suggestion) {
    // given immediate danger and no safeguard from the rules
    // when
    List<Safeguard> out = SafetyNet.complete(IMMEDIATE_DANGER, List.of(), Optional.of(suggestion));

    // then
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly(SafetyNet.CRISIS_ID);
    assertThat(out).filteredOn(s -> s.kind() == SafeguardKind.IMMEDIATE_CRISIS_RESPONSE).singleElement()
        .satisfies(s -> assertThat(s.facts()).containsExactlyInAnyOrderElementsOf(RiskSignals.of(IMMEDIATE_DANGER)));
  }

  @Test
  void complete_immediateDangerAndNoSuggestion_addsCrisisResponse() {
    // given immediate danger and no grouping suggested
    // when
    List<Safeguard> out = SafetyNet.complete(IMMEDIATE_DANGER, List.of(), Optional.empty());

    // then
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly("safety-net.immediate-danger");
  }

  @Test
  void complete_immediateDangerAlreadyRaisedByARule_addsNoSecondCrisisResponse() {
    // given a rule already raised a crisis response
    Safeguard rule = fromRule(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE, "safeguard.crisis-response");

    // when
    List<Safeguard> out = SafetyNet.complete(IMMEDIATE_DANGER, List.of(rule), Optional.of(Grouping.GETTING_HELP));

    // then
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).containsExactly("safeguard.crisis-response");
  }

  @Test
  void complete_noImmediateDanger_addsNoCrisisResponse() {
    // given significant risk but no immediate danger
    // when
    List<Safeguard> out = SafetyNet.complete(MEDIUM_RISK, List.of(), Optional.of(Grouping.GETTING_HELP));

    // then
    assertThat(ids(out, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Grouping.class, names = {"THRIVING", "GETTING_ADVICE"})
  void complete_significantRiskWithAdviceOrLess_requiresClinicalReview(Grouping suggestion) {
    // given medium risk to self and a suggestion of advice or less
    // when
    List<Safeguard> out = SafetyNet.complete(MEDIUM_RISK, List.of(), Optional.of(suggestion));

    // then
    assertThat(ids(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly(SafetyNet.REVIEW_ID);
  }

  @Test
  void complete_significantRiskWithNoSuggestion_requiresClinicalReview() {
    // given medium risk to self and no grouping suggested
    // when
    List<Safeguard> out = SafetyNet.complete(MEDIUM_RISK, List.of(), Optional.empty());

    // then
    assertThat(ids(out, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).containsExactly("safety-net.risk-with-less-support");
  }

  @ParameterizedTest
  @EnumSource(value = Grouping.class, names = {"GETTING_HELP", "GETTING_MORE_HELP", "GETTING_RISK_SUPPORT"})
  void complete_significantRiskWithHelpOrMore_addsNoClinicalReview(Grouping suggestion) {
    // given medium risk to self and a suggestion of help or more
    // when
    List<Safeguard> out = SafetyNet.complete(MEDIUM_RISK, List.of(), Optional.of(suggestion));

    // then
    assertThat(out).isEmpty();
  }

  @Test
  void complete_clinicalReviewAlreadyRaisedByARule_addsNoSecondReview() {
    // given a choice rule already required a clinical review
    Safeguard rule = fromRule(SafeguardKind.CLINICAL_REVIEW_REQUIRED, "choice.lower-support-at-risk");

    // when
    List<Safeguard> out = SafetyNet.complete(MEDIUM_RISK, List.of(rule), Optional.of(Grouping.GETTING_ADVICE));

    // then
    assertThat(out).containsExactly(rule);
  }

  @Test
  void complete_lowRiskWithThriving_addsNothing() {
    // given low risk only, which is a risk signal but not significant
    // when
    List<Safeguard> out = SafetyNet.complete(LOW_RISK, List.of(), Optional.of(Grouping.THRIVING));

    // then
    assertThat(out).isEmpty();
  }

  @Test
  void complete_rulesSafeguards_areKeptFirstAndInOrder() {
    // given two safeguards from rules and immediate danger with Thriving
    Safeguard plan = fromRule(SafeguardKind.SAFETY_PLAN, "safeguard.safety-plan");
    Safeguard safeguarding = fromRule(SafeguardKind.SAFEGUARDING, "safeguard.safeguarding");

    // when
    List<Safeguard> out = SafetyNet.complete(IMMEDIATE_DANGER, List.of(plan, safeguarding), Optional.of(Grouping.THRIVING));

    // then the library's own follow the rules' safeguards, none removed
    assertThat(out).extracting(Safeguard::ruleId).containsExactly("safeguard.safety-plan", "safeguard.safeguarding",
        SafetyNet.CRISIS_ID, SafetyNet.REVIEW_ID);
  }
}
