package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseChange;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.advice.Wording;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.ChoiceStage;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Goal;
import org.thrive.model.choice.Preference;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.RiskSignals;

/**
 * Finds what would change a suggestion: it varies the case one field at a time, then two at a
 * time (a choice with one other change), re-evaluates the rules on each varied copy, and keeps
 * the smallest changes that lead to each other grouping.
 *
 * <p>Only changes worth discussing are tried: the young person's choice, taking part in help
 * (engagement), and the rating of a problem that is already rated Mild or worse. It never rates
 * an unrelated item, never changes the history of help (past reviews happened as recorded), and
 * never uses a risk level as a lever. A pair is kept only when neither of its changes alone leads
 * to the same grouping, and for each grouping only one option per set of changed fields.
 *
 * <p>Deterministic: variations are tried in a fixed order and at most {@code maxEvaluations} are
 * evaluated. The time bound is a safety valve only; when it stops the search, the result says it
 * is incomplete.
 */
final class ChangeExplorer {
  /** How many changes to keep for each grouping. */
  static final int PER_GROUPING = 3;

  /** One variation: the changes it makes and how to apply them. */
  private record Variation(ImmutableList<CaseChange> changes, UnaryOperator<ThriveCase> apply) {}

  private ChangeExplorer() {}

  static ChangesToDiscuss explore(ThriveCase c, ChoiceStage stage, Optional<Grouping> current,
      Function<ThriveCase, Optional<Grouping>> evaluate, int maxEvaluations, Duration maxTime, LongSupplier nanoTime) {
    long deadline = nanoTime.getAsLong() + maxTime.toNanos();
    boolean atRisk = RiskSignals.isSignificant(c) || !RiskSignals.clinicalRisk(c).isEmpty();
    // the choice that leads: a young child's parent's or carer's; otherwise the young person's
    Chooser leads = stage == ChoiceStage.PARENT_OR_CARER_LEADS ? Chooser.PARENT_OR_CARER : Chooser.YOUNG_PERSON;
    // at risk, less help and not taking part are never offered as changes to discuss
    List<Variation> singles = singles(c, leads).stream().filter(v -> !atRisk || v.changes.stream().noneMatch(ChangeExplorer::towardsLess))
        .toList();
    Map<Grouping, List<ChangesToDiscuss.Option>> found = new EnumMap<>(Grouping.class);
    Map<CaseChange, Grouping> singleLeadsTo = new java.util.HashMap<>();
    int evaluated = 0;
    boolean complete = true;
    outer:
    for (int distance = 1; distance <= 2; distance++) {
      List<Variation> round = distance == 1 ? singles : pairs(singles);
      for (Variation v : round) {
        if (evaluated >= maxEvaluations || nanoTime.getAsLong() > deadline) {
          complete = false;
          break outer;
        }
        ThriveCase varied;
        try {
          varied = v.apply.apply(c);
        } catch (IllegalArgumentException impossible) {
          continue; // a variation that makes an impossible case is skipped
        }
        evaluated++;
        Optional<Grouping> g = evaluate.apply(varied);
        if (distance == 1 && g.isPresent()) {
          singleLeadsTo.put(v.changes.get(0), g.get());
        }
        if (g.isEmpty() || g.equals(current)) {
          continue;
        }
        // a rating made lower that leads to more support, or higher that leads to less, is not a change to discuss
        if (current.isPresent() && v.changes.stream().anyMatch(ch -> ratingAgainst(ch, current.get(), g.get()))) {
          continue;
        }
        // a pair that asks for more help to reach less support (or less help to reach more) is not a change to discuss
        if (v.changes.size() > 1 && v.changes.stream().anyMatch(ch -> choiceAgainst(ch, g.get()))) {
          continue;
        }
        // minimal: a pair whose either change alone already leads there adds nothing
        if (v.changes.size() > 1 && v.changes.stream().anyMatch(ch -> g.equals(Optional.ofNullable(singleLeadsTo.get(ch))))) {
          continue;
        }
        List<ChangesToDiscuss.Option> options = found.computeIfAbsent(g.get(), k -> new ArrayList<>());
        boolean nearerKnown = !options.isEmpty() && options.get(0).changes().size() < v.changes.size();
        // not redundant: one option per set of changed fields (goal-based help or specialist treatment for the same change)
        List<String> fields = v.changes.stream().map(CaseChange::field).toList();
        boolean sameFields = options.stream().anyMatch(o -> o.changes().stream().map(CaseChange::field).toList().equals(fields));
        if (options.size() < PER_GROUPING && !nearerKnown && !sameFields) {
          Wording w = wording(v.changes, g.get(), atRisk);
          options.add(new ChangesToDiscuss.Option(g.get(), v.changes, w, w.family().isEmpty() ? ""
              : Texts.fill("changes.option.family", "changes", v.changes.stream().map(ch -> familyPhrase(ch, true))
                  .collect(Collectors.joining(". And ")), "grouping", g.get().label())));
        }
      }
      if (found.size() == Grouping.values().length - (current.isPresent() ? 1 : 0)) {
        break; // every other grouping reached at this distance
      }
    }
    ImmutableList.Builder<ChangesToDiscuss.Option> out = ImmutableList.builder();
    found.values().forEach(out::addAll);
    return new ChangesToDiscuss(out.build(), evaluated, complete);
  }

