package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Goal;
import org.thrive.model.choice.Preference;
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
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;

/**
 * Runs an advisor's rules over every combination of the case features that matter (needs, the
 * young person's and a parent's choices, goals, risk, history of help, engagement: 13,824 cases)
 * and reports the
 * cases that get no grouping because no rule proposed one (gaps), the cases where rules on the
 * same basis disagreed (conflicts, settled by the advisor's policy), and the cases where the
 * rules ask for more information. So an author sees gaps before a family does.
 */
public final class CompletenessCheck {
  /** A generated case, described by the values it was generated from. */
  public record Finding(String description, Optional<String> detail) {}

  /**
   * The outcome.
   *
   * @param cases how many cases were evaluated
   * @param gaps cases no rule proposed a grouping for
   * @param conflicts cases where rules on the same basis proposed different groupings
   * @param askForInformation cases where the rules asked for information before suggesting
   */
  public record Report(int cases, ImmutableList<Finding> gaps, ImmutableList<Finding> conflicts,
      ImmutableList<Finding> askForInformation) {}

  private enum NeedsPattern { ALL_NONE, MILD, MODERATE, SEVERE, SEVERE_EATING, MILD_AND_NOT_KNOWN, ALL_NOT_KNOWN, CONTEXT_ONLY }

  private enum RiskPattern { NONE, LOW, MEDIUM, HIGH_IMMEDIATE, NOT_KNOWN, EXPLOITATION }

  private enum HistoryPattern { FIRST_CONTACT, GOALS_MET, NO_PROGRESS, DISENGAGED, TWO_UNHELPED, ONGOING_PROGRESSING }

  /** Who chose what: nobody, the young person (each preference), a parent, or both differing. */
  private enum ChoicePattern {
    NONE, YP_ADVICE, YP_GOAL_BASED, YP_SPECIALIST, YP_DECLINES, PARENT_ADVICE, PARENT_GOAL_BASED,
    YP_ADVICE_PARENT_GOAL_BASED
  }

  private static final LocalDate ASSESSED = LocalDate.of(2026, 1, 5);

  private CompletenessCheck() {}

  /** Checks the advisor's current rules. */
  public static Report run(ThriveAdvisor advisor) {
    List<Finding> gaps = new ArrayList<>();
    List<Finding> conflicts = new ArrayList<>();
    List<Finding> ask = new ArrayList<>();
    List<Generated> all = generated();
    for (Generated g : all) {
      Advice a = advisor.advise(g.thriveCase());
      if (a.status() == AdviceStatus.CANNOT_SUGGEST_YET) {
        boolean noProposal = a.missing().stream().allMatch(m -> m.field().equals("grouping"));
        if (noProposal) {
          gaps.add(new Finding(g.description(), Optional.empty()));
        } else {
          ask.add(new Finding(g.description(), Optional.of(a.missing().get(0).field())));
        }
      }
      a.resolution().ifPresent(r -> conflicts.add(new Finding(g.description(), Optional.of(r.explanation()))));
    }
    return new Report(all.size(), ImmutableList.copyOf(gaps), ImmutableList.copyOf(conflicts), ImmutableList.copyOf(ask));
  }

  /** One generated case and the patterns it was made from, in words. */
  private record Generated(ThriveCase thriveCase, String description) {}

  /** The generated cases, in the order {@link #run} checks them. */
  static List<ThriveCase> cases() {
    return generated().stream().map(Generated::thriveCase).toList();
  }

