package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.thrive.model.ThriveCase;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Goal;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Presence;
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

  static ImmutableList<RuleFact> of(ThriveCase c) {
    ImmutableList.Builder<RuleFact> out = ImmutableList.builder();
    out.add(new Person(c.age()));

    ImmutableList.Builder<ItemRating> ratings = ImmutableList.builder();
    for (Map.Entry<CurrentViewItem, Rating> e : c.needs().ratings().entrySet()) {
      ratings.add(ItemRating.of(e.getKey(), e.getValue()));
    }
    List<ItemRating> all = ratings.build();
    out.addAll(all);
    out.add(Problems.of(all));
    for (Map.Entry<CurrentViewItem, Presence> e : c.needs().complexityFactors().entrySet()) {
      out.add(ComplexityFactor.of(e.getKey(), e.getValue()));
    }

    for (Choice choice : c.choices().choices()) {
      out.add(new Chosen(choice.chooser(), choice.preference(), choice.setting()));
    }
    List<Goal> goals = c.choices().goals();
    out.add(new Goals(goals.size(), !goals.isEmpty() && goals.stream().allMatch(g -> g.reviewBy().isPresent())));

    Risk r = c.risk();
    out.add(new RiskProfile(r.toSelf(), r.toOthers(), r.fromOthers(), r.immediateDanger(),
        r.crises().emergencyAttendances(), r.crises().otherCrisisContacts(), r.crises().periodDays()));
    for (HarmFromOthers h : r.harmFromOthers()) {
      out.add(new HarmConcern(h));
    }

    HelpHistory h = c.history();
    int helped = (int) h.episodes().stream()
        .filter(e -> e.outcome() == org.thrive.model.history.Outcome.GOALS_MET
            || e.outcome() == org.thrive.model.history.Outcome.GOALS_PARTLY_MET)
        .count();
    out.add(new History(h.isFirstContact(), h.episodes().size(), (int) h.unhelpedTreatmentEpisodes(), helped,
        h.latestReview(), h.engagement()));
    for (int i = 0; i < h.episodes().size(); i++) {
      HelpEpisode e = h.episodes().get(i);
      out.add(new Episode(i, e.kind(), e.outcome(), i == h.episodes().size() - 1));
    }

    c.agencies().forEach(a -> out.add(new Involved(a)));
    List<Strength> strengths = c.strengths();
    for (int i = 0; i < strengths.size(); i++) {
      out.add(new StrengthFact(i, strengths.get(i).kind(), strengths.get(i).description()));
    }
    return out.build();
  }
}