  private static boolean towardsLess(CaseChange ch) {
    return List.of(Preference.ADVICE_OR_SELF_MANAGEMENT.name(), Preference.DECLINES_HELP.name(), Engagement.NOT_ENGAGED.name(),
        Engagement.AMBIVALENT.name()).contains(ch.toCode()) && (ch.field().equals(CHOICE) || ch.field().equals(ENGAGEMENT));
  }

  private static boolean choiceAgainst(CaseChange ch, Grouping then) {
    if (!ch.field().equals(CHOICE)) {
      return false;
    }
    Preference p = Preference.valueOf(ch.toCode());
    boolean more = p == Preference.GOAL_BASED_HELP || p == Preference.SPECIALIST_TREATMENT;
    return more ? then == Grouping.THRIVING || then == Grouping.GETTING_ADVICE
        : then == Grouping.GETTING_MORE_HELP || then == Grouping.GETTING_RISK_SUPPORT;
  }

  private static boolean ratingAgainst(CaseChange ch, Grouping now, Grouping then) {
    if (!ch.field().startsWith("needs.")) {
      return false;
    }
    Rating from = Rating.fromLabel(ch.from()).orElse(Rating.NOT_KNOWN);
    Rating to = Rating.valueOf(ch.toCode());
    boolean lower = to.ordinal() < from.ordinal();
    return lower ? now.offersLessSupportThan(then) : then.offersLessSupportThan(now);
  }

  /** Whether the young person and family can make this change themselves: their choice, or taking part in help. */
  static boolean familyCanMake(CaseChange ch) {
    return ch.field().equals(CHOICE) || ch.field().equals(ENGAGEMENT);
  }

  static final String CHOICE = "choices.preference";
  static final String ENGAGEMENT = "history.engagement";

  /**
   * A change the family is shown: theirs to make, never leading to Getting Risk Support (which
   * follows from risk and not being able to use help, never from a choice), and, at significant or
   * clinical risk, only towards taking part in help, never towards less of it.
   */
  static boolean forFamily(List<CaseChange> changes, Grouping leadsTo, boolean atRisk) {
    if (leadsTo == Grouping.GETTING_RISK_SUPPORT || !changes.stream().allMatch(ChangeExplorer::familyCanMake)) {
      return false;
    }
    return !atRisk || changes.stream().noneMatch(ChangeExplorer::towardsLess);
  }

  private static Wording wording(List<CaseChange> changes, Grouping g, boolean atRisk) {
    String p = changes.stream().map(ch -> Texts.fill("changes.part.practitioner", "label",
        Character.toLowerCase(ch.label().charAt(0)) + ch.label().substring(1),
        "to", ch.to().toLowerCase(Locale.ROOT), "from", ch.from().toLowerCase(Locale.ROOT))).collect(Collectors.joining(" and "));
    String practitioner = Texts.fill("changes.option.practitioner", "changes", p, "grouping", g.label());
    if (!forFamily(changes, g, atRisk)) {
      // a rating is not the family's to change, and some changes are never offered to them
      return new Wording(practitioner, "");
    }
    String f = changes.stream().map(ch -> familyPhrase(ch, false)).collect(Collectors.joining(". And "));
    return new Wording(practitioner, Texts.fill("changes.option.family", "changes", f, "grouping", g.label()));
  }

