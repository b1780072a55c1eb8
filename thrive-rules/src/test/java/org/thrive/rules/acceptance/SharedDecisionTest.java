package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.model.grouping.Grouping.GETTING_ADVICE;
import static org.thrive.model.grouping.Grouping.GETTING_HELP;
import static org.thrive.model.grouping.Grouping.GETTING_MORE_HELP;
import static org.thrive.model.grouping.Grouping.GETTING_RISK_SUPPORT;
import static org.thrive.model.grouping.Grouping.THRIVING;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.CaseChange;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.advice.ChoiceEffect;
import org.thrive.model.advice.OptionToDiscuss;
import org.thrive.model.advice.WhyNot;
import org.thrive.model.grouping.Grouping;

/** Shared decision making on the vignettes: needs versus choice, why not, what would change it, options, endings. */
class SharedDecisionTest {

  private static Advice discuss(String id) {
    return Vignettes.ADVISOR.adviseForDiscussion(Vignettes.read(id));
  }

  private static WhyNot whyNot(Advice a, Grouping g) {
    return a.whyNot().stream().filter(w -> w.grouping() == g).findFirst().orElseThrow();
  }

  @Test
  void p12_choiceEffect_needsSuggestedGettingHelpAndHerChoiceChangedIt() {
    ChoiceEffect e = discuss("P12").choiceEffect().orElseThrow();
    assertThat(e.kind()).isEqualTo(ChoiceEffect.Kind.CHANGED);
    assertThat(e.needsOnly()).contains(GETTING_HELP);
    assertThat(e.withoutChoice()).contains(GETTING_HELP);
    assertThat(e.withChoice()).contains(GETTING_ADVICE);
    assertThat(e.ruleIds()).contains("choice.self-management");
    assertThat(e.wording().practitioner()).contains("The needs alone, and the case without the recorded choices, suggest Getting Help").contains("changed it to Getting Advice");
    assertThat(e.wording().family()).contains("Getting Help").contains("Getting Advice").contains("We will talk about this choice together");
  }

  @Test
  void p12WithAParentChoosingGoalBasedHelp_at16HerChoiceLeadsAndTheParentsIsReportedNotUsed() {
    // given P12 (16, no risk) with a parent who wants goal-based help
    var c = p12WithParentChoosingHelp(16);

    // when
    Advice a = Vignettes.ADVISOR.advise(c);

    // then at 16 her informed choice leads, and the parent's is reported as recorded but not used, never as agreement
    assertThat(a.suggestion()).contains(GETTING_ADVICE);
    ChoiceEffect e = a.choiceEffect().orElseThrow();
    assertThat(e.kind()).isEqualTo(ChoiceEffect.Kind.CHANGED);
    assertThat(e.unused()).singleElement().satisfies(u -> {
      assertThat(u.chooser()).isEqualTo(org.thrive.model.choice.Chooser.PARENT_OR_CARER);
      assertThat(u.why()).isEqualTo(ChoiceEffect.WhyNotUsed.YOUNG_PERSON_LEADS);
    });
    assertThat(e.wording().practitioner()).contains("parent or carer's choice (goal-based help) was recorded but not used")
        .contains("young person's informed choice leads");
  }

  @Test
  void p12WithAParentChoosingGoalBasedHelp_at14TheChoicesDifferAndTheMoreSupportiveIsSuggested() {
    // given the same choices at 14, where both count
    Advice a = Vignettes.ADVISOR.advise(p12WithParentChoosingHelp(14));

    // then
    // then support is not lowered on her choice alone while her parent asks for help: both are discussed
    assertThat(a.suggestion()).contains(GETTING_HELP);
    assertThat(a.provenance().firedRuleIds()).doesNotContain("choice.self-management");
    ChoiceEffect e = a.choiceEffect().orElseThrow();
    assertThat(e.kind()).isEqualTo(ChoiceEffect.Kind.CHOICES_DIFFER);
    assertThat(e.wording().practitioner()).contains("the young person chose advice or self-management and a parent or carer"
        + " goal-based help");
    assertThat(e.wording().family()).contains("chose different things");
    assertThat(e.unused()).extracting(ChoiceEffect.UnusedChoice::why).containsExactly(ChoiceEffect.WhyNotUsed.PARENT_ASKS_FOR_HELP);
  }

  private static org.thrive.model.ThriveCase p12WithParentChoosingHelp(int age) {
    return Vignettes.read("P12").toBuilder().age(age).choices(org.thrive.model.choice.Choices.of(
        org.thrive.model.choice.Choice.of(org.thrive.model.choice.Chooser.YOUNG_PERSON,
            org.thrive.model.choice.Preference.ADVICE_OR_SELF_MANAGEMENT),
        org.thrive.model.choice.Choice.of(org.thrive.model.choice.Chooser.PARENT_OR_CARER,
            org.thrive.model.choice.Preference.GOAL_BASED_HELP))
        .withGoals(new org.thrive.model.choice.Goal("go to parties", Optional.of(LocalDate.of(2026, 5, 1))))).build();
  }

