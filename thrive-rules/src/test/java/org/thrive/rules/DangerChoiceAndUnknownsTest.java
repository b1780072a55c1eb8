package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.rules.RuleTest.advise;
import static org.thrive.rules.RuleTest.assertNotFired;
import static org.thrive.rules.RuleTest.fired;
import static org.thrive.rules.RuleTest.goalReviewedLater;
import static org.thrive.rules.RuleTest.missingFields;
import static org.thrive.rules.RuleTest.safeguardsBy;
import static org.thrive.rules.TestCases.base;
import static org.thrive.rules.TestCases.problems;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.ChoiceEffect;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.advice.WhyNot;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
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
import org.thrive.model.risk.HarmFromOthers;
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;
import org.thrive.model.risk.RiskSignals;

/**
 * Boundaries of the principles: immediate danger from others alone is harm from others, not risk
 * to self or others; from 16 the young person's informed choice leads with no risk; a young
 * child's wish for help is not overridden by a parent's choice of less support; a history of help
 * that was not recorded is not a first contact; and every field that is Not known is listed at
 * every grouping.
 */
class DangerChoiceAndUnknownsTest {
  private static final HelpHistory NOT_ENGAGED = new HelpHistory(ImmutableList.of(), Progress.NOT_REVIEWED,
      Engagement.NOT_ENGAGED);