  /** The change in words for the young person and family, speaking to them. */
  private static String familyPhrase(CaseChange ch, boolean toParent) {
    String key = switch (ch.field()) {
      case CHOICE -> {
        Preference p = Preference.valueOf(ch.toCode());
        boolean dated = ch.to().contains("review date");
        yield switch (p) {
          case ADVICE_OR_SELF_MANAGEMENT -> "changes.choice.advice";
          case DECLINES_HELP -> "changes.choice.declines";
          case GOAL_BASED_HELP -> dated ? "changes.choice.goalsWithDate" : "changes.choice.goals";
          case SPECIALIST_TREATMENT -> dated ? "changes.choice.specialistWithDate" : "changes.choice.specialist";
        };
      }
      case ENGAGEMENT -> switch (Engagement.valueOf(ch.toCode())) {
        case ENGAGED -> "changes.engagement.engaged";
        case AMBIVALENT -> "changes.engagement.ambivalent";
        case NOT_ENGAGED -> "changes.engagement.notEngaged";
        case NOT_KNOWN -> throw new IllegalStateException("Not known is never a change to discuss");
      };
      default -> throw new IllegalStateException("not a change the family makes: " + ch.field());
    };
    boolean parentsChoice = ch.label().startsWith("The parent");
    if (toParent) {
      // the parent's page: "you" is the parent; the young person is "your child"
      String who = ch.field().equals(CHOICE) && parentsChoice ? "you" : "your child";
      return ch.field().equals(CHOICE) ? Texts.fillSome(key + ".family", "who", who) : Texts.fill(key + ".parent");
    }
    return Texts.fillSome(key + ".family", "who", parentsChoice
        ? Texts.fill("whose.parent.family") : Texts.fill("whose.youngPerson.family"));
  }

  // ---- the variations, in a fixed order ----

  private static List<Variation> singles(ThriveCase c, Chooser leads) {
    List<Variation> out = new ArrayList<>();
    Optional<Choice> mine = c.choices().choices().stream().filter(ch -> ch.chooser() == leads).findFirst();
    String whose = leads == Chooser.PARENT_OR_CARER ? "The parent's or carer's choice" : "The young person's choice";
    String from = mine.map(ch -> ch.preference().label()).orElse("No choice recorded");
    for (Preference p : Preference.values()) {
      if (mine.isPresent() && mine.get().preference() == p) {
        continue;
      }
      boolean needsGoals = (p == Preference.GOAL_BASED_HELP || p == Preference.SPECIALIST_TREATMENT)
          && c.choices().goals().isEmpty();
      String to = p.label() + (needsGoals ? ", with goals and a review date" : "");
      out.add(new Variation(ImmutableList.of(new CaseChange(CHOICE, whose, from, to, p.name())),
          k -> withChoice(k, leads, p, needsGoals)));
    }
    for (Engagement e : Engagement.values()) {
      if (e != c.history().engagement() && e != Engagement.NOT_KNOWN) {
        out.add(new Variation(ImmutableList.of(new CaseChange(ENGAGEMENT, "Engagement with help",
            c.history().engagement().label(), e.label(), e.name())),
            k -> k.toBuilder().history(new HelpHistory(k.history().episodes(), k.history().latestReview(), e)).build()));
      }
    }
    for (CurrentViewItem item : CurrentViewItem.of(Part.PROBLEM)) {
      Rating now = c.needs().rating(item);
      if (now == Rating.NONE || now == Rating.NOT_KNOWN) {
        continue; // an unrelated item is never rated, and Not known is missing information, not a lever
      }
      for (Rating r : new Rating[] {Rating.NONE, Rating.MILD, Rating.MODERATE, Rating.SEVERE}) {
        if (r != now) {
          out.add(new Variation(ImmutableList.of(new CaseChange("needs." + item.code(), item.label() + " rating",
              now.label(), r.label(), r.name())),
              k -> k.toBuilder().needs(k.needs().toBuilder().rate(item, r).build()).build()));
        }
      }
    }
    return out;
  }

  /** A choice change combined with each change of another kind. */
  private static List<Variation> pairs(List<Variation> singles) {
    List<Variation> choices = singles.stream().filter(v -> v.changes.get(0).field().equals(CHOICE)).toList();
    List<Variation> others = singles.stream().filter(v -> !v.changes.get(0).field().equals(CHOICE)).toList();
    List<Variation> out = new ArrayList<>();
    for (Variation a : choices) {
      for (Variation b : others) {
        out.add(new Variation(ImmutableList.<CaseChange>builder().addAll(a.changes).addAll(b.changes).build(),
            k -> b.apply.apply(a.apply.apply(k))));
      }
    }
    return out;
  }

  private static ThriveCase withChoice(ThriveCase k, Chooser who, Preference p, boolean addGoals) {
    List<Choice> choices = new ArrayList<>();
    k.choices().choices().stream().filter(ch -> ch.chooser() != who).forEach(choices::add);
    choices.add(Choice.of(who, p));
    List<Goal> goals = new ArrayList<>(k.choices().goals());
    if (addGoals) {
      goals.add(new Goal("goals to be agreed", Optional.of(k.assessmentDate().plusWeeks(12))));
    }
    return k.toBuilder().choices(new Choices(ImmutableList.copyOf(choices), ImmutableList.copyOf(goals))).build();
  }

}
