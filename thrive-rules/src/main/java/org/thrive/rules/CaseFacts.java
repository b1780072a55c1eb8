package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrive.model.advice.ChoiceEffect;
import org.thrive.model.choice.ChoiceStage;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Progress;
import org.thrive.model.risk.RiskSignals;
import org.thrive.model.ThriveCase;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Goal;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.HarmFromOthers;
import org.thrive.model.risk.Risk;
import org.thrive.model.strengths.Strength;
import org.thrive.rules.facts.Chosen;
import org.thrive.rules.facts.ComplexityFactor;
import org.thrive.rules.facts.Episode;
import org.thrive.rules.facts.Goals;
import org.thrive.rules.facts.HarmConcern;
import org.thrive.rules.facts.History;
import org.thrive.rules.facts.Involved;
import org.thrive.rules.facts.ItemRating;
import org.thrive.rules.facts.Person;
import org.thrive.rules.facts.Problems;
import org.thrive.rules.facts.RiskProfile;
import org.thrive.rules.facts.RuleFact;
import org.thrive.rules.facts.StrengthFact;

/** Turns a case into the flat facts rules match, in a fixed order. */
final class CaseFacts {
  private CaseFacts() {}

  static ImmutableList<RuleFact> of(ThriveCase c, LocalConfiguration local) {
    ImmutableList.Builder<RuleFact> out = ImmutableList.builder();
    ChoiceStage stage = local.choiceStage(c.age());
    out.add(new Person(c.age(), stage));

    ImmutableList.Builder<ItemRating> ratings = ImmutableList.builder();
    for (Map.Entry<CurrentViewItem, Rating> e : c.needs().ratings().entrySet()) {
      ratings.add(itemRating(e.getKey(), e.getValue(), c.age() < local.ratedFromAge(e.getKey())));
    }
    List<ItemRating> all = ratings.build();
    out.addAll(all);
    out.add(problems(all));
    for (Map.Entry<CurrentViewItem, Presence> e : c.needs().complexityFactors().entrySet()) {
      out.add(complexityFactor(e.getKey(), e.getValue()));
    }

    List<Choice> choices = c.choices().choices();
    boolean significant = RiskSignals.isSignificant(c);
    for (int i = 0; i < choices.size(); i++) {
      Choice choice = choices.get(i);
      Optional<ChoiceEffect.WhyNotUsed> why = whyNotCounted(choice, choices, stage, significant);
      // a parent's choice of less support held while a young child asks for help is still the
      // family's own decision about help: at risk it is held for a clinical review
      boolean own = why.isEmpty() || choice.chooser() == Chooser.YOUNG_PERSON && stage != ChoiceStage.PARENT_OR_CARER_LEADS
          || why.get() == ChoiceEffect.WhyNotUsed.YOUNG_CHILD_ASKS_FOR_HELP;
      out.add(new Chosen(i, choice.chooser(), choice.preference(), choice.setting(),
          why.isEmpty() || why.get() != ChoiceEffect.WhyNotUsed.YOUNG_PERSON_LEADS, why.isEmpty(), own));
    }
    List<Goal> goals = c.choices().goals();
    out.add(new Goals(goals.size(), !goals.isEmpty() && goals.stream().allMatch(g -> g.reviewBy().isPresent())));

    Risk r = c.risk();
    out.add(new RiskProfile(r.toSelf(), r.toOthers(), r.fromOthers(), r.immediateDanger(), !r.immediateDangerKnown(),
        r.crises().emergencyAttendances(), r.crises().otherCrisisContacts(), r.crises().periodDays(),
        r.crises().recent(), r.crises().dateNotKnown(),
        RiskSignals.immediateDangerFromOthers(c), RiskSignals.immediateDangerSourceNotRecorded(c),
        RiskSignals.crisesSourceNotRecorded(c), r.crises().periodKnown(), !r.crises().countKnown()));
    for (HarmFromOthers h : r.harmFromOthers()) {
      out.add(new HarmConcern(h));
    }

    HelpHistory h = c.history();
    int helped = (int) h.episodes().stream()
        .filter(e -> e.outcome() == org.thrive.model.history.Outcome.GOALS_MET
            || e.outcome() == org.thrive.model.history.Outcome.GOALS_PARTLY_MET)
        .count();
    int noBenefit = (int) h.episodes().stream()
        .filter(e -> e.kind().isTreatment() && e.outcome() == org.thrive.model.history.Outcome.NO_BENEFIT).count();
    boolean specialistTried = h.episodes().stream().anyMatch(e -> e.kind() == HelpKind.EXTENSIVE_TREATMENT);
    out.add(new History(h.isFirstContact(), h.episodes().size(), (int) h.unhelpedTreatmentEpisodes(), noBenefit, helped,
        specialistTried, h.latestReview(), reviewCurrent(c, local), h.engagement(), h.episodesKnown()));
    for (int i = 0; i < h.episodes().size(); i++) {
      HelpEpisode e = h.episodes().get(i);
      out.add(new Episode(i, e.kind(), e.outcome(), i == h.episodes().size() - 1, Episode.recent(e, c.assessmentDate())));
    }

    c.agencies().forEach(a -> out.add(new Involved(a)));
    List<Strength> strengths = c.strengths();
    for (int i = 0; i < strengths.size(); i++) {
      out.add(new StrengthFact(i, strengths.get(i).kind(), strengths.get(i).description()));
    }
    return out.build();
  }

