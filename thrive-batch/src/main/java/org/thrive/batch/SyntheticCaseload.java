package org.thrive.batch;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.thrive.model.Agency;
import org.thrive.model.ThriveCase;
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
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Crises;
import org.thrive.model.risk.HarmFromOthers;
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;

/**
 * Realistic synthetic caseloads, for tests, benchmarks and examples. <b>Never real data</b>: every
 * case is drawn from the distributions below, and case {@code i} of seed {@code s} is always the
 * same case (each case has its own random stream), so a caseload is reproducible, can be
 * generated in parallel, and any case can be regenerated alone.
 *
 * <p>The distributions (shares of cases, approximately):
 *
 * <ul>
 *   <li><b>Age</b>: 5 to 11, 30%; 12 to 15, 45%; 16 and 17, 25%.
 *   <li><b>Needs</b> (the highest problem rating): none, 12% (half of them with a contextual
 *       difficulty such as home or school); one Mild problem, 33%; Moderate, 33% (one problem,
 *       sometimes with a Mild one); one Severe problem, 12%; two or more Severe, 3%; a
 *       neurodevelopmental profile (concentration or developmental difficulties) at Moderate, 7%.
 *       Problems are drawn from the Current View's common items (low mood, anxiety, behaviour,
 *       family and peer relationships, self-harm, eating, trauma).
 *   <li><b>Not known</b>: 8% have one to three items Not known; 4% have risk to self Not known; 3%
 *       have engagement Not known; 3% have the history of help not known.
 *   <li><b>Risk</b>: 84% none or low; risk to self medium 9%, high 3% (a third of them with recent
 *       crises); risk to others medium or high 2%; a concern of harm from others (exploitation,
 *       abuse, domestic abuse, bullying) 4%, with immediate danger in a quarter of those.
 *   <li><b>History of help</b>: first contact 58%; one episode that helped (goals met or partly
 *       met) 22%; help that did not help (no benefit, or two disengagements) 10%, one in five of
 *       them after specialist treatment; help now ongoing 10%, reviewed as progressing, no
 *       progress or not yet.
 *   <li><b>Engagement</b>: engaged 78%, unsure 11%, not engaged 8%, not known 3%.
 *   <li><b>Choices</b>: none recorded 45%; goal-based help 27% (with goals and a review date);
 *       advice or self-management 15%; declining help 6%; specialist treatment 5%; a young person
 *       and a parent who differ 2%.
 *   <li><b>Complexity factors</b>: each of looked after, young carer, learning disability, protection
 *       plan, child in need present in 1% to 5%; the rest No. Agencies (school, social care,
 *       police) are involved in 10%.
 * </ul>
 *
 * <p>Thread-safe and immutable.
 */
public final class SyntheticCaseload {
  /** The assessment date of every synthetic case. */
  public static final LocalDate ASSESSED = LocalDate.of(2026, 3, 2);

  private static final List<CurrentViewItem> COMMON = List.of(CurrentViewItem.DEPRESSION_LOW_MOOD,
      CurrentViewItem.ANXIOUS_GENERALLY, CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS, CurrentViewItem.PANICS,
      CurrentViewItem.BEHAVIOURAL_DIFFICULTIES, CurrentViewItem.FAMILY_RELATIONSHIP_DIFFICULTIES,
      CurrentViewItem.PEER_RELATIONSHIP_DIFFICULTIES, CurrentViewItem.SELF_HARM, CurrentViewItem.EATING_ISSUES,
      CurrentViewItem.DISTURBED_BY_TRAUMATIC_EVENT, CurrentViewItem.COMPELLED_TO_DO_OR_THINK_THINGS,
      CurrentViewItem.ANXIOUS_AWAY_FROM_CAREGIVERS);
  private static final List<CurrentViewItem> CONTEXT = List.of(CurrentViewItem.values()).stream()
      .filter(i -> i.part() == Part.CONTEXTUAL_PROBLEM || i.part() == Part.EDUCATION).toList();
  private static final List<CurrentViewItem> FACTORS = List.of(CurrentViewItem.LOOKED_AFTER_CHILD,
      CurrentViewItem.YOUNG_CARER_STATUS, CurrentViewItem.LEARNING_DISABILITY, CurrentViewItem.CURRENT_PROTECTION_PLAN,
      CurrentViewItem.CHILD_IN_NEED);

