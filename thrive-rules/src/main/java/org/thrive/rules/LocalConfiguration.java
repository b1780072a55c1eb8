package org.thrive.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.thrive.model.advice.Wording;
import org.thrive.model.choice.ChoiceStage;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.needs.CurrentViewItem;

/**
 * An area's local configuration: for each grouping, what its input involves, who provides it, how
 * long it lasts, what success looks like, when to review and what happens then, in both wordings.
 * THRIVE leaves these to each area; the defaults describe the framework in general terms.
 *
 * <p>Immutable and thread-safe. Build from {@link Properties} with keys
 * {@code GROUPING.field} (practitioner wording) and {@code GROUPING.field.family} (family
 * wording), where field is one of {@code involves, providedBy, howLong, success, atReview,
 * ifNotMet}, plus {@code GROUPING.reviewAfter} (an ISO-8601 period such as {@code P12W}). Keys
 * not given keep their default; an unknown key or a bad period is an error naming the key.
 */
public final class LocalConfiguration {
  private static final String DEFAULTS = "/org/thrive/rules/local/default-services.properties";
  private static final List<String> FIELDS = List.of("involves", "providedBy", "howLong", "success", "atReview", "ifNotMet");

  private final ImmutableMap<String, String> values;
  // parsed once: the advisor reads these for every case
  private final java.util.EnumMap<CurrentViewItem, Integer> ratedFrom = new java.util.EnumMap<>(CurrentViewItem.class);
  private final java.util.Map<String, Integer> ints = new java.util.HashMap<>();
  private final java.util.EnumMap<Grouping, java.util.Map<String, Optional<Wording>>> wordings =
      new java.util.EnumMap<>(Grouping.class);
  private final java.util.EnumMap<Grouping, Optional<Period>> reviews = new java.util.EnumMap<>(Grouping.class);

  private LocalConfiguration(Map<String, String> values) {
    this.values = ImmutableMap.copyOf(new TreeMap<>(values));
    for (CurrentViewItem item : CurrentViewItem.values()) {
      String v = this.values.get(RATED_FROM_AGE + item.code());
      ratedFrom.put(item, v == null ? 0 : Integer.parseInt(v));
    }
    for (String key : CLINICAL_KEYS.keySet()) {
      String v = this.values.get(key);
      if (v != null) {
        ints.put(key, Integer.parseInt(v));
      }
    }
    for (Grouping g : Grouping.values()) {
      java.util.Map<String, Optional<Wording>> byField = new java.util.HashMap<>();
      for (String field : FIELDS) {
        String p = this.values.get(g.name() + "." + field);
        String f = this.values.get(g.name() + "." + field + ".family");
        byField.put(field, p == null || f == null ? Optional.empty() : Optional.of(new Wording(p, f)));
      }
      wordings.put(g, byField);
      reviews.put(g, Optional.ofNullable(this.values.get(g.name() + ".reviewAfter")).map(Period::parse));
    }
  }