  /**
   * The facts of the same case without its choices, from the case's facts: the same facts but the
   * choices, and no goals ({@link #of} gives these for the case with {@code Choices.none()}; a
   * test proves it over the completeness set). Only the choices and goals depend on the choices.
   */
  static ImmutableList<RuleFact> withoutChoices(List<RuleFact> facts) {
    ImmutableList.Builder<RuleFact> out = ImmutableList.builderWithExpectedSize(facts.size());
    for (RuleFact f : facts) {
      if (f instanceof Goals) {
        out.add(NO_GOALS);
      } else if (!(f instanceof Chosen)) {
        out.add(f);
      }
    }
    return out.build();
  }

  private static final Goals NO_GOALS = new Goals(0, false);

  /**
   * Why a recorded choice may not act on the suggestion at this age, or empty when it counts. A
   * young child's choice of less support, alone, never lowers support; from the age where the
   * young person may decide, a parent's choice of less support lowers support only when the young
   * person's own informed choice is for less support too; where the young person's choice leads, a parent's differing
   * choice gives way to it unless there is significant risk.
   */
  static Optional<ChoiceEffect.WhyNotUsed> whyNotCounted(Choice choice, List<Choice> all, ChoiceStage stage,
      boolean significantRisk) {
    boolean lowers = choice.preference() == Preference.ADVICE_OR_SELF_MANAGEMENT
        || choice.preference() == Preference.DECLINES_HELP;
    if (choice.chooser() == Chooser.YOUNG_PERSON && stage == ChoiceStage.PARENT_OR_CARER_LEADS && lowers) {
      return Optional.of(ChoiceEffect.WhyNotUsed.YOUNG_CHILD_CHOICE_ALONE);
    }
    if (choice.chooser() == Chooser.YOUNG_PERSON && stage == ChoiceStage.SHARED && lowers
        && all.stream().anyMatch(o -> o.chooser() == Chooser.PARENT_OR_CARER
            && (o.preference() == Preference.GOAL_BASED_HELP || o.preference() == Preference.SPECIALIST_TREATMENT))) {
      // from 12 to 15 the choice is shared: the young person's choice of less support, against a
      // parent's or carer's choice of help, does not lower support; both are discussed
      return Optional.of(ChoiceEffect.WhyNotUsed.PARENT_ASKS_FOR_HELP);
    }
    if (choice.chooser() == Chooser.PARENT_OR_CARER && stage == ChoiceStage.PARENT_OR_CARER_LEADS && lowers
        && all.stream().anyMatch(o -> o.chooser() == Chooser.YOUNG_PERSON
            && (o.preference() == Preference.GOAL_BASED_HELP || o.preference() == Preference.SPECIALIST_TREATMENT))) {
      // for a young child the parent's or carer's informed choice counts, but a choice of less
      // support does not lower support while the child asks for help (whether or not goals are
      // recorded): the two are discussed, as from 12 to 15 in the other direction
      return Optional.of(ChoiceEffect.WhyNotUsed.YOUNG_CHILD_ASKS_FOR_HELP);
    }
    if (choice.chooser() == Chooser.PARENT_OR_CARER) {
      boolean youngPersonChoseLess = all.stream().anyMatch(o -> o.chooser() == Chooser.YOUNG_PERSON
          && (o.preference() == Preference.ADVICE_OR_SELF_MANAGEMENT || o.preference() == Preference.DECLINES_HELP));
      if (stage == ChoiceStage.YOUNG_PERSON_LEADS && !significantRisk
          && all.stream().anyMatch(o -> o.chooser() == Chooser.YOUNG_PERSON && o.preference() != choice.preference())) {
        return Optional.of(ChoiceEffect.WhyNotUsed.YOUNG_PERSON_LEADS);
      }
      if (stage != ChoiceStage.PARENT_OR_CARER_LEADS && lowers && !youngPersonChoseLess) {
        return Optional.of(ChoiceEffect.WhyNotUsed.YOUNG_PERSONS_VIEW_NEEDED);
      }
    }
    return Optional.empty();
  }