  @Test
  void p12_whyNotGettingHelp_isMetButOutweighedByHerChoice() {
    Advice a = discuss("P12");
    WhyNot help = whyNot(a, GETTING_HELP);
    assertThat(help.conditions()).anySatisfy(c -> {
      assertThat(c.ruleId()).isEqualTo("needs.moderate");
      assertThat(c.status()).isEqualTo(WhyNot.Status.MET_BUT_OUTWEIGHED);
    });
    assertThat(help.summary().practitioner()).contains("was proposed (needs.moderate)");
    assertThat(a.whyNot()).extracting(WhyNot::grouping)
        .containsExactly(THRIVING, GETTING_HELP, GETTING_MORE_HELP, GETTING_RISK_SUPPORT);
  }

  @Test
  void p12_whatWouldChangeIt_choosingGoalBasedHelpLeadsToGettingHelp() {
    ChangesToDiscuss changes = discuss("P12").changes().orElseThrow();
    assertThat(changes.options()).anySatisfy(o -> {
      assertThat(o.leadsTo()).isEqualTo(GETTING_HELP);
      assertThat(o.changes()).hasSize(1);
      assertThat(o.changes().get(0).field()).isEqualTo("choices.preference");
      assertThat(o.wording().practitioner()).contains("the rules would suggest Getting Help");
      assertThat(o.forFamily()).isTrue();
    });
    assertThat(changes.complete()).isTrue();
  }

  @Test
  void p09_whatWouldChangeIt_agreeingToNewTreatmentMovesRiskSupportToGettingMoreHelp() {
    // P09 versus P10: the difference is her agreeing to new treatment with goals
    Advice a = discuss("P09");
    assertThat(a.suggestion()).contains(GETTING_RISK_SUPPORT);
    assertThat(a.changes().orElseThrow().options()).anySatisfy(o -> {
      assertThat(o.leadsTo()).isEqualTo(GETTING_MORE_HELP);
      assertThat(o.changes()).extracting(CaseChange::field).contains("choices.preference");
    });
    assertThat(a.choiceEffect().orElseThrow().kind()).isEqualTo(ChoiceEffect.Kind.HELD_BY_RISK);
  }

  @Test
  void p10_whyNotRiskSupport_theRiskSupportRuleIsNotMetBecauseSheCommittedToTreatment() {
    WhyNot w = whyNot(discuss("P10"), GETTING_RISK_SUPPORT);
    assertThat(w.conditions()).extracting(WhyNot.Condition::ruleId)
        .containsExactly("risk-support.continues", "risk-support.not-helped", "risk-support.unable-now");
    assertThat(w.conditions()).allMatch(c -> c.status() == WhyNot.Status.NOT_MET);
    assertThat(w.conditions().get(1).wording().practitioner()).contains("no current commitment to new treatment");
  }

