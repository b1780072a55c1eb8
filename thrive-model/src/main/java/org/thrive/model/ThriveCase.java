package org.thrive.model;

import static org.thrive.model.InvalidCaseException.check;
import static org.thrive.model.InvalidCaseException.requirePresent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Goal;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.needs.Needs;
import org.thrive.model.risk.Risk;
import org.thrive.model.strengths.Strength;

/**
 * A child or young person's case as the advisor sees it: needs (the Current View), choices, risk,
 * history of help, strengths, involved agencies, age and assessment date. No names, addresses or
 * other identifiers: the case id is opaque to the library.
 *
 * <p>Immutable and thread-safe. Validated when built: an impossible case fails with an
 * {@link InvalidCaseException} naming the field and the problem. Lists are held in a canonical
 * order (choices by chooser, goals by review date then wording, strengths by kind then wording),
 * so the same case given in a different order is equal and gets equal advice.
 */
public final class ThriveCase {
  /** The oldest age THRIVE services see (young people up to 25). */
  public static final int MAX_AGE = 25;

  /** The earliest plausible assessment date. */
  public static final LocalDate EARLIEST_ASSESSMENT = LocalDate.of(2000, 1, 1);

  /** The latest plausible assessment date. */
  public static final LocalDate LATEST_ASSESSMENT = LocalDate.of(2099, 12, 31);

  /** The furthest ahead of the assessment a goal's review may be set. */
  public static final int MAX_REVIEW_YEARS_AHEAD = 5;

  /** The most choices a case may record (one each for the young person and a parent is usual). */
  public static final int MAX_CHOICES = 10;

  /** The most goals a case may record. */
  public static final int MAX_GOALS = 20;

  /** The most strengths a case may record. */
  public static final int MAX_STRENGTHS = 50;

  /** The most episodes of help a case may record. */
  public static final int MAX_EPISODES = 100;

  private static final Comparator<Choice> CHOICE_ORDER = Comparator.comparing(Choice::chooser)
      .thenComparing(Choice::preference).thenComparing(Choice::setting);
  private static final Comparator<Goal> GOAL_ORDER =
      Comparator.comparing((Goal g) -> g.reviewBy().orElse(LocalDate.MAX)).thenComparing(Goal::description);
  private static final Comparator<Strength> STRENGTH_ORDER =
      Comparator.comparing(Strength::kind).thenComparing(Strength::description);

  private final String caseId;
  private final int age;
  private final LocalDate assessmentDate;
  private final Needs needs;
  private final Choices choices;
  private final Risk risk;
  private final HelpHistory history;
  private final ImmutableList<Strength> strengths;
  private final ImmutableSortedSet<Agency> agencies;