  private static List<Generated> generated() {
    List<Generated> out = new ArrayList<>();
    int n = 0;
    for (NeedsPattern needs : NeedsPattern.values()) {
      for (ChoicePattern choice : ChoicePattern.values()) {
        for (boolean goals : new boolean[] {false, true}) {
          for (RiskPattern risk : RiskPattern.values()) {
            for (HistoryPattern history : HistoryPattern.values()) {
              for (Engagement engagement : new Engagement[] {Engagement.ENGAGED, Engagement.AMBIVALENT, Engagement.NOT_ENGAGED}) {
                out.add(new Generated(build(n++, needs, choice, goals, risk, history, engagement), "needs=" + needs
                    + " choice=" + choice + " goals=" + (goals ? "AGREED" : "NONE") + " risk=" + risk + " history="
                    + history + " engagement=" + engagement));
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static ThriveCase build(int n, NeedsPattern needs, ChoicePattern choice, boolean goals,
      RiskPattern risk, HistoryPattern history, Engagement engagement) {
    Needs.Builder nb = Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO);
    switch (needs) {
      case ALL_NONE -> { }
      case MILD -> nb.problem(9, Rating.MILD);
      case MODERATE -> nb.problem(3, Rating.MODERATE);
      case SEVERE -> nb.problem(4, Rating.SEVERE);
      case SEVERE_EATING -> nb.rate(CurrentViewItem.EATING_ISSUES, Rating.SEVERE);
      case MILD_AND_NOT_KNOWN -> nb.problem(9, Rating.MILD).problem(10, Rating.NOT_KNOWN);
      case ALL_NOT_KNOWN -> nb.unlistedRatings(Rating.NOT_KNOWN);
      case CONTEXT_ONLY -> nb.rate(CurrentViewItem.CONTEXT_HOME, Rating.MODERATE);
    }
    Risk r = switch (risk) {
      case NONE -> Risk.none();
      case LOW -> Risk.none().withToSelf(RiskLevel.LOW);
      case MEDIUM -> Risk.none().withToSelf(RiskLevel.MEDIUM);
      case HIGH_IMMEDIATE -> Risk.none().withToSelf(RiskLevel.HIGH).withImmediateDanger(true)
          .withCrises(new Crises(1, 0, 90));
      case NOT_KNOWN -> Risk.notAssessed();
      case EXPLOITATION -> Risk.none().withFromOthers(RiskLevel.LOW, java.util.Set.of(
          org.thrive.model.risk.HarmFromOthers.EXPLOITATION));
    };
    LocalDate s1 = ASSESSED.minusMonths(10);
    LocalDate s2 = ASSESSED.minusMonths(5);
    HelpHistory h = switch (history) {
      case FIRST_CONTACT -> HelpHistory.firstContact(engagement);
      case GOALS_MET -> new HelpHistory(ImmutableList.of(HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, s2,
          s2.plusMonths(3), Outcome.GOALS_MET)), Progress.GOALS_MET, engagement);
      case NO_PROGRESS -> new HelpHistory(ImmutableList.of(HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, s2,
          s2.plusMonths(3), Outcome.NO_BENEFIT)), Progress.NO_PROGRESS, engagement);
      case DISENGAGED -> new HelpHistory(ImmutableList.of(HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, s2,
          s2.plusMonths(1), Outcome.DISENGAGED)), Progress.NOT_REVIEWED, engagement);
      case TWO_UNHELPED -> new HelpHistory(ImmutableList.of(
          HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, s1, s1.plusMonths(3), Outcome.NO_BENEFIT),
          HelpEpisode.ended(HelpKind.EXTENSIVE_TREATMENT, s2, s2.plusMonths(3), Outcome.DISENGAGED)),
          Progress.NO_PROGRESS, engagement);
      case ONGOING_PROGRESSING -> new HelpHistory(ImmutableList.of(
          HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, s1, s1.plusMonths(3), Outcome.DISENGAGED),
          HelpEpisode.ongoing(HelpKind.EXTENSIVE_TREATMENT, s2)), Progress.PROGRESSING, engagement);
    };
    Choices choices = switch (choice) {
      case NONE -> Choices.none();
      case YP_ADVICE -> Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT));
      case YP_GOAL_BASED -> Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP));
      case YP_SPECIALIST -> Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.SPECIALIST_TREATMENT));
      case YP_DECLINES -> Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP));
      case PARENT_ADVICE -> Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.ADVICE_OR_SELF_MANAGEMENT));
      case PARENT_GOAL_BASED -> Choices.of(Choice.of(Chooser.PARENT_OR_CARER, Preference.GOAL_BASED_HELP));
      case YP_ADVICE_PARENT_GOAL_BASED -> Choices.of(
          Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT),
          Choice.of(Chooser.PARENT_OR_CARER, Preference.GOAL_BASED_HELP));
    };
    if (goals) {
      choices = choices.withGoals(new Goal("a goal", Optional.of(ASSESSED.plusWeeks(12))));
    }
    return ThriveCase.builder().caseId("generated-" + n).age(14).assessmentDate(ASSESSED).needs(nb.build())
        .choices(choices).risk(r).history(h).build();
  }
}
