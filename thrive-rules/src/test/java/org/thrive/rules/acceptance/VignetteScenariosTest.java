package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.model.grouping.Grouping.GETTING_ADVICE;
import static org.thrive.model.grouping.Grouping.GETTING_HELP;
import static org.thrive.model.grouping.Grouping.GETTING_MORE_HELP;
import static org.thrive.model.grouping.Grouping.GETTING_RISK_SUPPORT;
import static org.thrive.model.grouping.Grouping.THRIVING;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.InputKind;

/**
 * Every vignette of {@code docs/vignettes.md}: the grouping and the reasons and safeguards
 * the vignette names.
 */
class VignetteScenariosTest {

  private static Advice advise(String id) {
    return Vignettes.ADVISOR.advise(Vignettes.read(id));
  }

  private static Reason reason(Advice advice, String ruleId) {
    return advice.reasons().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError("no reason " + ruleId + " in " + advice.reasonIds()));
  }

  private static Set<SafeguardKind> safeguards(Advice advice) {
    return advice.safeguards().stream().map(s -> s.kind()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void vignettes_everyVignetteInTheDomainDocument_hasACaseFileAndATest() throws IOException {
    // given the vignette ids in the domain document
    Matcher m = Pattern.compile("^\\| (P\\d\\d) \\|", Pattern.MULTILINE)
        .matcher(Files.readString(Vignettes.VIGNETTES_MD));
    Set<String> ids = new TreeSet<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    // then each has a case file, and this class tests each (a method whose name starts with the id)
    assertThat(ids).hasSize(12);
    Set<String> tested = java.util.Arrays.stream(getClass().getDeclaredMethods())
        .map(x -> x.getName().substring(0, Math.min(3, x.getName().length())).toUpperCase(java.util.Locale.ROOT))
        .collect(Collectors.toSet());
    for (String id : ids) {
      assertThat(Vignettes.file(id)).exists();
      assertThat(tested).as("a test for " + id).contains(id);
    }
  }

  @Test
  void p01_noNeedsWithStrengths_suggestsThrivingWithStrengthsNoted() {
    Advice a = advise("P01");
    assertThat(a.suggestion()).contains(THRIVING);
    assertThat(a.input().orElseThrow().kind()).isEqualTo(InputKind.PREVENTION);
    assertThat(a.reasonIds()).containsExactly("needs.thriving", "context.strengths");
    assertThat(reason(a, "context.strengths").facts()).extracting(CaseFact::value)
        .contains("plays football", "full attendance at school");
    assertThat(a.safeguards()).isEmpty();
    assertThat(a.riskSignals()).isEmpty();
  }

  @Test
  void p02_mildDifficultyParentAsksForAdvice_suggestsGettingAdvice() {
    Advice a = advise("P02");
    assertThat(a.suggestion()).contains(GETTING_ADVICE);
    assertThat(a.reasonIds()).contains("needs.mild", "choice.advice-requested");
    assertThat(reason(a, "needs.mild").facts()).extracting(CaseFact::field)
        .contains("needs.problem.1", "needs.problem.9");
    assertThat(reason(a, "choice.advice-requested").facts()).extracting(CaseFact::label)
        .contains("Choice of parent or carer");
    assertThat(a.safeguards()).isEmpty();
  }

  @Test
  void p03_severeButSelfManagingNoRisk_choiceOutweighsSeverity() {
    Advice a = advise("P03");
    assertThat(a.suggestion()).contains(GETTING_ADVICE);
    assertThat(a.needsOnly()).contains(GETTING_HELP);
    // the CBT ended months ago: its goals-met review is that episode's ending, not this one's (a relapse)
    assertThat(a.reasonIds()).contains("needs.severe", "review.relapse", "choice.self-management")
        .doesNotContain("review.goals-met");
    assertThat(reason(a, "choice.self-management").practitioner())
        .contains("choice outweighs severity").contains("no significant or clinical risk");
    assertThat(reason(a, "choice.self-management").family()).contains("You or your family chose to manage things your own way").doesNotContain("safe");
    assertThat(a.safeguards()).isEmpty();
  }

  @Test
  void p04_moderateNeedGoalBasedHelpChosen_suggestsGettingHelpWithGoalsAndReview() {
    Advice a = advise("P04");
    assertThat(a.suggestion()).contains(GETTING_HELP);
    assertThat(a.input().orElseThrow().kind()).isEqualTo(InputKind.TREATMENT);
    assertThat(a.reasonIds()).contains("needs.moderate", "choice.goal-based-help");
    Reason chosen = reason(a, "choice.goal-based-help");
    assertThat(chosen.practitioner()).contains("success criteria", "review date", "not met");
    assertThat(chosen.facts()).contains(new CaseFact("choices.goals", "Agreed goals", "2"));
    assertThat(a.safeguards()).isEmpty();
  }

  @Test
  void p05_schoolCounsellingWithGoals_isStillGettingHelpAndTheSettingIsRespected() {
    Advice a = advise("P05");
    assertThat(a.suggestion()).contains(GETTING_HELP);
    assertThat(a.reasonIds()).contains("choice.goal-based-help", "choice.setting");
    assertThat(reason(a, "choice.setting").practitioner()).contains("any paid professional");
    assertThat(reason(a, "choice.setting").facts())
        .contains(new CaseFact("choices[0].setting", "Setting wanted by young person", "School or college"));
  }

  @Test
  void p06_noProgressAtReviewMoreHelpAgreed_suggestsGettingMoreHelp() {
    Advice a = advise("P06");
    assertThat(a.suggestion()).contains(GETTING_MORE_HELP);
    assertThat(a.needsOnly()).contains(GETTING_HELP);
    assertThat(a.input().orElseThrow().kind()).isEqualTo(InputKind.TREATMENT);
    assertThat(a.reasonIds()).contains("review.no-progress", "review.more-help-agreed", "choice.specialist-treatment");
    assertThat(reason(a, "review.more-help-agreed").facts())
        .contains(new CaseFact("history.latestReview", "Progress at latest review", "No progress"));
    assertThat(a.reasonIds()).doesNotContain("risk-support.not-helped");
  }

  @Test
  void p07_severeEatingFamilyEngaged_suggestsExtensiveTreatment() {
    Advice a = advise("P07");
    assertThat(a.suggestion()).contains(GETTING_MORE_HELP);
    assertThat(a.needsOnly()).contains(GETTING_MORE_HELP);
    assertThat(a.input().orElseThrow().characteristics()).isPresent();
    assertThat(a.input().orElseThrow().characteristics().orElseThrow().participants())
        .isEqualTo("committed to achieving change");
    assertThat(a.reasonIds()).contains("needs.specialist", "choice.specialist-treatment")
        .doesNotContain("needs.severe");
    assertThat(a.resolution()).isEmpty();
  }

  @Test
  void p08_highRiskAndUnableToUseHelp_suggestsMultiAgencyRiskSupport() {
    Advice a = advise("P08");
    assertThat(a.suggestion()).contains(GETTING_RISK_SUPPORT);
    assertThat(a.input().orElseThrow().kind()).isEqualTo(InputKind.RISK_SUPPORT);
    assertThat(a.input().orElseThrow().characteristics().orElseThrow().aim()).contains("reduce the risk of harm");
    // two disengagements and specialist treatment never tried would point to Getting More Help; what makes
    // this risk support is that she cannot use help now (not engaged, declines), at current high risk
    assertThat(a.reasonIds()).contains("risk-support.unable-now", "history.unable-to-use-help-now", "history.unhelped",
        "risk-support.agencies", "context.complexity", "risk.significant-crises")
        .doesNotContain("risk-support.not-helped", "risk-support.specialist-not-tried");
    assertThat(reason(a, "risk-support.unable-now").practitioner()).contains("unable to use help now")
        .contains("open invitation back to treatment");
    assertThat(reason(a, "risk-support.agencies").facts()).extracting(CaseFact::value)
        .contains("Social care", "School or college", "Police");
    assertThat(reason(a, "history.unhelped").facts())
        .contains(new CaseFact("history.episodes.outcome", "Treatment episodes with no benefit or disengagement", "2"));
    assertThat(safeguards(a)).contains(SafeguardKind.SAFEGUARDING, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE,
        SafeguardKind.CLINICAL_REVIEW_REQUIRED);
  }

  @Test
  void p09_notBenefitedAndAtRisk_suggestsRiskSupport() {
    Advice a = advise("P09");
    assertThat(a.suggestion()).contains(GETTING_RISK_SUPPORT);
    assertThat(a.reasonIds()).contains("risk-support.not-helped", "history.unhelped", "risk.significant-level");
    assertThat(reason(a, "risk-support.not-helped").facts()).extracting(CaseFact::field)
        .contains("derived.currentRisk", "derived.unhelpedHistory");
  }

  @Test
  void p10_sameAsP09ButCommitsToNewTreatment_movesFromRiskSupportToGettingMoreHelp() {
    Advice a = advise("P10");
    Advice p09 = advise("P09");
    assertThat(p09.suggestion()).contains(GETTING_RISK_SUPPORT);
    assertThat(a.suggestion()).contains(GETTING_MORE_HELP);
    assertThat(a.input().orElseThrow().kind()).isEqualTo(InputKind.TREATMENT);
    assertThat(a.reasonIds()).contains("risk-support.commitment-to-treatment", "choice.commitment-to-change")
        .doesNotContain("risk-support.not-helped");
    assertThat(reason(a, "risk-support.commitment-to-treatment").practitioner())
        .contains("commitment to change").contains("rather than risk support");
    // the risk is still shown
    assertThat(safeguards(a)).contains(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE, SafeguardKind.SAFETY_PLAN);
    assertThat(a.riskSignals()).isNotEmpty();
  }

  @Test
  void p11_firstPresentationHighRisk_getsHelpWithCrisisResponseNotRiskSupport() {
    Advice a = advise("P11");
    assertThat(a.suggestion()).contains(GETTING_HELP).isNotEqualTo(java.util.Optional.of(GETTING_RISK_SUPPORT));
    assertThat(a.reasonIds()).contains("risk.alone-not-risk-support")
        .noneMatch(id -> id.startsWith("risk-support."));
    assertThat(reason(a, "risk.alone-not-risk-support").practitioner()).contains("not Getting Risk Support");
    assertThat(safeguards(a)).contains(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE, SafeguardKind.SAFETY_PLAN);
    assertThat(a.riskSignals()).contains(new CaseFact("risk.immediateDanger", "Immediate danger", "yes"));
  }

  @Test
  void p12_moderateNeedDeclinesIntervention_needsSaidGettingHelpHerChoiceChangedIt() {
    Advice a = advise("P12");
    assertThat(a.status()).isEqualTo(AdviceStatus.SUGGESTION);
    assertThat(a.suggestion()).contains(GETTING_ADVICE);
    assertThat(a.needsOnly()).contains(GETTING_HELP);
    assertThat(reason(a, "needs.moderate").proposal()).contains(GETTING_HELP);
    Reason choice = reason(a, "choice.self-management");
    assertThat(choice.proposal()).contains(GETTING_ADVICE);
    assertThat(choice.facts()).contains(
        new CaseFact("derived.proposal.needs", "Suggested on the basis of needs", "Getting Help"),
        new CaseFact("choices[0].wants", "Choice of young person", "Advice or self management"));
    assertThat(choice.family()).contains("your own way");
    assertThat(a.safeguards()).isEmpty();
  }

  @Test
  void allVignettes_everyReasonHasBothWordingsAndASource() {
    for (String id : List.of("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10", "P11", "P12")) {
      for (Reason r : advise(id).reasons()) {
        assertThat(r.practitioner()).as(r.ruleId()).isNotBlank();
        assertThat(r.family()).as(r.ruleId()).isNotBlank();
        assertThat(r.source()).as(r.ruleId()).isNotBlank();
      }
    }
  }
}
