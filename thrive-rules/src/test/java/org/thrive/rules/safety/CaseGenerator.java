package org.thrive.rules.safety;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.thrive.model.Agency;
import org.thrive.model.ThriveCase;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Goal;
import org.thrive.model.choice.Preference;
import org.thrive.model.choice.Setting;
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
import org.thrive.model.strengths.Strength;
import org.thrive.model.strengths.StrengthKind;

/**
 * Deterministic random valid cases, weighted towards the boundaries of the clinical principles:
 * the risk-bearing and clinical-risk items, Not known everywhere, crises either side of the recent
 * window, episodes either side of the review window, every chooser and preference at every age.
 * The same seed and index always give the same case.
 */
public final class CaseGenerator {
  static final LocalDate ASSESSED = LocalDate.of(2026, 3, 2);

  private static final ImmutableList<CurrentViewItem> FOCUS = ImmutableList.of(
      CurrentViewItem.SELF_HARM, CurrentViewItem.POSES_RISK_TO_OTHERS, CurrentViewItem.EATING_ISSUES,
      CurrentViewItem.DELUSIONAL_BELIEFS_AND_HALLUCINATIONS, CurrentViewItem.EXTREMES_OF_MOOD,
      CurrentViewItem.DEPRESSION_LOW_MOOD, CurrentViewItem.ANXIOUS_GENERALLY,
      CurrentViewItem.DIFFICULTIES_SITTING_STILL_OR_CONCENTRATING, CurrentViewItem.UNEXPLAINED_DEVELOPMENTAL_DIFFICULTIES,
      CurrentViewItem.DOES_NOT_GET_TO_TOILET_IN_TIME);

  private final long seed;

  public CaseGenerator(long seed) {
    this.seed = seed;
  }

  public ThriveCase generate(long index) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    int age = r.nextInt(26);
    ThriveCase.Builder b = ThriveCase.builder().caseId("gen-" + index).age(age).assessmentDate(ASSESSED);

    Needs.Builder n = Needs.builder()
        .unlistedRatings(r.nextInt(40) == 0 ? Rating.NOT_KNOWN : Rating.NONE)
        .unlistedComplexityFactors(r.nextInt(40) == 0 ? Presence.NOT_KNOWN : Presence.NO);
    for (CurrentViewItem item : FOCUS) {
      if (r.nextInt(3) == 0) {
        n.rate(item, rating(r));
      }
    }
    int others = r.nextInt(3);
    java.util.Set<CurrentViewItem> rated = EnumSet.noneOf(CurrentViewItem.class);
    for (int i = 0; i < others; i++) {
      CurrentViewItem item = CurrentViewItem.of(Part.PROBLEM).get(r.nextInt(30));
      if (!FOCUS.contains(item) && rated.add(item)) {
        n.rate(item, rating(r));
      }
    }
    if (r.nextInt(4) == 0) {
      List<CurrentViewItem> context = new ArrayList<>(CurrentViewItem.of(Part.CONTEXTUAL_PROBLEM));
      context.addAll(CurrentViewItem.of(Part.EDUCATION));
      n.rate(context.get(r.nextInt(context.size())), rating(r));
    }
    if (r.nextInt(4) == 0) {
      List<CurrentViewItem> factors = CurrentViewItem.of(Part.COMPLEXITY_FACTOR);
      CurrentViewItem f = r.nextBoolean() ? CurrentViewItem.CURRENT_PROTECTION_PLAN : factors.get(r.nextInt(factors.size()));
      n.complexity(f, r.nextInt(4) == 0 ? Presence.NOT_KNOWN : Presence.YES);
    }
    b.needs(n.build());

