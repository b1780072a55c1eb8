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
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseChange;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.advice.Wording;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Goal;
import org.thrive.model.choice.Preference;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.history.Progress;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.RiskLevel;

/**
 * Finds what would change a suggestion: it varies the case one field at a time (the young person's
 * choice, the outcome at review, engagement, risk, each problem rating), then two at a time (a
 * choice with each other kind of change), re-evaluates the rules on each varied copy, and keeps the
 * smallest changes that lead to each other grouping.
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

  static ChangesToDiscuss explore(ThriveCase c, Optional<Grouping> current, Function<ThriveCase, Optional<Grouping>> evaluate,
      int maxEvaluations, Duration maxTime, LongSupplier nanoTime) {
    long deadline = nanoTime.getAsLong() + maxTime.toNanos();
    List<Variation> singles = singles(c);
    Map<Grouping, List<ChangesToDiscuss.Option>> found = new EnumMap<>(Grouping.class);
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
        if (g.isEmpty() || g.equals(current)) {
          continue;
        }
        List<ChangesToDiscuss.Option> options = found.computeIfAbsent(g.get(), k -> new ArrayList<>());
        boolean nearerKnown = !options.isEmpty() && options.get(0).changes().size() < v.changes.size();
        // Prefer variety: a pair that starts with the same change as one already kept adds little.
        boolean sameStart = v.changes.size() > 1 && options.stream()
            .anyMatch(o -> o.changes().get(0).equals(v.changes.get(0)));
        if (options.size() < PER_GROUPING && !nearerKnown && !sameStart) {
          options.add(new ChangesToDiscuss.Option(g.get(), v.changes, wording(v.changes, g.get())));
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

  private static Wording wording(List<CaseChange> changes, Grouping g) {
    StringBuilder p = new StringBuilder("If ");
    StringBuilder f = new StringBuilder();
    for (int i = 0; i < changes.size(); i++) {
      CaseChange ch = changes.get(i);
      if (i > 0) {
        p.append(" and ");
        f.append(" and ");
      }
      p.append(ch.label().toLowerCase(Locale.ROOT)).append(" were ").append(ch.to().toLowerCase(Locale.ROOT))
          .append(" (not ").append(ch.from().toLowerCase(Locale.ROOT)).append(")");
      f.append(familyPhrase(ch));
    }
    p.append(", the rules would suggest ").append(g.label()).append(". A change to discuss, not advice to change a record.");
    return new Wording(p.toString(), String.format(FamilyTemplates.IF_CHANGE, f, g.label()));
  }

  /** The change in words for the young person and family, speaking to them. */
  private static String familyPhrase(CaseChange ch) {
    String to = ch.to().toLowerCase(Locale.ROOT);
    return switch (ch.field()) {
      case "choices.preference" -> "you chose " + (to.startsWith("advice") ? "to manage with advice"
          : to.startsWith("declines") ? "not to have help now"
          : to.startsWith("goal") ? "help with goals" + (to.contains("review") ? ", with a date to check" : "")
          : "help from a special team" + (to.contains("review") ? ", with goals and a date to check" : ""));
      case "history.latestReview" -> "your last review showed " + to;
      case "history.engagement" -> switch (to) {
        case "engaged" -> "you felt ready to take part in help";
        case "ambivalent" -> "you were unsure about help";
        case "not engaged" -> "you did not want to take part in help";
        default -> "we knew less about how you feel about help";
      };
      case "risk.toSelf" -> "we thought the risk to your safety was " + to;
      default -> "the rating for " + ch.label().replace(" rating", "").toLowerCase(Locale.ROOT) + " was " + to;
    };
  }

  // ---- the variations, in a fixed order ----

  private static List<Variation> singles(ThriveCase c) {
    List<Variation> out = new ArrayList<>();
    Optional<Choice> mine = c.choices().ofYoungPerson();
    String from = mine.map(ch -> words(ch.preference())).orElse("No choice recorded");
    for (Preference p : Preference.values()) {
      if (mine.isPresent() && mine.get().preference() == p) {
        continue;
      }
      boolean needsGoals = (p == Preference.GOAL_BASED_HELP || p == Preference.SPECIALIST_TREATMENT)
          && c.choices().goals().isEmpty();
      String to = words(p) + (needsGoals ? ", with goals and a review date" : "");
      out.add(new Variation(ImmutableList.of(new CaseChange("choices.preference", "The young person's choice", from, to)),
          k -> withChoice(k, p, needsGoals)));
    }
    for (Progress p : Progress.values()) {
      if (p != c.history().latestReview()) {
        out.add(new Variation(ImmutableList.of(new CaseChange("history.latestReview", "Progress at the latest review",
            words(c.history().latestReview()), words(p))),
            k -> k.toBuilder().history(new HelpHistory(k.history().episodes(), p, k.history().engagement())).build()));
      }
    }
    for (Engagement e : Engagement.values()) {
      if (e != c.history().engagement()) {
        out.add(new Variation(ImmutableList.of(new CaseChange("history.engagement", "Engagement with help",
            words(c.history().engagement()), words(e))),
            k -> k.toBuilder().history(new HelpHistory(k.history().episodes(), k.history().latestReview(), e)).build()));
      }
    }
    for (RiskLevel r : RiskLevel.values()) {
      if (r != c.risk().toSelf() && r != RiskLevel.NOT_KNOWN) {
        out.add(new Variation(ImmutableList.of(new CaseChange("risk.toSelf", "Risk to self", words(c.risk().toSelf()), words(r))),
            k -> k.toBuilder().risk(k.risk().withToSelf(r)).build()));
      }
    }
    for (CurrentViewItem item : CurrentViewItem.of(Part.PROBLEM)) {
      Rating now = c.needs().rating(item);
      for (Rating r : new Rating[] {Rating.NONE, Rating.MILD, Rating.MODERATE, Rating.SEVERE}) {
        if (r != now) {
          out.add(new Variation(ImmutableList.of(new CaseChange("needs." + item.code(), item.label() + " rating",
              now.label(), r.label())),
              k -> k.toBuilder().needs(k.needs().toBuilder().rate(item, r).build()).build()));
        }
      }
    }
    return out;
  }

  /** A choice change combined with each change of another kind. */
  private static List<Variation> pairs(List<Variation> singles) {
    List<Variation> choices = singles.stream().filter(v -> v.changes.get(0).field().startsWith("choices.")).toList();
    List<Variation> others = singles.stream().filter(v -> !v.changes.get(0).field().startsWith("choices.")).toList();
    List<Variation> out = new ArrayList<>();
    for (Variation a : choices) {
      for (Variation b : others) {
        out.add(new Variation(ImmutableList.<CaseChange>builder().addAll(a.changes).addAll(b.changes).build(),
            k -> b.apply.apply(a.apply.apply(k))));
      }
    }
    return out;
  }

  private static ThriveCase withChoice(ThriveCase k, Preference p, boolean addGoals) {
    List<Choice> choices = new ArrayList<>();
    k.choices().choices().stream().filter(ch -> ch.chooser() != Chooser.YOUNG_PERSON).forEach(choices::add);
    choices.add(Choice.of(Chooser.YOUNG_PERSON, p));
    List<Goal> goals = new ArrayList<>(k.choices().goals());
    if (addGoals) {
      goals.add(new Goal("goals to be agreed", Optional.of(k.assessmentDate().plusWeeks(12))));
    }
    return k.toBuilder().choices(new Choices(ImmutableList.copyOf(choices), ImmutableList.copyOf(goals))).build();
  }

  private static String words(Enum<?> e) {
    String s = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