  private static Risk dangerFromOthers(RiskLevel toSelf, RiskLevel toOthers) {
    return Risk.none().withToSelf(toSelf).withToOthers(toOthers)
        .withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.EXPLOITATION)).withImmediateDanger(true);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 13, 16, 17})
  @Tag("hazard-control")
  void immediateDangerFromOthersAlone_isProtectedNow_butNeverRiskSupport(int age) {
    // given immediate danger, exploitation, no risk to self or others, a decline and no engagement
    for (RiskLevel low : List.of(RiskLevel.NONE, RiskLevel.LOW)) {
      Advice a = advise(base().age(age).needs(problems(19, Rating.MODERATE)).risk(dangerFromOthers(low, RiskLevel.NONE))
          .history(NOT_ENGAGED).choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP))));

      // then the danger is met today, safeguarding follows and support is held for a clinical review,
      // but it is not risk to self or others: no risk support
      assertThat(a.suggestion()).as("age " + age).contains(Grouping.GETTING_HELP);
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
      assertThat(a.hasSafeguard(SafeguardKind.SAFEGUARDING)).isTrue();
      // a young child's refusal alone never lowers support, so only a refusal that counts is reviewed
      assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).as("age " + age).isEqualTo(age >= 12);
      assertThat(fired(a)).contains("risk.danger-from-others");
      assertNotFired(a, "risk.current");
      assertNotFired(a, "risk-support.unable-now");
      assertThat(a.riskSignals()).extracting(CaseFact::field).contains("risk.immediateDanger", "risk.fromOthers");
      assertThat(RiskSignals.hasCurrentRisk(caseOf(age, low))).isTrue();
      assertThat(RiskSignals.hasCurrentRiskForRiskSupport(caseOf(age, low))).isFalse();
    }
  }

  /**
   * Immediate danger from others holds support whoever chooses less and whatever the needs: a child
   * in danger now is never Thriving, a choice of advice or a refusal never sets the grouping before a
   * clinical review, and a refusal is never told as agreeing with the suggestion.
   */
  @ParameterizedTest
  @ValueSource(ints = {3, 9, 12, 15, 16, 17})
  @Tag("hazard-control")
  void immediateDangerFromOthers_holdsSupport_whoeverChoosesLess_andWhateverTheNeeds(int age) {
    List<Needs> needs = List.of(problems(), problems(9, Rating.MILD), problems(2, Rating.MILD, 19, Rating.MILD));
    List<Choices> lessSupport = List.of(
        Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.ADVICE_OR_SELF_MANAGEMENT)),
        Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.DECLINES_HELP)),
        Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT)),
        Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP)),
        Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP),
            Choice.of(Chooser.PARENT_OR_CARER, Preference.ADVICE_OR_SELF_MANAGEMENT)));
    for (Needs n : needs) {
      for (HarmFromOthers harm : HarmFromOthers.values()) {
        Risk r = Risk.none().withToSelf(RiskLevel.LOW).withFromOthers(RiskLevel.HIGH, Set.of(harm))
            .withImmediateDanger(true);
        for (HelpHistory h : List.of(HelpHistory.firstContact(Engagement.ENGAGED), NOT_ENGAGED)) {
          for (Choices choices : lessSupport) {
            ThriveCase c = base().age(age).needs(n).risk(r).history(h).choices(choices).build();
            Advice a = RuleTest.ADVISOR.advise(c);
            String as = "age " + age + " " + harm + " " + choices.choices().stream()
                .map(x -> x.chooser() + " " + x.preference()).toList() + " " + h.engagement();
            // a young child's choice alone, or a parent's alone from 16, does not count (and cannot lower support)
            boolean counts = choices.choices().stream().anyMatch(x -> x.chooser() == Chooser.PARENT_OR_CARER ? age < 16 : age >= 12);

            assertThat(RiskSignals.immediateDangerFromOthers(c)).isTrue();
            assertThat(a.needsOnly()).as(as).contains(Grouping.GETTING_HELP);
            assertThat(a.suggestion()).as(as).contains(Grouping.GETTING_HELP);
            assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).as(as).isTrue();
            assertThat(a.hasSafeguard(SafeguardKind.SAFEGUARDING)).as(as).isTrue();
            assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).as(as).isEqualTo(counts);
            assertThat(a.choiceEffect()).as(as).isPresent();
            assertThat(a.choiceEffect().get().kind()).as(as)
                .isNotIn(ChoiceEffect.Kind.CONFIRMED,
                    ChoiceEffect.Kind.CHANGED);
            assertNotFired(a, "needs.thriving");
            assertNotFired(a, "choice.advice-requested");
            assertNotFired(a, "choice.self-management");
          }
        }
      }
    }
  }

  private static ThriveCase caseOf(int age, RiskLevel low) {
    return base().age(age).needs(problems(19, Rating.MODERATE)).risk(dangerFromOthers(low, RiskLevel.NONE)).build();
  }

  @Test
  @Tag("hazard-control")
  void immediateDangerWithRiskToSelfOrOthersSignificant_isRiskToSelfOrOthers_butNotKnownIsNeverEvidenceForRiskSupport() {
    Risk notKnownSelf = Risk.none().withToSelf(RiskLevel.NOT_KNOWN).withImmediateDanger(true);
    for (Risk r : List.of(dangerFromOthers(RiskLevel.NOT_KNOWN, RiskLevel.NONE),
        dangerFromOthers(RiskLevel.NONE, RiskLevel.NOT_KNOWN), dangerFromOthers(RiskLevel.MEDIUM, RiskLevel.NONE),
        dangerFromOthers(RiskLevel.NONE, RiskLevel.HIGH), notKnownSelf)) {
      ThriveCase c = base().age(16).needs(problems(19, Rating.MODERATE)).risk(r).history(NOT_ENGAGED)
          .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP))).build();
      Advice a = RuleTest.ADVISOR.advise(c);
      boolean significant = r.toSelf().isSignificant() || r.toOthers().isSignificant();
      String as = r.toSelf() + " " + r.toOthers();

      // then danger beside significant risk to self or others is risk to self or others (Getting Risk
      // Support when help cannot be used now); beside Not known risk it holds support and asks for
      // the assessment, but what is Not known is never evidence for Getting Risk Support
      assertThat(RiskSignals.hasCurrentRisk(c)).as(as).isTrue();
      assertThat(RiskSignals.hasCurrentRiskForRiskSupport(c)).as(as).isEqualTo(significant);
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).as(as).isTrue();
      if (significant) {
        assertThat(fired(a)).as(as).contains("risk.current");
        assertThat(a.suggestion()).as(as).contains(Grouping.GETTING_RISK_SUPPORT);
      } else {
        assertThat(fired(a)).as(as).contains("risk.danger-risk-not-known").doesNotContain("risk.current");
        assertThat(a.suggestion()).as(as).contains(Grouping.GETTING_HELP);
        assertThat(a.hasSafeguard(SafeguardKind.RISK_ASSESSMENT)).as(as).isTrue();
        assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).as(as).isTrue();
      }
    }
  }

  /**
   * Immediate danger that was never recorded as present or absent is unknown risk, never "no
   * danger": it is listed and assessed, Thriving is not suggested, and no choice lowers support
   * before it is known. Recorded as absent, the case is as before.
   */
  @Test
  @Tag("hazard-control")
  void immediateDangerNotKnown_isAssessedAndListed_neverReadAsNoDanger() {
    ThriveCase.Builder noNeeds = base().age(10).risk(Risk.none().withImmediateDangerNotKnown());
    Advice none = RuleTest.ADVISOR.advise(noNeeds.build());
    Advice choosesAdvice = RuleTest.ADVISOR.advise(base().age(15).needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withImmediateDangerNotKnown())
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT))).build());
    Advice knownNone = RuleTest.ADVISOR.advise(base().age(10).risk(Risk.none()).build());

    for (Advice a : List.of(none, choosesAdvice)) {
      assertThat(a.hasSafeguard(SafeguardKind.RISK_ASSESSMENT)).isTrue();
      assertThat(a.notKnown()).extracting(CaseFact::field).contains("risk.immediateDanger");
      assertThat(a.riskSignals()).extracting(CaseFact::field, CaseFact::value)
          .contains(org.assertj.core.groups.Tuple.tuple("risk.immediateDanger", "Not known"));
      assertThat(a.suggestion()).isNotEqualTo(java.util.Optional.of(Grouping.THRIVING));
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isFalse();
    }
    assertThat(none.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
    assertThat(missingFields(none)).contains("risk");
    // a choice of advice does not lower support while immediate danger is not known
    assertThat(choosesAdvice.suggestion()).isNotEqualTo(java.util.Optional.of(Grouping.GETTING_ADVICE));
    assertNotFired(choosesAdvice, "choice.self-management");
    assertThat(knownNone.suggestion()).contains(Grouping.THRIVING);
    assertThat(knownNone.notKnown()).isEmpty();
  }

  /**
   * "Why not" never tells a family there is no worry about safety where the case carries a risk
   * signal: harm from others, a low risk to self, a Mild self-harm rating.
   */
  @Test
  @Tag("hazard-control")
  void whyNot_neverDeniesASafetyWorry_toAFamilyWhoseCaseCarriesARiskSignal() {
    Needs onPlan = Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO)
        .complexity(CurrentViewItem.CURRENT_PROTECTION_PLAN, Presence.YES).build();
    List<ThriveCase> cases = List.of(
        base().age(12).needs(onPlan).risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.ABUSE_OR_NEGLECT))).build(),
        base().age(14).needs(problems(9, Rating.MILD, 10, Rating.MILD)).risk(Risk.none().withToSelf(RiskLevel.LOW))
            .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT))).build(),
        base().age(15).needs(problems(2, Rating.MODERATE)).risk(Risk.none().withFromOthers(RiskLevel.HIGH,
            Set.of(HarmFromOthers.EXPLOITATION))).build());
    String denied = Criterion.CURRENT_RISK.wording().family();
    for (ThriveCase c : cases) {
      Advice a = RuleTest.ADVISOR.adviseForDiscussion(c);
      assertThat(a.riskSignals()).isNotEmpty();
      assertThat(a.whyNot()).extracting(w -> w.summary().family()).as(c.caseId())
          .noneMatch(f -> f.contains(denied) || f.contains(Criterion.CURRENT_RISK_FOR_RISK_SUPPORT.wording().family()));
    }
    // with no risk signal at all, the part may be told (it is true)
    Advice noRisk = RuleTest.ADVISOR.adviseForDiscussion(base().age(14).needs(problems(9, Rating.MILD)).build());
    assertThat(noRisk.riskSignals()).isEmpty();
    assertThat(noRisk.whyNot()).extracting(w -> w.summary().family()).anyMatch(f -> f.contains(denied)
        || f.contains(Criterion.CURRENT_RISK_FOR_RISK_SUPPORT.wording().family()));
  }

  /** Crises counted with no period are never described as counted over one, in any fact of the advice. */
  @Test
  @Tag("hazard-control")
  void crisesWithNoPeriod_noFactTellsAPeriodThatWasNotRecorded() {
    ThriveCase c = base().age(15).needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withToSelf(RiskLevel.MEDIUM).withCrises(org.thrive.model.risk.Crises.periodNotKnown(2, 1))).build();
    Advice a = RuleTest.ADVISOR.advise(c);
    List<org.thrive.model.advice.CaseFact> facts = new java.util.ArrayList<>(a.riskSignals());
    a.reasons().forEach(r -> facts.addAll(r.facts()));
    a.safeguards().forEach(s -> facts.addAll(s.facts()));
    List<org.thrive.model.advice.CaseFact> crises = facts.stream().filter(f -> f.field().startsWith("risk.crises.")).toList();
    assertThat(crises).isNotEmpty().allSatisfy(f -> assertThat(f.value()).doesNotContain(" days")
        .contains("over a period not recorded"));
  }

  /**
   * From 12 to 15, a young person who declines at high risk while a parent asks for treatment: the
   * practitioner's account of needs and choice names both choices, and "why not" does not claim the
   * young person is able to use help when the reason is the parent's request.
   */
  @Test
  @Tag("hazard-control")
  void from12To15_declineAtRiskWhileAParentAsksForHelp_thePractitionerIsToldBothChoices() {
    ThriveCase c = base().age(15).needs(problems(10, Rating.SEVERE))
        .risk(Risk.none().withToSelf(RiskLevel.HIGH).withCrises(new org.thrive.model.risk.Crises(2, 0, 30)))
        .history(NOT_ENGAGED)
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP),
            Choice.of(Chooser.PARENT_OR_CARER, Preference.GOAL_BASED_HELP))).build();
    Advice a = RuleTest.ADVISOR.advise(c);
    assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    String effect = a.choiceEffect().orElseThrow().wording().practitioner();
    assertThat(effect).contains("The young person chose declining help").contains("A parent or carer chose goal-based help");
    String riskSupport = a.whyNot().stream().filter(w -> w.grouping() == Grouping.GETTING_RISK_SUPPORT).findFirst()
        .orElseThrow().summary().practitioner();
    assertThat(riskSupport).contains("while a parent or carer asks for treatment");
  }

  /**
   * Where the only risk recorded may come from others (danger whose source is not recorded, harm
   * from others with danger, harm from others with crises), neither family page says there is a
   * worry about safety, in a reason, in "why not" or in what happens next, until a practitioner
   * judges it safe to share; the practitioner is told how to share, and sees every reason whole.
   */
  @Test
  @Tag("hazard-control")
  void riskThatMayComeFromOthers_noFamilyPageTellsOfAWorryAboutSafety_untilSafeToShare() {
    List<ThriveCase> cases = List.of(
        // immediate danger, source not recorded, a parent asks for advice
        base().age(12).needs(problems(3, Rating.MILD)).risk(Risk.none().withImmediateDanger(true))
            .choices(Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.ADVICE_OR_SELF_MANAGEMENT))).build(),
        // domestic abuse and immediate danger
        base().age(10).needs(problems(3, Rating.MILD)).risk(Risk.none().withFromOthers(RiskLevel.HIGH,
            Set.of(HarmFromOthers.DOMESTIC_ABUSE)).withImmediateDanger(true)).build(),
        // abuse and two A&E attendances in 30 days
        base().age(13).needs(problems(9, Rating.MODERATE)).risk(Risk.none().withFromOthers(RiskLevel.HIGH,
            Set.of(HarmFromOthers.ABUSE_OR_NEGLECT)).withCrises(new org.thrive.model.risk.Crises(2, 0, 30))).build());
    List<String> alarms = List.of("worried about safety", "unsafe", "no worry about safety", "urgent help",
        "how safe you are", "safety matters");
    for (ThriveCase c : cases) {
      Advice a = RuleTest.ADVISOR.adviseForDiscussion(c);
      assertThat(FamilyView.riskMayComeFromOthers(a)).as(c.caseId()).isTrue();
      for (FamilyView.Audience audience : FamilyView.Audience.values()) {
        String held = FamilyView.render(a, new FamilyView.Options(audience, false)).text();
        for (String alarm : alarms) {
          assertThat(held).as(audience + " page, case aged " + c.age()).doesNotContain(alarm);
        }
        // the young person is still told how to get help, in words that say nothing of the source
        String tell = org.thrive.rules.Texts.fill("page.tellSomeone.family");
        String shared = FamilyView.render(a, new FamilyView.Options(audience, true)).text();
        if (audience == FamilyView.Audience.YOUNG_PERSON) {
          assertThat(held).contains(tell);
          assertThat(shared).as("shared, the help line stays").contains(tell);
        } else {
          assertThat(held).doesNotContain(tell);
        }
      }
      String practitioner = PractitionerView.render(a);
      assertThat(practitioner).contains(org.thrive.rules.Texts.fill("page.sharing.practitioner"));
      // the practitioner still sees every reason's own family wording
      a.reasons().forEach(r -> assertThat(practitioner).contains(r.family()));
    }
    // the young person's own risk is told: risk to self beside harm from others
    Advice own = RuleTest.ADVISOR.adviseForDiscussion(base().age(15).needs(problems(10, Rating.MODERATE))
        .risk(Risk.none().withToSelf(RiskLevel.HIGH).withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.EXPLOITATION)))
        .build());
    assertThat(FamilyView.riskMayComeFromOthers(own)).isFalse();
  }

  /**
   * A parent or carer may be the source of harm: while harm from others is held back, the parent's
   * page never tells them that protective action is coming today or that the child's safety will be
   * checked, and the practitioner's page says how to share the family pages.
   */
  @Test
  @Tag("hazard-control")
  void dangerFromOthers_theParentsPageGivesNoHintOfProtectiveAction_andThePractitionerIsToldHowToShare() {
    Risk fromOthers = Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.ABUSE_OR_NEGLECT))
        .withImmediateDanger(true);
    Risk withSelf = fromOthers.withToSelf(RiskLevel.HIGH);
    for (Risk r : List.of(fromOthers, withSelf)) {
      Advice a = RuleTest.ADVISOR.adviseForDiscussion(base().age(9).needs(problems(2, Rating.MODERATE)).risk(r).build());
      assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
      String parent = FamilyView.render(a, new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, false)).text();
      assertThat(parent).contains(org.thrive.rules.Texts.fill("page.crisisHeld.neutral.parent"))
          .doesNotContain(org.thrive.rules.Texts.fill("page.crisisFirst.family"))
          .doesNotContain(org.thrive.rules.Texts.fill("page.crisisHeld.neutral.family"))
          .doesNotContain("kept safe").doesNotContain("how safe you are").doesNotContain(" today");
      // when a practitioner judges it safe to share, the parent is told what is happening
      String shared = FamilyView.render(a, new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, true)).text();
      assertThat(shared).contains(org.thrive.rules.Texts.fill("page.crisisFirst.family"));
      assertThat(PractitionerView.render(a)).contains(org.thrive.rules.Texts.fill("page.sharing.practitioner"));
    }
    // with no harm from others the practitioner's page has no such note
    Advice own = RuleTest.ADVISOR.adviseForDiscussion(base().age(15).needs(problems(10, Rating.MODERATE))
        .risk(Risk.none().withToSelf(RiskLevel.HIGH).withImmediateDanger(true)).build());
    assertThat(PractitionerView.render(own)).doesNotContain(org.thrive.rules.Texts.fill("page.sharing.practitioner"));
  }

  /**
   * A crisis response where harm from others is recorded is told neutrally on the family and
   * parent pages even when there is risk to self as well, because someone in the family may be the
   * source of harm; with risk to self alone it leads the page.
   */
  @Test
  @Tag("hazard-control")
  void crisisWithHarmFromOthersAndRiskToSelf_theFamilyPagesTellItNeutrally_untilSafeToShare() {
    Risk both = Risk.none().withToSelf(RiskLevel.MEDIUM).withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.ABUSE_OR_NEGLECT))
        .withImmediateDanger(true);
    Risk selfOnly = Risk.none().withToSelf(RiskLevel.HIGH).withImmediateDanger(true);
    String sameDay = org.thrive.rules.Texts.fill("page.crisisFirst.family");
    for (FamilyView.Audience audience : FamilyView.Audience.values()) {
      Advice withHarm = RuleTest.ADVISOR.adviseForDiscussion(base().age(13).needs(problems(10, Rating.MODERATE)).risk(both).build());
      Advice own = RuleTest.ADVISOR.adviseForDiscussion(base().age(13).needs(problems(10, Rating.MODERATE)).risk(selfOnly).build());
      String held = FamilyView.render(withHarm, new FamilyView.Options(audience, false)).text();
      String shared = FamilyView.render(withHarm, new FamilyView.Options(audience, true)).text();
      String ownPage = FamilyView.render(own, new FamilyView.Options(audience, false)).text();
      assertThat(held).as(audience + " held").doesNotContain(sameDay)
          .contains(org.thrive.rules.Texts.fill(audience == FamilyView.Audience.PARENT_OR_CARER
              ? "page.crisisHeld.neutral.parent" : "page.crisisHeld.neutral.family"));
      assertThat(shared).as(audience + " shared").contains(sameDay);
      assertThat(ownPage).as(audience + " own risk").contains(sameDay);
    }
  }

  @Test
  @Tag("hazard-control")
  void immediateDangerWhoseSourceIsNotRecorded_holdsSupportAndAssessesTheSource_butNeverRiskSupport() {
    // given immediate danger with risk to self and to others none or low and no harm from others
    // recorded (from others none, low or Not known), at 16, not engaged and declining, after help that
    // did not help, and again for a child whose parent declines
    for (RiskLevel fromOthers : List.of(RiskLevel.NONE, RiskLevel.LOW, RiskLevel.NOT_KNOWN)) {
      for (RiskLevel self : List.of(RiskLevel.NONE, RiskLevel.LOW)) {
        Risk r = Risk.none().withToSelf(self).withFromOthers(fromOthers, Set.of()).withImmediateDanger(true);
        ThriveCase declines = base().age(16).needs(problems(19, Rating.MODERATE)).risk(r).history(NOT_ENGAGED)
            .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP))).build();
        ThriveCase unhelped = base().age(15).needs(problems(9, Rating.SEVERE)).risk(r)
            .history(noBenefitFromTreatmentOrSpecialist(Engagement.ENGAGED))
            .build();
        for (ThriveCase c : List.of(declines, unhelped)) {
          Advice a = RuleTest.ADVISOR.advise(c);

          // then it is current risk that holds support: the crisis response now, and an assessment of
          // where the danger comes from; never Getting Risk Support on it
          assertThat(RiskSignals.immediateDangerSourceNotRecorded(c)).isTrue();
          assertThat(RiskSignals.hasCurrentRisk(c)).isTrue();
          assertThat(RiskSignals.hasCurrentRiskForRiskSupport(c)).isFalse();
          assertThat(fired(a)).contains("risk.danger-source-not-recorded").doesNotContain("risk.current",
              "risk-support.not-helped", "risk-support.unable-now");
          assertThat(a.suggestion()).isNotEqualTo(java.util.Optional.of(Grouping.GETTING_RISK_SUPPORT));
          assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
          assertThat(a.safeguards()).filteredOn(s -> s.kind() == SafeguardKind.RISK_ASSESSMENT)
              .extracting(org.thrive.model.advice.Safeguard::ruleId).contains("risk.danger-source-not-recorded");
          assertThat(a.riskSignals()).extracting(org.thrive.model.advice.CaseFact::field).contains("risk.immediateDanger");
          if (a.suggestion().isPresent() && a.suggestion().get().offersLessSupportThan(Grouping.GETTING_HELP)) {
            assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).as("support lowered at risk is reviewed")
                .isTrue();
          }
          WhyNot riskSupport = a.whyNot().stream().filter(w -> w.grouping() == Grouping.GETTING_RISK_SUPPORT)
              .findFirst().orElseThrow();
          assertThat(riskSupport.summary().practitioner()).contains("not immediate danger alone");
        }
      }
    }
  }

  /** Goal-based help, then specialist treatment, both ended with no benefit. */
  private static HelpHistory noBenefitFromTreatmentOrSpecialist(Engagement engagement) {
    return new HelpHistory(ImmutableList.of(
        HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, LocalDate.parse("2025-01-01"),
            LocalDate.parse("2025-06-01"), Outcome.NO_BENEFIT),
        HelpEpisode.ended(HelpKind.EXTENSIVE_TREATMENT, LocalDate.parse("2025-07-01"),
            LocalDate.parse("2026-01-01"), Outcome.NO_BENEFIT)), Progress.NOT_REVIEWED, engagement);
  }

  @Test
  @Tag("hazard-control")
  void recentCrisesWithRiskToSelfAndOthersNoneOrLow_holdSupportAndAreAssessed_butNeverRiskSupport() {
    // given recent crises with risk to self and to others assessed as none or low, with and without a
    // concern of harm from others, at 16 not engaged and declining, and after treatment that did not
    // help (the case that once gave Getting Risk Support to a young person at risk of exploitation)
    for (Risk harm : List.of(Risk.none(), Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.EXPLOITATION)))) {
      for (RiskLevel self : List.of(RiskLevel.NONE, RiskLevel.LOW)) {
        Risk r = harm.withToSelf(self).withCrises(new org.thrive.model.risk.Crises(3, 1, 60));
        ThriveCase declines = base().age(16).needs(problems(19, Rating.MODERATE)).risk(r).history(NOT_ENGAGED)
            .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP))).build();
        ThriveCase unhelped = base().age(15).needs(problems(9, Rating.SEVERE)).risk(r)
            .history(noBenefitFromTreatmentOrSpecialist(Engagement.NOT_ENGAGED))
            .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP))).build();
        for (ThriveCase c : List.of(declines, unhelped)) {
          Advice a = RuleTest.ADVISOR.advise(c);

          // then the crises are current risk that holds support, with a safety plan and a risk
          // assessment that reconciles them with the assessed risk; never Getting Risk Support on them
          assertThat(RiskSignals.crisesSourceNotRecorded(c)).isTrue();
          assertThat(RiskSignals.hasCurrentRisk(c)).isTrue();
          assertThat(RiskSignals.hasCurrentRiskForRiskSupport(c)).isFalse();
          assertThat(fired(a)).contains("risk.crises-source-not-recorded").doesNotContain("risk.current",
              "risk-support.not-helped", "risk-support.unable-now");
          assertThat(a.suggestion()).isNotEqualTo(java.util.Optional.of(Grouping.GETTING_RISK_SUPPORT));
          assertThat(a.hasSafeguard(SafeguardKind.SAFETY_PLAN)).isTrue();
          assertThat(a.safeguards()).filteredOn(s -> s.kind() == SafeguardKind.RISK_ASSESSMENT)
              .extracting(org.thrive.model.advice.Safeguard::ruleId).contains("risk.crises-source-not-recorded");
          assertThat(a.riskSignals()).extracting(org.thrive.model.advice.CaseFact::field)
              .contains("risk.crises.emergencyAttendances", "risk.crises.otherCrisisContacts");
          if (a.suggestion().isPresent() && a.suggestion().get().offersLessSupportThan(Grouping.GETTING_HELP)) {
            assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).as("support lowered at risk is reviewed")
                .isTrue();
          }
          if (!RiskSignals.harmFromOthers(c)) {
            continue;
          }
          assertThat(a.hasSafeguard(SafeguardKind.SAFEGUARDING)).isTrue();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 17})
  void from16_aDeclineForASevereNeedWithNoRisk_isTheYoungPersonsToMake(int age) {
    // from 16 the young person's informed choice leads unless there is significant risk
    Advice a = advise(base().age(age).needs(problems(9, Rating.SEVERE, 3, Rating.SEVERE)).history(NOT_ENGAGED)
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP))));
    assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    assertThat(a.needsOnly()).contains(Grouping.GETTING_MORE_HELP);
    assertThat(a.safeguards()).isEmpty();
    // at 15 the same choice is reviewed first (Gillick competence)
    Advice at15 = advise(base().age(15).needs(problems(9, Rating.SEVERE, 3, Rating.SEVERE)).history(NOT_ENGAGED)
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP))));
    assertThat(safeguardsBy(at15, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("choice.severe-need-under-16");
  }

  @Test
  @Tag("hazard-control")
  void youngChild_asksForHelpWhileAParentChoosesLess_supportIsNotLowered_withOrWithoutGoals() {
    for (Preference less : List.of(Preference.ADVICE_OR_SELF_MANAGEMENT, Preference.DECLINES_HELP)) {
      for (boolean goals : List.of(false, true)) {
        Choices choices = Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP),
            Choice.of(Chooser.PARENT_OR_CARER, less));
        Advice a = advise(base().age(8).needs(problems(1, Rating.MODERATE))
            .choices(goals ? choices.withGoals(goalReviewedLater()) : choices));

        // then the same suggestion either way, and the two choices are to be discussed
        assertThat(a.suggestion()).as(less + " goals " + goals).contains(Grouping.GETTING_HELP);
        assertNotFired(a, "choice.self-management");
        ChoiceEffect e = a.choiceEffect().orElseThrow();
        assertThat(e.kind()).isEqualTo(ChoiceEffect.Kind.CHOICES_DIFFER);
        assertThat(e.unused()).filteredOn(u -> u.chooser() == Chooser.PARENT_OR_CARER)
            .extracting(ChoiceEffect.UnusedChoice::why).containsExactly(ChoiceEffect.WhyNotUsed.YOUNG_CHILD_ASKS_FOR_HELP);
        assertThat(e.wording().practitioner()).contains("the child asked for goal-based help")
            .contains("Hear the child's wish");
        assertThat(FamilyView.render(a)).contains("chose different things").doesNotContain("chose to manage");
      }
    }
  }

  @Test
  @Tag("hazard-control")
  void youngChild_asksForHelpWhileAParentDeclinesAtRisk_theDeclineIsStillHeldForReview() {
    Advice a = advise(base().age(10).needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.ABUSE_OR_NEGLECT)))
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP),
            Choice.of(Chooser.PARENT_OR_CARER, Preference.DECLINES_HELP))));
    assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("choice.lower-support-at-risk");
    assertThat(a.hasSafeguard(SafeguardKind.SAFEGUARDING)).isTrue();
  }

  @Test
  @Tag("hazard-control")
  void youngChild_bothChooseLess_theParentsChoiceStillCounts() {
    Advice a = advise(base().age(8).needs(problems(1, Rating.MODERATE)).choices(Choices.of(
        Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP),
        Choice.of(Chooser.PARENT_OR_CARER, Preference.ADVICE_OR_SELF_MANAGEMENT))));
    assertThat(a.suggestion()).contains(Grouping.GETTING_ADVICE);
    assertThat(fired(a)).contains("choice.self-management");
  }

  @Test
  @Tag("hazard-control")
  void everyFieldNotKnown_isListedAtEveryGrouping() {
    Needs needs = Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO)
        .rate(CurrentViewItem.DEPRESSION_LOW_MOOD, Rating.MODERATE).rate(CurrentViewItem.ANXIOUS_GENERALLY, Rating.NOT_KNOWN)
        .complexity(CurrentViewItem.LOOKED_AFTER_CHILD, Presence.NOT_KNOWN).build();
    Advice a = advise(base().needs(needs).history(HelpHistory.notKnown(Engagement.NOT_KNOWN)));

    assertThat(a.status()).isEqualTo(AdviceStatus.SUGGESTION);
    assertThat(a.notKnown()).extracting(CaseFact::field).containsExactly("needs.problem.3", "needs.complexity.1",
        "history.engagement", "history.episodes");
    assertThat(a.notKnown()).allMatch(f -> f.value().equals("Not known"));
    assertThat(PractitionerView.render(a)).contains("Not known yet").contains("Anxious generally (needs.problem.3)")
        .contains("Help the young person has had (history.episodes)");
    assertThat(FamilyView.render(a)).contains("Things we still need to ask about").contains("2 questions on the form")
        .contains("Help you have had before").doesNotContain("Anxious generally");

    Advice none = advise(base().needs(problems(9, Rating.MODERATE)));
    assertThat(none.notKnown()).isEmpty();
    assertThat(PractitionerView.render(none)).doesNotContain("Not known yet");
  }

  @Test
  @Tag("hazard-control")
  void historyNotKnown_isNotAFirstContact_andAtCurrentRiskAsksForItBeforeSuggesting() {
    // at current risk, whether help has been tried decides between help and risk support
    Advice atRisk = advise(base().needs(problems(10, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
        .history(HelpHistory.notKnown(Engagement.ENGAGED)));
    assertThat(atRisk.status()).isEqualTo(AdviceStatus.CANNOT_SUGGEST_YET);
    assertThat(missingFields(atRisk)).contains("history.episodes");
    assertThat(atRisk.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).as("safeguards meanwhile").isTrue();
    assertThat(atRisk.hasSafeguard(SafeguardKind.SAFETY_PLAN)).isTrue();

    // the same case with a known first contact is suggested
    Advice known = advise(base().needs(problems(10, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.HIGH)));
    assertThat(known.status()).isEqualTo(AdviceStatus.SUGGESTION);

    // with no current risk, the needs decide and the history is listed as not known
    Advice noRisk = advise(base().needs(problems(9, Rating.MODERATE)).history(HelpHistory.notKnown(Engagement.ENGAGED)));
    assertThat(noRisk.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(noRisk.notKnown()).extracting(CaseFact::field).contains("history.episodes");
    assertThat(HelpHistory.notKnown(Engagement.ENGAGED).isFirstContact()).isFalse();

    // nothing is Thriving by omission
    Advice nothing = advise(base().history(HelpHistory.notKnown(Engagement.ENGAGED)));
    assertThat(nothing.suggestion()).isNotEqualTo(java.util.Optional.of(Grouping.THRIVING));
  }

  @Test
  void substanceDifficultiesInAYoungChild_areARiskSignal() {
    for (int age : List.of(8, 12, 13, 15)) {
      Advice a = advise(base().age(age).needs(problems(13, Rating.MILD)));
      boolean young = age < RiskSignals.SUBSTANCE_SAFEGUARDING_UNDER;
      assertThat(a.riskSignals()).extracting(CaseFact::field).as("age " + age)
          .matches(f -> f.contains("needs.problem.13") == young);
      assertThat(a.hasSafeguard(SafeguardKind.SAFEGUARDING)).isEqualTo(young);
    }
  }

  @Test
  void immediateDangerFromOthers_isDefinedOnlyWithAConcernOfHarmFromOthers() {
    Set<RiskLevel> lowOrNone = EnumSet.of(RiskLevel.NONE, RiskLevel.LOW);
    for (RiskLevel self : RiskLevel.values()) {
      for (RiskLevel others : RiskLevel.values()) {
        for (RiskLevel from : RiskLevel.values()) {
          ThriveCase c = base().risk(Risk.none().withToSelf(self).withToOthers(others)
              .withFromOthers(from, Set.of()).withImmediateDanger(true)).build();
          boolean expected = lowOrNone.contains(self) && lowOrNone.contains(others) && from.isSignificant();
          assertThat(RiskSignals.immediateDangerFromOthers(c)).as(self + " " + others + " " + from).isEqualTo(expected);
          // immediate danger is current risk whatever its source; it is risk to self or others only
          // when one of them is significant (never on what is Not known)
          assertThat(RiskSignals.hasCurrentRisk(c)).as("current " + self + " " + others + " " + from).isTrue();
          assertThat(RiskSignals.hasCurrentRiskForRiskSupport(c)).as("for risk support " + self + " " + others)
              .isEqualTo(self.isSignificant() || others.isSignificant());
        }
      }
    }
  }

  @Test
  @Tag("hazard-control")
  void crisesWithNoPeriod_areNotKnownInTime_neverAssumedRecent() throws Exception {
    ThriveCase c = new org.thrive.json.CaseReader().read(new java.io.ByteArrayInputStream(("{\"caseId\":\"c\",\"age\":16,"
        + "\"assessmentDate\":\"2026-03-02\",\"needs\":{\"problems\":{\"9\":\"Moderate\"},\"unlisted\":\"None\","
        + "\"unlistedComplexityFactors\":\"No\"},\"choices\":[{\"by\":\"young person\",\"wants\":\"declines help\"}],"
        + "\"risk\":{\"toSelf\":\"low\",\"toOthers\":\"none\",\"fromOthers\":\"none\",\"crises\":{\"emergencyAttendances\":1}},"
        + "\"history\":{\"episodes\":[{\"kind\":\"evidence-based intervention\",\"start\":\"2025-01-01\",\"end\":"
        + "\"2025-04-01\",\"outcome\":\"no benefit\"},{\"kind\":\"evidence-based intervention\",\"start\":\"2025-06-01\","
        + "\"end\":\"2025-09-01\",\"outcome\":\"no benefit\"}],\"engagement\":\"not engaged\"}}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(c.risk().crises().periodKnown()).isFalse();
    assertThat(c.risk().crises().recent()).isFalse();
    Advice a = RuleTest.ADVISOR.advise(c);
    assertThat(a.suggestion()).isNotEqualTo(java.util.Optional.of(Grouping.GETTING_RISK_SUPPORT));
    assertThat(a.hasSafeguard(SafeguardKind.RISK_ASSESSMENT)).isTrue();
    assertThat(a.notKnown()).extracting(CaseFact::field).contains("risk.crises");
    assertThat(a.riskSignals()).extracting(CaseFact::value).anyMatch(v -> v.contains("period not recorded"))
        .noneMatch(v -> v.contains("in 90 days"));
    assertThat(new org.thrive.json.CaseWriter().toTree(c).at("/risk/crises").has("periodDays")).isFalse();
  }

  @Test
  @Tag("hazard-control")
  void parentDeclinesForAYoungChildAtRisk_isReviewedWithSafeguarding_andNeverMakesRiskSupport() {
    Advice a = advise(base().age(7).needs(problems(15, Rating.MODERATE)).risk(Risk.none().withToOthers(RiskLevel.HIGH))
        .history(NOT_ENGAGED).choices(Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.DECLINES_HELP))));
    assertThat(a.suggestion()).isPresent().get().isNotEqualTo(Grouping.GETTING_RISK_SUPPORT);
    assertThat(safeguardsBy(a, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("choice.parent-declines-at-risk");
    assertThat(safeguardsBy(a, SafeguardKind.SAFEGUARDING)).contains("choice.parent-declines-at-risk");
    assertNotFired(a, "history.unable-to-use-help-now");
    assertThat(FamilyView.render(a)).doesNotContain("Right now it is hard for you to use the help on offer");

    // at 13 the parent's refusal at risk is reviewed too (without the safeguarding prompt)
    Advice at13 = advise(base().age(13).needs(problems(15, Rating.MODERATE)).risk(Risk.none().withToOthers(RiskLevel.HIGH))
        .choices(Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.DECLINES_HELP))));
    assertThat(safeguardsBy(at13, SafeguardKind.CLINICAL_REVIEW_REQUIRED)).contains("choice.parent-declines-at-risk");
    assertThat(safeguardsBy(at13, SafeguardKind.SAFEGUARDING)).doesNotContain("choice.parent-declines-at-risk");
  }

  @Test
  @Tag("hazard-control")
  void sameHelpAtRisk_isNotSaidAtAFirstContact() {
    Advice a = advise(base().age(16).needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
        .history(NOT_ENGAGED).choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP),
            Choice.of(Chooser.PARENT_OR_CARER, Preference.GOAL_BASED_HELP))));
    assertNotFired(a, "choice.same-help-at-risk");
    assertThat(FamilyView.render(a)).doesNotContain("help so far has not worked");
  }

  @Test
  @Tag("hazard-control")
  void dangerFromOthers_theFamilyPageDoesNotAnnounceSameDayAction_untilItIsSafeToShare() {
    Advice a = RuleTest.ADVISOR.adviseForDiscussion(base().age(7).needs(problems(19, Rating.MILD))
        .risk(Risk.none().withFromOthers(RiskLevel.HIGH, Set.of(HarmFromOthers.DOMESTIC_ABUSE)).withImmediateDanger(true))
        .choices(Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.ADVICE_OR_SELF_MANAGEMENT))).build());
    assertThat(a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)).isTrue();
    String parent = FamilyView.render(a, new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, false)).text();
    assertThat(parent).doesNotContain("safe today").doesNotContain("Safety comes first");
    String shared = FamilyView.render(a, new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, true)).text();
    assertThat(shared).contains("Safety comes first");
    // danger whose source is not recorded (risk to self and others none) is told neutrally too
    Advice unknownSource = RuleTest.ADVISOR.adviseForDiscussion(base().age(10).needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withFromOthers(RiskLevel.NOT_KNOWN, Set.of()).withImmediateDanger(true)).build());
    assertThat(FamilyView.render(unknownSource, new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, false)).text())
        .doesNotContain("safe today");
    // danger from the young person's own actions is announced as before
    Advice own = advise(base().needs(problems(10, Rating.SEVERE)).risk(Risk.none().withToSelf(RiskLevel.HIGH)
        .withImmediateDanger(true)));
    assertThat(FamilyView.render(own)).contains("Safety comes first");
  }

  @Test
  void aPageWithNoRisk_doesNotDescribeRiskSupport() {
    Advice a = RuleTest.ADVISOR.adviseForDiscussion(base().age(8).needs(problems(1, Rating.MODERATE)).build());
    assertThat(a.riskSignals()).isEmpty();
    assertThat(FamilyView.render(a)).doesNotContain("Getting Risk Support is for");
  }

  @Test
  void historyNotKnown_isSaidSo_andRiskAloneIsNotSaidToRuleOutRiskSupport() {
    Advice a = advise(base().needs(problems(10, Rating.MODERATE)).risk(Risk.none().withToSelf(RiskLevel.HIGH))
        .history(HelpHistory.notKnown(Engagement.ENGAGED)));
    assertNotFired(a, "risk.alone-not-risk-support");
    assertThat(a.reasons()).flatExtracting(org.thrive.model.advice.Reason::facts)
        .filteredOn(f -> f.field().equals("history.episodes")).allMatch(f -> f.value().equals("Not known"));
  }

  @Test
  void substanceDifficultiesModerateOrWorse_areARiskSignalAtAnyAge() {
    Advice a = advise(base().age(15).needs(problems(13, Rating.MODERATE)));
    assertThat(a.riskSignals()).extracting(CaseFact::field).contains("needs.problem.13");
  }
}