    EnumSet<HarmFromOthers> harms = EnumSet.noneOf(HarmFromOthers.class);
    if (r.nextInt(6) == 0) {
      harms.add(HarmFromOthers.values()[r.nextInt(HarmFromOthers.values().length)]);
    }
    Crises crises = r.nextInt(4) == 0
        ? new Crises(r.nextInt(4), r.nextInt(3), pick(r, 30, 90, 182, 365, 366, 730)) : Crises.none();
    b.risk(new Risk(level(r), level(r), level(r), ImmutableSortedSet.copyOf(harms), crises, r.nextInt(15) == 0));

    List<HelpEpisode> episodes = new ArrayList<>();
    int count = r.nextInt(4) == 0 ? 0 : r.nextInt(4);
    LocalDate born = ASSESSED.minusYears(age);
    LocalDate start = ASSESSED.minusYears(3).isBefore(born) ? born : ASSESSED.minusYears(3);
    for (int i = 0; i < count; i++) {
      HelpKind kind = HelpKind.values()[r.nextInt(HelpKind.values().length)];
      boolean last = i == count - 1;
      if (last && r.nextInt(3) == 0) {
        episodes.add(HelpEpisode.ongoing(kind, start));
      } else {
        LocalDate end = last ? ASSESSED.minusDays(pick(r, 0, 20, 42, 43, 120, 400)) : start.plusMonths(3);
        if (end.isBefore(start)) {
          end = start;
        }
        if (end.isAfter(ASSESSED)) {
          end = ASSESSED;
        }
        Outcome outcome = ImmutableList.of(Outcome.GOALS_MET, Outcome.GOALS_PARTLY_MET, Outcome.NO_BENEFIT,
            Outcome.DISENGAGED).get(r.nextInt(4));
        episodes.add(HelpEpisode.ended(kind, start, end, outcome));
        start = end.plusDays(1).isAfter(ASSESSED) ? ASSESSED : end.plusDays(1);
      }
    }
    Progress review = episodes.isEmpty() ? Progress.NOT_REVIEWED : Progress.values()[r.nextInt(Progress.values().length)];
    b.history(new HelpHistory(ImmutableList.copyOf(episodes), review, Engagement.values()[r.nextInt(4)]));

    List<Choice> choices = new ArrayList<>();
    if (r.nextInt(3) != 0) {
      choices.add(new Choice(Chooser.YOUNG_PERSON, preference(r), setting(r)));
    }
    if (r.nextInt(3) == 0) {
      choices.add(new Choice(Chooser.PARENT_OR_CARER, preference(r), setting(r)));
    }
    List<Goal> goals = new ArrayList<>();
    if (r.nextBoolean()) {
      goals.add(new Goal("goal one", r.nextInt(3) == 0 ? Optional.empty() : Optional.of(ASSESSED.plusWeeks(8))));
    }
    b.choices(new Choices(ImmutableList.copyOf(choices), ImmutableList.copyOf(goals)));
    if (r.nextInt(3) == 0) {
      b.addStrength(new Strength(StrengthKind.values()[r.nextInt(StrengthKind.values().length)], "a strength"));
    }
    if (r.nextInt(3) == 0) {
      b.agencies(EnumSet.of(Agency.values()[r.nextInt(Agency.values().length)]));
    }
    return b.build();
  }

  private static Rating rating(SplittableRandom r) {
    return Rating.values()[r.nextInt(Rating.values().length)];
  }

  private static RiskLevel level(SplittableRandom r) {
    int x = r.nextInt(10);
    return x < 4 ? RiskLevel.NONE : x < 6 ? RiskLevel.LOW : x < 7 ? RiskLevel.MEDIUM : x < 8 ? RiskLevel.HIGH
        : RiskLevel.NOT_KNOWN;
  }

  private static Preference preference(SplittableRandom r) {
    return Preference.values()[r.nextInt(Preference.values().length)];
  }

  private static Setting setting(SplittableRandom r) {
    return r.nextInt(3) == 0 ? Setting.values()[r.nextInt(Setting.values().length)] : Setting.NO_PREFERENCE;
  }

  private static int pick(SplittableRandom r, int... values) {
    return values[r.nextInt(values.length)];
  }
}