  /** The default configuration shipped with the library. */
  public static LocalConfiguration defaults() {
    try (InputStream in = LocalConfiguration.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the jar");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new LocalConfiguration(check(p, new TreeMap<>()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The defaults with the given properties laid over them.
   *
   * @throws IllegalArgumentException naming every unknown key or bad value
   */
  public static LocalConfiguration fromProperties(Properties overrides) {
    checkNotNull(overrides, "overrides");
    Map<String, String> merged = new TreeMap<>(defaults().values);
    return new LocalConfiguration(check(overrides, merged));
  }

  private static Map<String, String> check(Properties p, Map<String, String> into) {
    List<String> problems = new ArrayList<>();
    for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
      String value = p.getProperty(key).trim();
      String[] parts = key.split("\\.");
      Optional<Grouping> grouping = parts.length >= 2 ? grouping(parts[0]) : Optional.empty();
      if (key.startsWith(RATED_FROM_AGE) && CurrentViewItem.fromCode(key.substring(RATED_FROM_AGE.length()))
          .filter(i -> i.part().isRated()).isPresent()) {
        try {
          int n = Integer.parseInt(value);
          if (n < 0 || n > 25) {
            problems.add(key + ": must be a whole number from 0 to 25");
          }
        } catch (NumberFormatException e) {
          problems.add(key + ": must be a whole number");
        }
        into.put(key, value);
        continue;
      }
      if (CLINICAL_KEYS.containsKey(key)) {
        try {
          int n = Integer.parseInt(value);
          int[] range = CLINICAL_KEYS.get(key);
          if (n < range[0] || n > range[1]) {
            problems.add(key + ": must be a whole number from " + range[0] + " to " + range[1]);
          }
        } catch (NumberFormatException e) {
          problems.add(key + ": must be a whole number");
        }
        into.put(key, value);
        continue;
      }
      boolean known = grouping.isPresent() && ((parts.length == 2 && parts[1].equals("reviewAfter"))
          || (parts.length == 2 && FIELDS.contains(parts[1]))
          || (parts.length == 3 && FIELDS.contains(parts[1]) && parts[2].equals("family")));
      if (!known) {
        problems.add("unknown key (a key's text is not repeated here); expected one of " + CLINICAL_KEYS.keySet()
            + ", " + RATED_FROM_AGE + "ITEM (ITEM a rated item code such as problem.18), GROUPING.field or GROUPING.field.family with a grouping of "
            + java.util.Arrays.toString(Grouping.values()) + " and a field of " + FIELDS + ", or GROUPING.reviewAfter");
        continue;
      }
      if (parts[1].equals("reviewAfter")) {
        try {
          Period period = Period.parse(value);
          if (period.isNegative() || period.isZero()) {
            problems.add(key + ": must be a positive period");
          }
        } catch (DateTimeParseException e) {
          problems.add(key + ": must be an ISO-8601 period such as P12W or P3M");
        }
      } else if (value.isEmpty()) {
        problems.add(key + ": must not be empty");
      }
      into.put(key, value);
    }
    if (problems.isEmpty() && Integer.parseInt(into.getOrDefault(PARENT_LEADS_UNDER, "12"))
        > Integer.parseInt(into.getOrDefault(YOUNG_PERSON_LEADS_FROM, "16"))) {
      problems.add(PARENT_LEADS_UNDER + ": must not be above " + YOUNG_PERSON_LEADS_FROM);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("local configuration is not valid:" + System.lineSeparator() + "  "
          + String.join(System.lineSeparator() + "  ", problems));
    }
    return into;
  }

  /** The age below which the parent's or carer's informed choice leads. */
  public static final String PARENT_LEADS_UNDER = "choice.parentOrCarerLeadsUnder";
  /** The age from which the young person's informed choice leads. */
  public static final String YOUNG_PERSON_LEADS_FROM = "choice.youngPersonLeadsFrom";
  /** How many days after an episode ended its last review still counts as the review of now. */
  public static final String REVIEW_CURRENT_WITHIN_DAYS = "review.currentWithinDays";
  /** How many days after the assessment the plan is reviewed when an immediate crisis response is raised. */
  public static final String REVIEW_AT_CRISIS_WITHIN_DAYS = "review.atCrisisWithinDays";

  /** The prefix of keys giving the age from which a Current View item is rated, e.g. {@code currentView.ratedFromAge.problem.18}. */
  public static final String RATED_FROM_AGE = "currentView.ratedFromAge.";

  /**
   * The age from which the Current View completion guidance rates the item (0 when it is rated at
   * every age). A rating below that age gives a warning in the advice, so the rating is checked.
   */
  public int ratedFromAge(CurrentViewItem item) {
    return ratedFrom.get(item);
  }

  /** The clinical keys, each a whole number in a range. */
  private static final ImmutableMap<String, int[]> CLINICAL_KEYS = ImmutableMap.of(
      PARENT_LEADS_UNDER, new int[] {0, 26},
      YOUNG_PERSON_LEADS_FROM, new int[] {0, 26},
      REVIEW_CURRENT_WITHIN_DAYS, new int[] {0, 365},
      REVIEW_AT_CRISIS_WITHIN_DAYS, new int[] {0, 28});

  /**
   * Whose informed choice leads at this age: the parent's or carer's below
   * {@value #PARENT_LEADS_UNDER} (default 12), the young person's from
   * {@value #YOUNG_PERSON_LEADS_FROM} (default 16, when the Mental Capacity Act presumes
   * capacity), and both in between, where a young person may be Gillick competent and the
   * practitioner weighs both.
   */
  public ChoiceStage choiceStage(int age) {
    if (age < intValue(PARENT_LEADS_UNDER)) {
      return ChoiceStage.PARENT_OR_CARER_LEADS;
    }
    return age >= intValue(YOUNG_PERSON_LEADS_FROM) ? ChoiceStage.YOUNG_PERSON_LEADS : ChoiceStage.SHARED;
  }

  /**
   * How many days after an episode ended its last review still describes now (default 42). A
   * review of an episode that ended earlier belongs to that episode: a later need is new.
   */
  public int reviewCurrentWithinDays() {
    return intValue(REVIEW_CURRENT_WITHIN_DAYS);
  }

  /**
   * How many days after the assessment the plan is reviewed when an immediate crisis response is
   * raised, whatever the grouping's usual review period (default 7).
   */
  public int reviewAtCrisisWithinDays() {
    return intValue(REVIEW_AT_CRISIS_WITHIN_DAYS);
  }

  private int intValue(String key) {
    Integer v = ints.get(key);
    return v != null ? v : Integer.parseInt(values.get(key));
  }

  private static Optional<Grouping> grouping(String name) {
    try {
      return Optional.of(Grouping.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A field in both wordings, if configured for the grouping. */
  public Optional<Wording> wording(Grouping grouping, String field) {
    Optional<Wording> known = wordings.get(grouping).get(field);
    if (known != null) {
      return known;
    }
    String p = values.get(grouping.name() + "." + field);
    String f = values.get(grouping.name() + "." + field + ".family");
    return p == null || f == null ? Optional.empty() : Optional.of(new Wording(p, f));
  }

  /** A field in both wordings, or a note that the area has not configured it. */
  Wording wordingOrNote(Grouping grouping, String field) {
    return wording(grouping, field).orElseGet(() -> new Wording("Not configured for this area (" + grouping.name() + "."
        + field + ").", Texts.fill("local.notConfigured.family")));
  }

  /** The review period for the grouping, if it has one. */
  public Optional<Period> reviewAfter(Grouping grouping) {
    return reviews.get(grouping);
  }

  /** Every family wording, for readability checks. */
  public ImmutableList<String> familyTexts() {
    return values.entrySet().stream().filter(e -> e.getKey().endsWith(".family")).map(Map.Entry::getValue)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalConfiguration c && values.equals(c.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
