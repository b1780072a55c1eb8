package org.thrive.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thrive.model.Agency;
import org.thrive.model.InvalidCaseException;
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
 * Reads a case file (JSON, the format in the README and {@code schema/thrive-case.schema.json})
 * into a {@link ThriveCase}. Strict: unknown fields, unknown values and missing required fields
 * are errors, reported as a {@link CaseFileException} naming the JSON path and the problem.
 *
 * <p>Enumerated values are written as words, case and separators ignored: {@code "Not known"},
 * {@code "not_known"} and {@code "NOT-KNOWN"} are the same value. Thread-safe.
 */
public final class CaseReader {
  /** The largest case file read, in bytes. */
  public static final long MAX_FILE_BYTES = 1_048_576;
  /** The deepest nesting of JSON objects and arrays in a case. */
  public static final int MAX_NESTING = 16;
  /** The longest JSON string in a case (goals and strengths are at most 500 characters). */
  public static final int MAX_STRING_LENGTH = 10_000;
  /** The longest JSON array in a case. */
  public static final int MAX_ARRAY_LENGTH = ThriveCase.MAX_EPISODES;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_STRING_LENGTH)
          .maxNumberLength(20)
          .maxDocumentLength(MAX_FILE_BYTES)
          .build())
      .build();

  private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Item keys are written canonically: the item number in ASCII digits, no sign, space or leading zero. */
  private static final java.util.regex.Pattern ITEM_KEY = java.util.regex.Pattern.compile("[1-9][0-9]?");
  /** A SNOMED CT concept id: 6 to 18 digits, no leading zero. */
  private static final java.util.regex.Pattern SNOMED_KEY = java.util.regex.Pattern.compile("[1-9][0-9]{5,17}");

  private static final Set<String> TOP = Set.of("caseId", "age", "assessmentDate", "needs", "choices", "goals",
      "risk", "history", "strengths", "agencies", "$schema", "description");

  /** Reads a case file. */
  public ThriveCase read(Path file) throws IOException {
    // A FIFO or a device would block or never end: read regular files only, of a bounded size.
    if (!Files.exists(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    if (!Files.isRegularFile(file)) {
      throw new CaseFileException("$", "the case is not a regular file");
    }
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new CaseFileException("$", "the case file is larger than the limit of " + MAX_FILE_BYTES + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads a case from JSON (UTF-8, at most {@link #MAX_FILE_BYTES} bytes). */
  public ThriveCase read(InputStream json) throws IOException {
    byte[] bytes = json.readNBytes((int) MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new CaseFileException("$", "the case file is larger than the limit of " + MAX_FILE_BYTES + " bytes");
    }
    String text;
    try {
      text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new CaseFileException("$", "the case file is not valid UTF-8");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String what;
      if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
        what = original.contains("nesting") || original.contains("Depth") ? "the JSON is nested deeper than the limit of "
            + MAX_NESTING : original.contains("Document length") ? "the case is larger than the limit of "
            + MAX_FILE_BYTES + " bytes" : original.contains("Number") ? "a number is longer than the limit of 20 digits"
            : "a string or field name is longer than the limit of " + MAX_STRING_LENGTH + " characters";
      } else if (e.getClass().getSimpleName().contains("Eof") || original.startsWith("Unexpected end-of-input")) {
        what = "the JSON ends too early";
      } else if (original.startsWith("Duplicate field")) {
        what = "a field is given twice";
      } else {
        what = "malformed JSON";
      }
      throw new CaseFileException(where, what);
    }
    if (root == null || root.isMissingNode()) {
      throw new CaseFileException("$", "the file is empty; expected a JSON object");
    }
    return toCase(root);
  }

  /** Reads a case from a JSON tree. */
  public ThriveCase toCase(JsonNode root) {
    Node r = new Node(root, "$");
    r.requireObject();
    r.allowOnly(TOP);
    r.optional("description").ifPresent(Node::text);
    r.optional("$schema").ifPresent(Node::text);
    int age = r.required("age").integer();
    LocalDate assessed = r.required("assessmentDate").date();
    ThriveCase.Builder b = ThriveCase.builder()
        .caseId(r.required("caseId").text())
        .age(age)
        .assessmentDate(assessed)
        .needs(needs(r.required("needs")))
        .risk(risk(r.required("risk")))
        .history(history(r.required("history"), episodes(r.required("history"))));
    List<Choice> choices = r.optional("choices").map(n -> n.list(this::choice)).orElse(List.of());
    List<Goal> goals = r.optional("goals").map(n -> n.list(this::goal)).orElse(List.of());
    checkDatesInFileOrder(episodes(r.required("history")), goals, assessed, age);
    b.choices(new Choices(ImmutableList.copyOf(choices), ImmutableList.copyOf(goals)));
    r.optional("strengths").ifPresent(n -> b.strengths(n.list(this::strength)));
    r.optional("agencies").ifPresent(n -> b.agencies(new java.util.TreeSet<>(n.list(e -> e.enumValue(Agency.class)))));
    try {
      return b.build();
    } catch (InvalidCaseException e) {
      throw new CaseFileException(jsonPath(e.field()), e.problem());
    }
  }

  /**
   * The model checks dates after putting episodes and goals in canonical order; check them here
   * first, in the order of the file, so an error names the element the author wrote.
   */
  private static void checkDatesInFileOrder(List<HelpEpisode> episodes, List<Goal> goals, LocalDate assessed, int age) {
    if (age < 0 || age > ThriveCase.MAX_AGE || assessed.isBefore(ThriveCase.EARLIEST_ASSESSMENT)
        || assessed.isAfter(ThriveCase.LATEST_ASSESSMENT)) {
      return; // the model names the age or the assessment date first
    }
    LocalDate born = assessed.minusYears(age + 1L);
    for (int i = 0; i < episodes.size(); i++) {
      HelpEpisode e = episodes.get(i);
      String at = "$.history.episodes[" + i + "]";
      if (e.start().isAfter(assessed)) {
        fail(at + ".start", "must not be after the assessment date");
      }
      if (age >= 0 && e.start().isBefore(born)) {
        fail(at + ".start", "must not be before the young person was born (age " + age + " at the assessment)");
      }
      if (e.end().isPresent() && e.end().get().isAfter(assessed)) {
        fail(at + ".end", "must not be after the assessment date; an episode still going has no end and is ongoing");
      }
    }
    for (int i = 0; i < goals.size(); i++) {
      int index = i;
      goals.get(i).reviewBy().ifPresent(d -> {
        if (d.isBefore(assessed)) {
          fail("$.goals[" + index + "].reviewBy", "must not be before the assessment date");
        }
        if (d.isAfter(assessed.plusYears(ThriveCase.MAX_REVIEW_YEARS_AHEAD))) {
          fail("$.goals[" + index + "].reviewBy", "must be at most " + ThriveCase.MAX_REVIEW_YEARS_AHEAD
              + " years after the assessment date");
        }
      });
    }
  }

  private Needs needs(Node n) {
    n.requireObject();
    n.allowOnly(Set.of("problems", "complexityFactors", "context", "education", "unlisted", "unlistedComplexityFactors"));
    Needs.Builder b = Needs.builder();
    n.optional("unlisted").ifPresent(u -> b.unlistedRatings(u.rating()));
    n.optional("unlistedComplexityFactors").ifPresent(u -> b.unlistedComplexityFactors(u.presence()));
    rated(n, "problems", Part.PROBLEM, b);
    rated(n, "context", Part.CONTEXTUAL_PROBLEM, b);
    rated(n, "education", Part.EDUCATION, b);
    n.optional("complexityFactors").ifPresent(f -> {
      f.requireObject();
      f.fields().forEach((key, value) -> {
        CurrentViewItem item = item(value, key, Part.COMPLEXITY_FACTOR);
        wrap(f, () -> b.complexity(item, value.presence()));
      });
    });
    return b.build();
  }

  private static void rated(Node n, String field, Part part, Needs.Builder b) {
    n.optional(field).ifPresent(f -> {
      f.requireObject();
      f.fields().forEach((key, value) -> {
        CurrentViewItem item = item(value, key, part);
        Rating rating = value.rating();
        try {
          b.rate(item, rating);
        } catch (InvalidCaseException e) {
          fail(f.path, e.problem().replace("is rated twice", "rates item " + item.number() + " twice"));
        }
      });
    });
  }

  private static CurrentViewItem item(Node at, String key, Part part) {
    int count = CurrentViewItem.of(part).size();
    if (ITEM_KEY.matcher(key).matches()) {
      Optional<CurrentViewItem> item = CurrentViewItem.find(part, Integer.parseInt(key));
      if (item.isPresent()) {
        return item.get();
      }
    }
    if (SNOMED_KEY.matcher(key).matches()) {
      Optional<CurrentViewItem> item = CurrentViewItem.fromSnomedCt(key);
      if (item.isPresent() && item.get().part() == part) {
        return item.get();
      }
      if (item.isPresent()) {
        throw new CaseFileException(at.path, "is the SNOMED CT code of " + item.get().part().code() + " item "
            + item.get().number() + ", not of a " + part.code() + " item");
      }
    }
    // Echo the key only when it is canonical: any other key may hold case content.
    String path = ITEM_KEY.matcher(key).matches() ? at.path : at.path.substring(0, at.path.length() - key.length() - 1);
    throw new CaseFileException(path, "unknown " + part.code() + " item (keys are the item number written as 1 to "
        + count + ", with no sign, space or leading zero, or the item's SNOMED CT code)");
  }

  private Risk risk(Node n) {
    n.requireObject();
    n.allowOnly(Set.of("toSelf", "toOthers", "fromOthers", "harmFromOthers", "crises", "immediateDanger"));
    Crises crises = n.optional("crises").map(c -> {
      if (c.json.isTextual()) {
        // whether there were crises was not recorded: unknown risk, never none
        if (!normalise(c.json.asText()).equals(normalise("not known"))) {
          fail(c.path, "must be an object of counts, or \"not known\"");
        }
        return Crises.notKnown();
      }
      c.requireObject();
      c.allowOnly(Set.of("emergencyAttendances", "otherCrisisContacts", "periodDays"));
      if (c.optional("emergencyAttendances").isEmpty() && c.optional("otherCrisisContacts").isEmpty()) {
        // a crisis record with no count says crises were counted but not how many: never read as none
        fail(c.path, "gives no count: give emergencyAttendances or otherCrisisContacts (0 where there were none),"
            + " or leave crises out when none were counted");
      }
      int attendances = c.optional("emergencyAttendances").map(Node::integer).orElse(0);
      int contacts = c.optional("otherCrisisContacts").map(Node::integer).orElse(0);
      Optional<Integer> period = c.optional("periodDays").map(Node::integer);
      // no period: when the latest crisis happened is not known (never assumed recent)
      return wrap(c, () -> period.map(days -> new Crises(attendances, contacts, days))
          .orElseGet(() -> Crises.periodNotKnown(attendances, contacts)));
    }).orElse(Crises.none());
    Set<HarmFromOthers> harms = n.optional("harmFromOthers")
        .map(h -> (Set<HarmFromOthers>) new java.util.TreeSet<>(h.list(e -> e.enumValue(HarmFromOthers.class))))
        .orElse(Set.of());
    // left out, immediate danger is not known: unknown is never read as no danger
    Optional<Boolean> danger = n.optional("immediateDanger").flatMap(CaseReader::immediateDanger);
    return new Risk(n.required("toSelf").enumValue(RiskLevel.class), n.required("toOthers").enumValue(RiskLevel.class),
        n.required("fromOthers").enumValue(RiskLevel.class),
        com.google.common.collect.ImmutableSortedSet.copyOf(harms), crises,
        danger.orElse(false), danger.isPresent());
  }

  /** {@code "immediateDanger"}: true, false, or "not known" (empty). */
  private static Optional<Boolean> immediateDanger(Node d) {
    if (d.json.isTextual() && normalise(d.json.asText()).equals(normalise("not known"))) {
      return Optional.empty();
    }
    if (!d.json.isBoolean()) {
      fail(d.path, "must be true, false or \"not known\"");
    }
    return Optional.of(d.json.asBoolean());
  }

  /** The episodes in the order of the file (the model keeps them in date order). */
  /** The episodes in the order of the file; none when the history of help is "not known". */
  private List<HelpEpisode> episodes(Node n) {
    n.requireObject();
    return n.optional("episodes").filter(e -> !episodesNotKnown(e)).map(e -> e.list(this::episode)).orElse(List.of());
  }

  /** {@code "episodes": "not known"}: the help the young person has had was not recorded. */
  private static boolean episodesNotKnown(Node e) {
    if (!e.json.isTextual()) {
      return false;
    }
    if (!normalise(e.json.asText()).equals(normalise("not known"))) {
      fail(e.path, "must be a JSON array of episodes (empty for a first contact), or \"not known\"");
    }
    return true;
  }

  private HelpHistory history(Node n, List<HelpEpisode> episodes) {
    n.requireObject();
    n.allowOnly(Set.of("episodes", "latestReview", "engagement"));
    // left out, the history of help is not known: unknown is never read as a first contact
    boolean known = n.optional("episodes").map(e -> !episodesNotKnown(e)).orElse(false);
    Progress review = n.optional("latestReview").map(p -> p.enumValue(Progress.class)).orElse(Progress.NOT_REVIEWED);
    Engagement engagement = n.required("engagement").enumValue(Engagement.class);
    if (!known && review != Progress.NOT_REVIEWED) {
      fail(n.path + ".latestReview", "must be left out when the episodes are not known (give the episodes, or [] for"
          + " a first contact)");
    }
    return known ? new HelpHistory(ImmutableList.copyOf(episodes), review, engagement)
        : HelpHistory.notKnown(engagement);
  }

  private HelpEpisode episode(Node n) {
    n.requireObject();
    n.allowOnly(Set.of("kind", "start", "end", "outcome"));
    HelpKind kind = n.required("kind").enumValue(HelpKind.class);
    LocalDate start = n.required("start").date();
    Optional<LocalDate> end = n.optional("end").map(Node::date);
    Outcome outcome = n.required("outcome").enumValue(Outcome.class);
    return wrap(n, () -> new HelpEpisode(kind, start, end, outcome));
  }

  private Choice choice(Node n) {
    n.requireObject();
    n.allowOnly(Set.of("by", "wants", "setting"));
    return new Choice(n.required("by").enumValue(Chooser.class), n.required("wants").enumValue(Preference.class),
        n.optional("setting").map(s -> s.enumValue(Setting.class)).orElse(Setting.NO_PREFERENCE));
  }

  private Goal goal(Node n) {
    n.requireObject();
    n.allowOnly(Set.of("goal", "reviewBy"));
    String text = n.required("goal").text();
    if (text.isBlank()) {
      fail(n.path + ".goal", "must not be blank");
    }
    Optional<LocalDate> reviewBy = n.optional("reviewBy").map(Node::date);
    return wrap(n, () -> new Goal(text, reviewBy));
  }

  private Strength strength(Node n) {
    n.requireObject();
    n.allowOnly(Set.of("kind", "description"));
    StrengthKind kind = n.required("kind").enumValue(StrengthKind.class);
    String description = n.required("description").text();
    return wrap(n, () -> new Strength(kind, description));
  }

  /** Builds a model part, turning its validation error into one at this JSON node. */
  private static <T> T wrap(Node n, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidCaseException e) {
      String field = e.field();
      String leaf = field.substring(field.lastIndexOf('.') + 1);
      if (field.equals("Goal.description")) {
        leaf = "goal"; // the JSON field of a goal's text
      }
      return fail(n.path + "." + leaf, e.problem());
    }
  }

  private static <T> T fail(String path, String problem) {
    throw new CaseFileException(path, problem);
  }

  /** Maps a model field such as {@code ThriveCase.history.episodes[0].start} to a JSON path. */
  static String jsonPath(String modelField) {
    String f = modelField.startsWith("ThriveCase.") ? modelField.substring("ThriveCase.".length()) : modelField;
    f = f.replace("choices.goals", "goals");
    return "$." + f;
  }

  static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String normalise(String s) {
    return s.replaceAll("[\\s_\\-/]", "").toLowerCase(Locale.ROOT);
  }

  /** A JSON node with its path, for error messages. */
  private static final class Node {
    final JsonNode json;
    final String path;

    Node(JsonNode json, String path) {
      this.json = json;
      this.path = path;
    }

    void requireObject() {
      if (!json.isObject()) {
        fail(path, "must be a JSON object");
      }
    }

    void allowOnly(Set<String> names) {
      Iterator<String> it = json.fieldNames();
      while (it.hasNext()) {
        String name = it.next();
        if (!names.contains(name)) {
          // the name is not echoed: a field name is free text and may hold case content
          fail(path, "has an unknown field (its name is not repeated here); expected only "
              + names.stream().sorted().filter(x -> !x.startsWith("$")).collect(Collectors.joining(", ")));
        }
      }
    }

    Node required(String name) {
      JsonNode child = json.get(name);
      if (child == null) {
        fail(path + "." + name, "is required");
      }
      if (child.isNull()) {
        fail(path + "." + name, "must not be null; it is required");
      }
      return new Node(child, path + "." + name);
    }

    /** A field that may be left out. A JSON null is an error: it is never read as none or as a default. */
    Optional<Node> optional(String name) {
      JsonNode child = json.get(name);
      if (child != null && child.isNull()) {
        fail(path + "." + name, "must not be null; leave the field out, or give a value (\"not known\" where the"
            + " field has it)");
      }
      return child == null ? Optional.empty() : Optional.of(new Node(child, path + "." + name));
    }

    Map<String, Node> fields() {
      Map<String, Node> out = new java.util.LinkedHashMap<>();
      json.properties().forEach(e -> out.put(e.getKey(), new Node(e.getValue(), path + "." + e.getKey())));
      return out;
    }

    <T> List<T> list(Function<Node, T> each) {
      if (!json.isArray()) {
        fail(path, "must be a JSON array");
      }
      if (json.size() > MAX_ARRAY_LENGTH) {
        fail(path, "holds more than the limit of " + MAX_ARRAY_LENGTH + " elements");
      }
      List<T> out = new ArrayList<>();
      for (int i = 0; i < json.size(); i++) {
        out.add(each.apply(new Node(json.get(i), path + "[" + i + "]")));
      }
      return out;
    }

    String text() {
      if (!json.isTextual()) {
        fail(path, "must be a string");
      }
      return json.asText();
    }

    int integer() {
      if (!json.isIntegralNumber()) {
        fail(path, "must be a whole number");
      }
      if (!json.canConvertToInt()) {
        // out of int range: the nearest int fails the field's own range check with its message
        return json.bigIntegerValue().signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      }
      return json.asInt();
    }

    boolean bool() {
      if (!json.isBoolean()) {
        fail(path, "must be true or false");
      }
      return json.asBoolean();
    }

    LocalDate date() {
      String s = text();
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        return fail(path, "must be a date written YYYY-MM-DD");
      }
    }

    /**
     * A rating word, or an MHSDS score: 0 to 3 are None to Severe; any other whole number (NHS
     * extracts hold 888, 999 and the like) is Not known, never None.
     */
    Rating rating() {
      if (json.isNumber()) {
        if (!json.canConvertToExactIntegral() || !json.canConvertToInt()) {
          return fail(path, "a score must be a whole number: 0 to 3 (any other whole number is read as Not known)");
        }
        return Rating.fromScore(json.intValue()).orElse(Rating.NOT_KNOWN);
      }
      return Rating.fromLabel(text()).orElseGet(() -> fail(path,
          "unknown rating; expected one of None, Mild, Moderate, Severe, Not known, or a score 0 to 3"));
    }

    Presence presence() {
      return Presence.fromLabel(text()).orElseGet(() -> fail(path, "unknown value; expected one of Yes, No, Not known"));
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
      String key = normalise(text());
      for (E e : type.getEnumConstants()) {
        if (normalise(e.name()).equals(key)) {
          return e;
        }
      }
      return fail(path, "unknown value; expected one of " + Arrays.stream(type.getEnumConstants())
          .map(CaseReader::words).map(w -> "\"" + w + "\"").collect(Collectors.joining(", ")));
    }
  }
}