  private final long seed;

  private SyntheticCaseload(long seed) {
    this.seed = seed;
  }

  /** The caseload of this seed. */
  public static SyntheticCaseload seeded(long seed) {
    return new SyntheticCaseload(seed);
  }

  /** Case {@code index} (from 0) of this caseload; its id is {@code syn-<seed>-<index>}. */
  public ThriveCase get(long index) {
    SplittableRandom r = new SplittableRandom(mix(seed, index));
    int age = pick(r, 30, 45, 25) == 0 ? 5 + r.nextInt(7) : r.nextInt(100) < 64 ? 12 + r.nextInt(4) : 16 + r.nextInt(2);
    Needs needs = needs(r, age);
    Risk risk = risk(r);
    HelpHistory history = history(r, age);
    Choices choices = choices(r, age);
    ThriveCase.Builder b = ThriveCase.builder().caseId("syn-" + seed + "-" + index).age(age).assessmentDate(ASSESSED)
        .needs(needs).risk(risk).history(history).choices(choices);
    if (r.nextInt(100) < 10) {
      b.agencies(Set.of(List.of(Agency.values()).get(r.nextInt(Agency.values().length))));
    }
    return b.build();
  }

  private static Needs needs(SplittableRandom r, int age) {
    Rated n = new Rated();
    switch (pick(r, 12, 33, 33, 12, 3, 7)) {
      case 0 -> {
        if (r.nextBoolean()) {
          n.rate(CONTEXT.get(r.nextInt(CONTEXT.size())), r.nextBoolean() ? Rating.MODERATE : Rating.MILD);
        }
      }
      case 1 -> n.rate(common(r), Rating.MILD);
      case 2 -> {
        n.rate(common(r), Rating.MODERATE);
        if (r.nextInt(3) == 0) {
          n.rate(common(r), Rating.MILD);
        }
      }
      case 3 -> {
        n.rate(common(r), Rating.SEVERE);
        if (r.nextBoolean()) {
          n.rate(common(r), Rating.MODERATE);
        }
      }
      case 4 -> {
        CurrentViewItem first = common(r);
        n.rate(first, Rating.SEVERE);
        n.rate(first == CurrentViewItem.ANXIOUS_GENERALLY ? CurrentViewItem.PANICS : CurrentViewItem.ANXIOUS_GENERALLY,
            Rating.SEVERE);
      }
      default -> n.rate(r.nextBoolean() ? CurrentViewItem.DIFFICULTIES_SITTING_STILL_OR_CONCENTRATING
          : CurrentViewItem.UNEXPLAINED_DEVELOPMENTAL_DIFFICULTIES, Rating.MODERATE);
    }
    if (r.nextInt(100) < 8) {
      int count = 1 + r.nextInt(3);
      for (int i = 0; i < count; i++) {
        n.rate(CurrentViewItem.values()[r.nextInt(30)], Rating.NOT_KNOWN);
      }
    }
    for (CurrentViewItem f : FACTORS) {
      if (r.nextInt(100) < 3) {
        n.b.complexity(f, Presence.YES);
      }
    }
    return n.b.build();
  }

  /** A needs builder that rates each item once: a later rating of the same item is skipped. */
  private static final class Rated {
    final Needs.Builder b = Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO);
    final java.util.EnumSet<CurrentViewItem> done = java.util.EnumSet.noneOf(CurrentViewItem.class);