  @Test
  @org.junit.jupiter.api.Tag("hazard-control")
  void p11_immediateCrisisResponse_reviewsThePlanWithinAWeekWhateverTheUsualPeriod() {
    Advice a = discuss("P11");
    assertThat(a.hasSafeguard(org.thrive.model.advice.SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
    assertThat(a.endings().orElseThrow().reviewDate()).hasValueSatisfying(d ->
        assertThat(d).isBeforeOrEqualTo(Vignettes.read("P11").assessmentDate().plusDays(7)));
    assertThat(a.safeguards()).anyMatch(s -> s.family().contains("We will make sure you are safe today"));
    assertThat(a.endings().orElseThrow().atReview().family()).contains("how safe you are");
  }

  @Test
  void p11_whyNotRiskSupport_riskAloneIsNotEnough() {
    Advice a = discuss("P11");
    WhyNot w = whyNot(a, GETTING_RISK_SUPPORT);
    assertThat(w.conditions()).allMatch(c -> c.status() == WhyNot.Status.NOT_MET);
    assertThat(w.summary().practitioner()).contains("treatment has not helped")
        .contains("unable to use help now (not engaged, and declines help in a way that counts at their age");
    // the family hears the part that did not hold for them: the help before did not fail
    assertThat(w.summary().family()).contains("the treatment you had before did not work").contains("From what we know, that is not how things are");
  }

  @Test
  void p03_choiceEffect_changedAndTransitionSaysGoalsMet() {
    Advice a = discuss("P03");
    assertThat(a.choiceEffect().orElseThrow().kind()).isIn(ChoiceEffect.Kind.CHANGED, ChoiceEffect.Kind.CONFIRMED);
    assertThat(a.endings().orElseThrow().transition()).hasValueSatisfying(t ->
        assertThat(t.practitioner()).contains("Goals were met"));
  }

  @Test
  void p08_declineAtHighRisk_leadsToRiskSupportNotLessSupportAndTheSafeguardsStillShow() {
    Advice a = discuss("P08");
    ChoiceEffect e = a.choiceEffect().orElseThrow();
    // declining help while not engaged, at current risk, is what makes this risk support instead of treatment
    assertThat(e.kind()).isEqualTo(ChoiceEffect.Kind.CHANGED);
    assertThat(e.withoutChoice()).contains(GETTING_MORE_HELP);
    assertThat(e.withChoice()).contains(GETTING_RISK_SUPPORT);
    assertThat(e.ruleIds()).contains("choice.lower-support-at-risk", "history.unable-to-use-help-now");
    assertThat(e.wording().family()).contains("plan to manage the risks").doesNotContain("You chose");
    assertThat(a.hasSafeguard(org.thrive.model.advice.SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isTrue();
    assertThat(a.safeguards()).isNotEmpty();
  }

  @Test
  void p01_noChoiceExpressed_saysSoAndStrengthsAppearInThePlan() {
    Advice a = discuss("P01");
    assertThat(a.choiceEffect().orElseThrow().kind()).isEqualTo(ChoiceEffect.Kind.NO_CHOICE_EXPRESSED);
    OptionToDiscuss suggested = a.options().stream().filter(OptionToDiscuss::suggested).findFirst().orElseThrow();
    assertThat(suggested.grouping()).isEqualTo(THRIVING);
    assertThat(suggested.strengths()).contains("plays football");
    assertThat(a.endings().orElseThrow().reviewDate()).isEmpty();
  }

  @Test
  void p04_gettingHelpEndings_successCriteriaFromGoalsReviewDateAndWhatIfNotMet() {
    Advice a = discuss("P04");
    var endings = a.endings().orElseThrow();
    assertThat(endings.successCriteria()).containsExactly("feel better most days", "return to netball");
    assertThat(endings.reviewDate()).contains(LocalDate.of(2026, 5, 25));
    assertThat(endings.ifNotMet()).hasValueSatisfying(w -> assertThat(w.practitioner()).contains("more help, different help, or risk support"));
    assertThat(a.choiceEffect().orElseThrow().kind()).isEqualTo(ChoiceEffect.Kind.CONFIRMED);
  }

  @Test
  void p08_riskSupportEndings_reviewedOnSafetyOutcomesWithAnOpenInvitationBackToTreatment() {
    var endings = discuss("P08").endings().orElseThrow();
    // P08 has an immediate crisis response, so its first review checks safety first
    assertThat(endings.atReview().practitioner()).contains("check safety first");
    // the risk support review itself is on safety outcomes, with an open invitation back to treatment
    assertThat(Vignettes.ADVISOR.localConfiguration().wording(GETTING_RISK_SUPPORT, "atReview").orElseThrow().practitioner())
        .contains("safety outcomes").contains("open invitation back to treatment");
    // risk support is reviewed after 4 weeks, but P08 has an immediate crisis response: within 7 days
    assertThat(discuss("P08").hasSafeguard(org.thrive.model.advice.SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
    assertThat(endings.reviewDate()).contains(LocalDate.of(2026, 3, 9));
  }

  @Test
  void p02_gettingAdviceEndings_followUpAfterTheConfiguredPeriod() {
    var endings = discuss("P02").endings().orElseThrow();
    assertThat(endings.reviewDate()).contains(LocalDate.of(2026, 4, 13)); // assessment + 6 weeks
    assertThat(endings.atReview().practitioner()).contains("Follow-up");
  }

  @Test
  void p06_reassessedAfterNoProgress_transitionSaysReconsider() {
    var endings = discuss("P06").endings().orElseThrow();
    assertThat(endings.transition()).isPresent();
    assertThat(discuss("P06").reasonIds()).contains("review.no-progress");
  }

  @Test
  void disengagedWithoutRisk_getsTheDisengagedTransitionToGettingAdvice() {
    var c = Vignettes.read("P06").toBuilder()
        .history(new org.thrive.model.history.HelpHistory(com.google.common.collect.ImmutableList.of(
            org.thrive.model.history.HelpEpisode.ended(org.thrive.model.history.HelpKind.EVIDENCE_BASED_INTERVENTION,
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 20), org.thrive.model.history.Outcome.DISENGAGED)),
            org.thrive.model.history.Progress.NOT_REVIEWED, org.thrive.model.history.Engagement.AMBIVALENT))
        .choices(org.thrive.model.choice.Choices.none())
        .build();
    Advice a = Vignettes.ADVISOR.advise(c);
    assertThat(a.suggestion()).contains(GETTING_ADVICE);
    assertThat(a.endings().orElseThrow().transition()).hasValueSatisfying(t ->
        assertThat(t.practitioner()).contains("disengaging"));
  }

  @Test
  void options_suggestedFirstThenAtMostTwoAlternatives() throws Exception {
    for (java.nio.file.Path p : Vignettes.all()) {
      Advice a = Vignettes.ADVISOR.advise(new org.thrive.json.CaseReader().read(p));
      assertThat(a.options()).as(p.toString()).isNotEmpty();
      assertThat(a.options().get(0).suggested()).isTrue();
      assertThat(a.options().stream().filter(o -> !o.suggested()).count()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void adviseForDiscussion_isDeterministic() {
    assertThat(discuss("P09")).isEqualTo(discuss("P09"));
    assertThat(discuss("P09").changes()).isPresent();
    assertThat(Vignettes.ADVISOR.advise(Vignettes.read("P09")).changes()).isEqualTo(Optional.empty());
  }
}