  private ThriveCase(Builder b) {
    this.caseId = requirePresent(b.caseId, "ThriveCase.caseId");
    check(!caseId.isBlank(), "ThriveCase.caseId", "must not be blank");
    check(caseId.length() <= 128, "ThriveCase.caseId", "must be at most 128 characters");
    requirePresent(b.age, "ThriveCase.age");
    check(b.age >= 0, "ThriveCase.age", "must not be negative");
    check(b.age <= MAX_AGE, "ThriveCase.age", "must be at most " + MAX_AGE);
    this.age = b.age;
    this.assessmentDate = requirePresent(b.assessmentDate, "ThriveCase.assessmentDate");
    this.needs = requirePresent(b.needs, "ThriveCase.needs");
    Choices given = requirePresent(b.choices, "ThriveCase.choices");
    this.choices = new Choices(ImmutableList.sortedCopyOf(CHOICE_ORDER, given.choices()),
        ImmutableList.sortedCopyOf(GOAL_ORDER, given.goals()));
    this.risk = requirePresent(b.risk, "ThriveCase.risk");
    this.history = requirePresent(b.history, "ThriveCase.history");
    this.strengths = ImmutableList.sortedCopyOf(STRENGTH_ORDER, b.strengths.build());
    this.agencies = b.agencies.build();

    check(!assessmentDate.isBefore(EARLIEST_ASSESSMENT) && !assessmentDate.isAfter(LATEST_ASSESSMENT),
        "ThriveCase.assessmentDate", "must be between " + EARLIEST_ASSESSMENT + " and " + LATEST_ASSESSMENT);
    check(choices.choices().size() <= MAX_CHOICES, "ThriveCase.choices", "must hold at most " + MAX_CHOICES + " choices");
    check(choices.goals().size() <= MAX_GOALS, "ThriveCase.goals", "must hold at most " + MAX_GOALS + " goals");
    check(strengths.size() <= MAX_STRENGTHS, "ThriveCase.strengths", "must hold at most " + MAX_STRENGTHS + " strengths");
    check(history.episodes().size() <= MAX_EPISODES, "ThriveCase.history.episodes",
        "must hold at most " + MAX_EPISODES + " episodes");
    // The young person was born at most age + 1 years before the assessment.
    LocalDate born = assessmentDate.minusYears(age + 1L);
    for (int i = 0; i < history.episodes().size(); i++) {
      HelpEpisode e = history.episodes().get(i);
      check(!e.start().isAfter(assessmentDate), "ThriveCase.history.episodes[" + i + "].start",
          "must not be after the assessment date");
      check(!e.start().isBefore(born), "ThriveCase.history.episodes[" + i + "].start",
          "must not be before the young person was born (age " + age + " at the assessment)");
      int index = i;
      e.end().ifPresent(end -> check(!end.isAfter(assessmentDate), "ThriveCase.history.episodes[" + index + "].end",
          "must not be after the assessment date; an episode still going has no end and is ongoing"));
    }
    for (int i = 0; i < choices.goals().size(); i++) {
      Goal g = choices.goals().get(i);
      int index = i;
      g.reviewBy().ifPresent(d -> check(!d.isBefore(assessmentDate),
          "ThriveCase.choices.goals[" + index + "].reviewBy", "must not be before the assessment date"));
      g.reviewBy().ifPresent(d -> check(!d.isAfter(assessmentDate.plusYears(MAX_REVIEW_YEARS_AHEAD)),
          "ThriveCase.choices.goals[" + index + "].reviewBy",
          "must be at most " + MAX_REVIEW_YEARS_AHEAD + " years after the assessment date"));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The opaque case id chosen by the host. */
  public String caseId() {
    return caseId;
  }

  /** Age in whole years at the assessment date (0 to 25). */
  public int age() {
    return age;
  }

  public LocalDate assessmentDate() {
    return assessmentDate;
  }

  public Needs needs() {
    return needs;
  }

  public Choices choices() {
    return choices;
  }

  public Risk risk() {
    return risk;
  }

  public HelpHistory history() {
    return history;
  }

  /** Strengths to build on, in canonical order. */
  public ImmutableList<Strength> strengths() {
    return strengths;
  }

  /** Agencies currently involved. */
  public ImmutableSortedSet<Agency> agencies() {
    return agencies;
  }

  /** A builder initialised with this case. */
  public Builder toBuilder() {
    Builder b = new Builder().caseId(caseId).age(age).assessmentDate(assessmentDate).needs(needs)
        .choices(choices).risk(risk).history(history);
    b.strengths.addAll(strengths);
    b.agencies.addAll(agencies);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThriveCase c
        && caseId.equals(c.caseId) && age == c.age && assessmentDate.equals(c.assessmentDate)
        && needs.equals(c.needs) && choices.equals(c.choices) && risk.equals(c.risk)
        && history.equals(c.history) && strengths.equals(c.strengths) && agencies.equals(c.agencies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, age, assessmentDate, needs, choices, risk, history, strengths, agencies);
  }

  /**
   * Whether {@code other} records the same case content: everything but the case id is equal. Two
   * such cases get the same suggestion and explanation from one rule set (only the advice's case id
   * and time of evaluation differ), which is what lets an advisor reuse an explanation exactly.
   */
  public boolean sameContentAs(ThriveCase other) {
    return age == other.age && assessmentDate.equals(other.assessmentDate)
        && needs.equals(other.needs) && choices.equals(other.choices) && risk.equals(other.risk)
        && history.equals(other.history) && strengths.equals(other.strengths) && agencies.equals(other.agencies);
  }

  /** A hash of the case content, consistent with {@link #sameContentAs} (the case id is left out). */
  public int contentHashCode() {
    return Objects.hash(age, assessmentDate, needs, choices, risk, history, strengths, agencies);
  }

  /** Names the type only: case content, and the case id, never reach a log through {@code toString}. */
  @Override
  public String toString() {
    return "ThriveCase";
  }

  /** Builds a {@link ThriveCase}. Not thread-safe. */
  public static final class Builder {
    private String caseId;
    private Integer age;
    private LocalDate assessmentDate;
    private Needs needs;
    private Choices choices = Choices.none();
    private Risk risk;
    private HelpHistory history;
    private ImmutableList.Builder<Strength> strengths = ImmutableList.builder();
    private ImmutableSortedSet.Builder<Agency> agencies = ImmutableSortedSet.naturalOrder();

    private Builder() {}

    public Builder caseId(String caseId) {
      this.caseId = caseId;
      return this;
    }

    public Builder age(int age) {
      this.age = age;
      return this;
    }

    public Builder assessmentDate(LocalDate assessmentDate) {
      this.assessmentDate = assessmentDate;
      return this;
    }

    public Builder needs(Needs needs) {
      this.needs = needs;
      return this;
    }

    public Builder choices(Choices choices) {
      this.choices = choices;
      return this;
    }

    /** Risk is required: use {@link Risk#none()} when assessed as none, {@link Risk#notAssessed()} otherwise. */
    public Builder risk(Risk risk) {
      this.risk = risk;
      return this;
    }

    /** History is required: use {@link HelpHistory#firstContact} when there has been no help. */
    public Builder history(HelpHistory history) {
      this.history = history;
      return this;
    }

    public Builder addStrength(Strength strength) {
      strengths.add(requirePresent(strength, "ThriveCase.strengths"));
      return this;
    }

    public Builder strengths(Iterable<Strength> all) {
      strengths = ImmutableList.builder();
      for (Strength s : requirePresent(all, "ThriveCase.strengths")) {
        addStrength(s);
      }
      return this;
    }

    public Builder agencies(Set<Agency> all) {
      agencies = ImmutableSortedSet.naturalOrder();
      for (Agency a : requirePresent(all, "ThriveCase.agencies")) {
        agencies.add(requirePresent(a, "ThriveCase.agencies"));
      }
      return this;
    }

    /** Builds the case, validating it. */
    public ThriveCase build() {
      return new ThriveCase(this);
    }
  }
}
