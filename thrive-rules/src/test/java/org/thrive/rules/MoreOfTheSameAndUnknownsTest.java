package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.rules.TestCases.ASSESSED;
import static org.thrive.rules.TestCases.base;
import static org.thrive.rules.TestCases.history;
import static org.thrive.rules.TestCases.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.ChoiceEffect;
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
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Rating;

/**
 * Three principles, each over every case of a small generated set rather than a few examples:
 * help that did not help is never simply given again without a clinical review, whatever proposed
 * it; drug and alcohol difficulties Not known in a young child are unknown risk; and an
 * explanation says a choice waits for goals only when goals are what it waits for.
 */
class MoreOfTheSameAndUnknownsTest {
  private static final ThriveAdvisor ADVISOR = ThriveAdvisor.withDefaultRules();
  private static final int RECENT = org.thrive.rules.facts.Episode.RECENT_DAYS;

  private static List<Safeguard> reviews(Advice a) {
    return a.safeguards().stream().filter(s -> s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED).toList();
  }

  private static boolean raisedByTheNet(Advice a) {
    return a.safeguards().stream().anyMatch(s -> s.ruleId().equals(SafetyNet.SAME_HELP_AGAIN_ID));
  }

  /** Cases with one earlier episode of each kind, outcome and age, each review, needs and choice. */
  private static List<ThriveCase> histories() {
    List<ThriveCase> out = new ArrayList<>();
    int id = 0;
    Rating[] lowMood = {Rating.MILD, Rating.MODERATE, Rating.SEVERE};
    Preference[] wants = {null, Preference.ADVICE_OR_SELF_MANAGEMENT, Preference.GOAL_BASED_HELP,
        Preference.SPECIALIST_TREATMENT};
    for (HelpKind kind : HelpKind.values()) {
      for (Outcome outcome : Outcome.values()) {
        for (int endedDaysAgo : new int[] {-1, 20, 90, RECENT - 1, RECENT + 30}) {
          if (outcome == Outcome.ONGOING) {
            if (endedDaysAgo != -1) {
              continue;
            }
          } else if (endedDaysAgo == -1) {
            continue;
          }
          LocalDate start = ASSESSED.minusDays(endedDaysAgo < 0 ? 60 : endedDaysAgo + 90);
          HelpEpisode episode = endedDaysAgo < 0 ? HelpEpisode.ongoing(kind, start)
              : HelpEpisode.ended(kind, start, ASSESSED.minusDays(endedDaysAgo), outcome);
          for (Progress review : Progress.values()) {
            for (Rating rating : lowMood) {
              for (Preference p : wants) {
                for (boolean goals : new boolean[] {false, true}) {
                  Choices choices = p == null ? Choices.none() : Choices.of(Choice.of(Chooser.YOUNG_PERSON, p));
                  if (goals) {
                    choices = choices.withGoals(new Goal("feel less low", Optional.of(ASSESSED.plusDays(70))));
                  }
                  out.add(base().caseId("h" + id++).needs(problems(9, rating))
                      .history(history(Engagement.ENGAGED, review, episode)).choices(choices).build());
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void theSameHelpAgain_afterItDidNotHelp_alwaysHasAClinicalReview_whateverProposedIt() {
    int same = 0;
    int netRaised = 0;
    for (ThriveCase c : histories()) {
      Advice a = ADVISOR.advise(c);
      HelpEpisode latest = c.history().episodes().get(c.history().episodes().size() - 1);
      boolean recent = latest.end().map(e -> !e.plusDays(RECENT).isBefore(c.assessmentDate())).orElse(true);
      boolean reviewCurrent = latest.end().map(e -> !e.plusDays(ADVISOR.localConfiguration().reviewCurrentWithinDays()).isBefore(c.assessmentDate())).orElse(true);
      boolean didNotHelp = latest.outcome() == Outcome.NO_BENEFIT && recent
          || reviewCurrent && (c.history().latestReview() == Progress.NO_PROGRESS
              || c.history().latestReview() == Progress.DETERIORATED);
      boolean sameAgain = latest.kind() != HelpKind.RISK_SUPPORT
          && a.suggestion().equals(Optional.of(SafetyNet.groupingOf(latest.kind())));
      if (didNotHelp && sameAgain) {
        same++;
        assertThat(reviews(a)).as("case %s: %s again after it did not help", c.caseId(), a.suggestion().get())
            .isNotEmpty();
        netRaised += raisedByTheNet(a) ? 1 : 0;
      } else {
        assertThat(raisedByTheNet(a)).as("case %s: not the same help after help that did not help", c.caseId())
            .isFalse();
      }
      // one clinical review from the net, never a second on top of a rule's
      if (raisedByTheNet(a)) {
        assertThat(reviews(a)).as("case %s", c.caseId()).hasSize(1);
        assertThat(a.safeguards().stream().filter(s -> s.ruleId().equals(SafetyNet.SAME_HELP_AGAIN_ID)).findFirst()
            .orElseThrow().facts()).anyMatch(f -> f.field().startsWith("history.episodes["));
      }
    }
    // the set covers both: cases where the rules already ask for the review, and cases only the net catches
    assertThat(same).isGreaterThan(20);
    assertThat(netRaised).isGreaterThan(5).isLessThan(same);
  }

  @Test
  void goalsBasedHelpAgainAfterNoBenefit_withOrWithoutGoalsOrAChoice_isReviewed_andTheReviewIsNotCreditedToTheChoice() {
    HelpEpisode noBenefit = HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.minusDays(210),
        ASSESSED.minusDays(90), Outcome.NO_BENEFIT);
    ThriveCase.Builder b = base().needs(problems(9, Rating.MODERATE))
        .history(history(Engagement.ENGAGED, Progress.NOT_REVIEWED, noBenefit));
    Choices asks = Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP));

    Advice needsOnly = ADVISOR.advise(b.choices(Choices.none()).build());
    Advice choiceNoGoals = ADVISOR.advise(b.choices(asks).build());
    Advice choiceAndGoals = ADVISOR.advise(b.choices(asks.withGoals(Goal.of("feel less low"))).build());

    for (Advice a : List.of(needsOnly, choiceNoGoals, choiceAndGoals)) {
      assertThat(a.suggestion()).contains(Grouping.GETTING_HELP);
      assertThat(reviews(a)).hasSize(1);
    }
    assertThat(reviews(needsOnly).get(0).ruleId()).isEqualTo(SafetyNet.SAME_HELP_AGAIN_ID);
    assertThat(reviews(needsOnly).get(0).practitioner()).contains("Getting Help").contains("never simply more of the same");
    assertThat(reviews(needsOnly).get(0).family()).contains("did not make things better").doesNotContain("Getting Help");
    assertThat(reviews(choiceNoGoals).get(0).ruleId()).isEqualTo(SafetyNet.SAME_HELP_AGAIN_ID);
    // with goals the choice rule proposes Getting Help and the history rule asks for the review itself
    assertThat(reviews(choiceAndGoals).get(0).ruleId()).isEqualTo("review.same-help-again");
    // the case would need the review without its choice: the choice did not hold or change anything
    assertThat(choiceNoGoals.choiceEffect().orElseThrow().kind()).isEqualTo(ChoiceEffect.Kind.CONFIRMED);
    assertThat(choiceNoGoals.choiceEffect().orElseThrow().wording().practitioner())
        .doesNotContain(SafetyNet.SAME_HELP_AGAIN_ID);
    // on the family page the review is about the plan, not a worry about safety: with no risk in the
    // case, nothing there speaks of Getting Risk Support
    String page = FamilyView.render(needsOnly, new FamilyView.Options(FamilyView.Audience.YOUNG_PERSON, false)).text();
    assertThat(page).contains("did not make things better").doesNotContain("Getting Risk Support");
    Advice atRisk = ADVISOR.advise(b.choices(Choices.none()).risk(org.thrive.model.risk.Risk.none()
        .withToSelf(org.thrive.model.risk.RiskLevel.MEDIUM)).build());
    assertThat(FamilyView.render(atRisk, new FamilyView.Options(FamilyView.Audience.YOUNG_PERSON, false)).text())
        .contains("Getting Risk Support");
  }

  @Test
  void helpThatHelped_orNoBenefitLongAgo_orADifferentSuggestion_raisesNoReviewForMoreOfTheSame() {
    LocalDate start = ASSESSED.minusDays(700);
    HelpEpisode longAgo = HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, start, ASSESSED.minusDays(RECENT + 1),
        Outcome.NO_BENEFIT);
    HelpEpisode helped = HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, start, ASSESSED.minusDays(30),
        Outcome.GOALS_PARTLY_MET);
    HelpEpisode recentNoBenefit = HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, start, ASSESSED.minusDays(30),
        Outcome.NO_BENEFIT);

    Advice afterLongAgo = ADVISOR.advise(base().needs(problems(9, Rating.MODERATE))
        .history(history(Engagement.ENGAGED, Progress.NOT_REVIEWED, longAgo)).build());
    Advice afterHelped = ADVISOR.advise(base().needs(problems(9, Rating.MODERATE))
        .history(history(Engagement.ENGAGED, Progress.NOT_REVIEWED, helped)).build());
    Advice adviceNow = ADVISOR.advise(base().needs(problems(9, Rating.MILD))
        .history(history(Engagement.ENGAGED, Progress.NOT_REVIEWED, recentNoBenefit)).build());

    assertThat(afterLongAgo.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(raisedByTheNet(afterLongAgo)).isFalse();
    assertThat(afterHelped.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(raisedByTheNet(afterHelped)).isFalse();
    assertThat(adviceNow.suggestion()).isNotEqualTo(Optional.of(Grouping.GETTING_HELP));
    assertThat(raisedByTheNet(adviceNow)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 8, 12, 13, 15, 17})
  void drugAndAlcoholNotKnown_isUnknownRisk_atEveryAge(int age) {
    Needs needs = Needs.builder().unlistedRatings(Rating.NONE)
        .unlistedComplexityFactors(org.thrive.model.needs.Presence.NO)
        .problem(9, Rating.MODERATE).problem(13, Rating.NOT_KNOWN).build();
    ThriveCase c = base().age(age).needs(needs)
        .choices(Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.ADVICE_OR_SELF_MANAGEMENT))).build();

    Advice a = ADVISOR.advise(c);

    // drug and alcohol difficulties bear on safety at every age (Moderate or worse; under 13 any
    // difficulty): Not known is unknown risk, a risk signal with a risk assessment naming it
    String field = "needs." + CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES.code();
    assertThat(a.riskSignals()).anyMatch(f -> f.field().equals(field) && f.value().equals("Not known"));
    assertThat(a.safeguards()).anyMatch(s -> s.kind() == SafeguardKind.RISK_ASSESSMENT && s.practitioner().contains(field));
    assertThat(a.notKnown()).anyMatch(f -> f.field().equals(field));
    // rated None, it is neither
    Advice none = ADVISOR.advise(c.toBuilder().needs(problems(9, Rating.MODERATE)).build());
    assertThat(none.riskSignals()).noneMatch(f -> f.field().equals(field));
    assertThat(none.safeguards()).noneMatch(s -> s.kind() == SafeguardKind.RISK_ASSESSMENT);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"5, PARENT_OR_CARER", "8, PARENT_OR_CARER", "11, PARENT_OR_CARER",
      "13, YOUNG_PERSON", "15, YOUNG_PERSON", "17, YOUNG_PERSON"})
  void aChoiceOfLessSupport_waitsForDrugAndAlcoholToBeAskedAbout_atEveryAge(int age, Chooser by) {
    // the one whose informed choice of less support counts at this age
    Choices advice = Choices.of(Choice.of(by, Preference.ADVICE_OR_SELF_MANAGEMENT));
    Needs notKnown = Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(org.thrive.model.needs.Presence.NO)
        .problem(9, Rating.MODERATE).problem(13, Rating.NOT_KNOWN).build();

    Advice unknown = ADVISOR.advise(base().age(age).needs(notKnown).choices(advice).build());
    Advice none = ADVISOR.advise(base().age(age).needs(problems(9, Rating.MODERATE)).choices(advice).build());

    // asked about, and rated None, the informed choice counts
    assertThat(none.suggestion()).contains(Grouping.GETTING_ADVICE);
    // not asked about, unknown is not none: as for every risk-bearing item, risk is assessed before
    // the choice lowers support, and no reason claims that risk has been assessed
    assertThat(unknown.status()).isEqualTo(org.thrive.model.advice.AdviceStatus.CANNOT_SUGGEST_YET);
    assertThat(unknown.suggestion()).isEmpty();
    assertThat(unknown.missing()).anyMatch(m -> m.field().equals("risk"));
    assertThat(unknown.reasons()).noneMatch(r -> r.ruleId().equals("choice.self-management"));
    assertThat(unknown.safeguards()).anyMatch(s -> s.kind() == SafeguardKind.RISK_ASSESSMENT);
    assertThat(unknown.notKnown()).anyMatch(f -> f.field().equals("needs." + CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES.code()));
  }

  @Test
  void aChoiceIsSaidToWaitForGoals_onlyWhenAgreeingGoalsLetsARuleActOnIt() {
    // the rules that need agreed goals: with goals, does one of them propose on the case?
    java.util.Set<String> needGoals = new java.util.HashSet<>();
    for (RuleInfo r : ADVISOR.loadedRules().rules()) {
      if (r.requires().contains(Criterion.GOALS_AGREED)) {
        needGoals.add(r.id());
      }
    }
    assertThat(needGoals).isNotEmpty();
    int saidGoals = 0;
    int saidNoRule = 0;
    List<org.thrive.model.history.HelpHistory> histories = new ArrayList<>();
    histories.add(org.thrive.model.history.HelpHistory.firstContact(Engagement.ENGAGED));
    for (HelpKind kind : new HelpKind[] {HelpKind.ADVICE, HelpKind.EVIDENCE_BASED_INTERVENTION}) {
      for (Progress review : new Progress[] {Progress.NO_PROGRESS, Progress.PROGRESSING}) {
        histories.add(history(Engagement.ENGAGED, review, HelpEpisode.ongoing(kind, ASSESSED.minusDays(90))));
      }
    }
    for (org.thrive.model.history.HelpHistory h : histories) {
    for (int age : new int[] {7, 10, 14, 17}) {
      for (int item : new int[] {1, 9, 11, 12}) {
        for (Rating rating : new Rating[] {Rating.MILD, Rating.MODERATE, Rating.SEVERE}) {
          for (Chooser by : Chooser.values()) {
            ThriveCase c = base().caseId("g").age(age).needs(problems(item, rating)).history(h)
                .choices(Choices.of(Choice.of(by, Preference.GOAL_BASED_HELP))).build();
            Advice a = ADVISOR.advise(c);
            Optional<ChoiceEffect.UnusedChoice> waiting = a.choiceEffect().orElseThrow().unused().stream()
                .filter(u -> u.preference() == Preference.GOAL_BASED_HELP && u.why() == ChoiceEffect.WhyNotUsed.NO_RULE_APPLIES)
                .findFirst();
            if (waiting.isEmpty()) {
              continue;
            }
            boolean mentionsGoals = a.choiceEffect().orElseThrow().wording().practitioner().contains("agreed goals");
            Advice withGoals = ADVISOR.advise(c.toBuilder()
                .choices(c.choices().withGoals(new Goal("sleep better", Optional.of(ASSESSED.plusDays(60))))).build());
            boolean actedOnWithGoals = withGoals.reasons().stream()
                .anyMatch(r -> needGoals.contains(r.ruleId()) && r.proposal().isPresent());
            assertThat(mentionsGoals).as("age %s item %s %s by %s", age, item, rating, by).isEqualTo(actedOnWithGoals);
            assertThat(a.choiceEffect().orElseThrow().forParent().contains("agree some goals")).isEqualTo(mentionsGoals);
            if (mentionsGoals) {
              saidGoals++;
            } else {
              saidNoRule++;
              assertThat(a.choiceEffect().orElseThrow().wording().practitioner())
                  .contains("no rule acts on this choice for these needs");
            }
          }
        }
      }
    }
    }
    assertThat(saidGoals).isPositive();
    assertThat(saidNoRule).isPositive();
  }
}