  /** Whether the latest review belongs to the help of now (see {@link History#reviewCurrent()}). */
  static boolean reviewCurrent(ThriveCase c, LocalConfiguration local) {
    List<HelpEpisode> episodes = c.history().episodes();
    if (episodes.isEmpty()) {
      return c.history().latestReview() != Progress.NOT_REVIEWED;
    }
    HelpEpisode latest = episodes.get(episodes.size() - 1);
    return latest.end().map(end -> !end.plusDays(local.reviewCurrentWithinDays()).isBefore(c.assessmentDate()))
        .orElse(true);
  }


  /**
   * A rating; {@code belowRatedAge} says the young person is younger than the age from which the
   * Current View completion guidance rates this item (local configuration).
   */
  static ItemRating itemRating(CurrentViewItem item, Rating rating, boolean belowRatedAge) {
    return new ItemRating(item, item.part(), item.number(), rating, rating.isDifficulty(),
        rating.isAtLeast(Rating.MODERATE), belowRatedAge);
  }


  /** Summarises problem ratings. */
  static Problems problems(Iterable<ItemRating> ratings) {
    int none = 0;
    int mild = 0;
    int moderate = 0;
    int severe = 0;
    int notKnown = 0;
    Rating highestNeed = Rating.NOT_KNOWN;
    int severeNeeds = 0;
    ImmutableList.Builder<ItemRating> difficulties = ImmutableList.builder();
    for (ItemRating r : ratings) {
      if (r.part() != Part.PROBLEM) {
        continue;
      }
      switch (r.rating()) {
        case NONE -> none++;
        case MILD -> mild++;
        case MODERATE -> moderate++;
        case SEVERE -> severe++;
        case NOT_KNOWN -> notKnown++;
      }
      if (r.difficulty()) {
        difficulties.add(r);
      }
      if (r.rating() == Rating.SEVERE && !Problems.NEURODEVELOPMENTAL.contains(r.item())) {
        severeNeeds++;
      }
      if (r.rating().isKnown()) {
        Rating counted = Problems.NEURODEVELOPMENTAL.contains(r.item()) && r.atLeastModerate() ? Rating.MILD : r.rating();
        if (!highestNeed.isKnown() || counted.isAtLeast(highestNeed)) {
          highestNeed = counted;
        }
      }
    }
    Rating highest = severe > 0 ? Rating.SEVERE : moderate > 0 ? Rating.MODERATE : mild > 0 ? Rating.MILD
        : none > 0 ? Rating.NONE : Rating.NOT_KNOWN;
    return new Problems(highest, highestNeed, none, mild, moderate, severe, severeNeeds, notKnown, difficulties.build());
  }


  static ComplexityFactor complexityFactor(CurrentViewItem item, Presence presence) {
    return new ComplexityFactor(item, item.number(), presence);
  }
}