    void rate(CurrentViewItem item, Rating rating) {
      if (done.add(item)) {
        b.rate(item, rating);
      }
    }
  }

  private static CurrentViewItem common(SplittableRandom r) {
    return COMMON.get(r.nextInt(COMMON.size()));
  }

  private static Risk risk(SplittableRandom r) {
    Risk risk = Risk.none();
    int toSelf = r.nextInt(100);
    if (toSelf < 9) {
      risk = risk.withToSelf(RiskLevel.MEDIUM);
    } else if (toSelf < 12) {
      risk = risk.withToSelf(RiskLevel.HIGH);
      if (r.nextInt(3) == 0) {
        risk = risk.withCrises(new Crises(1 + r.nextInt(4), r.nextInt(3), 90));
      }
    } else if (toSelf < 16) {
      risk = risk.withToSelf(RiskLevel.NOT_KNOWN);
    } else if (toSelf < 30) {
      risk = risk.withToSelf(RiskLevel.LOW);
    }
    if (r.nextInt(100) < 2) {
      risk = risk.withToOthers(r.nextBoolean() ? RiskLevel.MEDIUM : RiskLevel.HIGH);
    }
    if (r.nextInt(100) < 4) {
      HarmFromOthers kind = HarmFromOthers.values()[r.nextInt(4)];
      risk = risk.withFromOthers(r.nextBoolean() ? RiskLevel.MEDIUM : RiskLevel.HIGH, Set.of(kind))
          .withImmediateDanger(r.nextInt(4) == 0);
    }
    return risk;
  }

  private static HelpHistory history(SplittableRandom r, int age) {
    Engagement engagement = List.of(Engagement.ENGAGED, Engagement.AMBIVALENT, Engagement.NOT_ENGAGED,
        Engagement.NOT_KNOWN).get(pick(r, 78, 11, 8, 3));
    int kind = pick(r, 58, 22, 10, 7, 3);
    LocalDate earliest = ASSESSED.minusYears(Math.max(1, age - 4));
    LocalDate start = later(ASSESSED.minusMonths(18), earliest);
    return switch (kind) {
      case 0 -> HelpHistory.firstContact(engagement);
      case 1 -> new HelpHistory(ImmutableList.of(HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, start,
          start.plusMonths(4), r.nextBoolean() ? Outcome.GOALS_MET : Outcome.GOALS_PARTLY_MET)),
          Progress.NOT_REVIEWED, engagement);
      case 2 -> {
        List<HelpEpisode> episodes = new ArrayList<>();
        if (r.nextInt(5) == 0) {
          episodes.add(HelpEpisode.ended(HelpKind.EXTENSIVE_TREATMENT, start, start.plusMonths(5), Outcome.NO_BENEFIT));
        } else if (r.nextBoolean()) {
          episodes.add(HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, start, start.plusMonths(4),
              Outcome.NO_BENEFIT));
        } else {
          episodes.add(HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, start, start.plusMonths(2),
              Outcome.DISENGAGED));
          episodes.add(HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, start.plusMonths(6), start.plusMonths(8),
              Outcome.DISENGAGED));
        }
        yield new HelpHistory(ImmutableList.copyOf(episodes), Progress.NOT_REVIEWED, engagement);
      }
      case 3 -> new HelpHistory(ImmutableList.of(HelpEpisode.ongoing(HelpKind.EVIDENCE_BASED_INTERVENTION,
          later(ASSESSED.minusMonths(3), earliest))),
          List.of(Progress.PROGRESSING, Progress.NO_PROGRESS, Progress.NOT_REVIEWED).get(r.nextInt(3)), engagement);
      default -> HelpHistory.notKnown(engagement);
    };
  }

  private static Choices choices(SplittableRandom r, int age) {
    Goal goal = new Goal("a goal agreed with the young person", Optional.of(ASSESSED.plusWeeks(8 + r.nextInt(8))));
    Chooser chooser = age < 12 ? Chooser.PARENT_OR_CARER : Chooser.YOUNG_PERSON;
    return switch (pick(r, 45, 27, 15, 6, 5, 2)) {
      case 0 -> Choices.none();
      case 1 -> Choices.of(Choice.of(chooser, Preference.GOAL_BASED_HELP)).withGoals(goal);
      case 2 -> Choices.of(Choice.of(chooser, Preference.ADVICE_OR_SELF_MANAGEMENT));
      case 3 -> Choices.of(Choice.of(chooser, Preference.DECLINES_HELP));
      case 4 -> Choices.of(Choice.of(chooser, Preference.SPECIALIST_TREATMENT)).withGoals(goal);
      default -> Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.DECLINES_HELP),
          Choice.of(Chooser.PARENT_OR_CARER, Preference.GOAL_BASED_HELP));
    };
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** An index drawn with the given weights (percentages or any positive weights). */
  private static int pick(SplittableRandom r, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A well-mixed stream seed for one case, so neighbouring cases are independent. */
  private static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
