package org.thrive.json;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.thrive.model.ThriveCase;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;

/**
 * Builds cases for a caseload from an MHSDS-shaped extract of Current View scores, joined with a
 * companion file of the other THRIVE inputs.
 *
 * <p><b>Scores file</b> (CSV with a header; one row per person, assessment date and item):
 * {@code person_id,assessment_date,item_code,score}. {@code item_code} is the item's SNOMED CT code
 * as MHSDS records it; {@code score} is 0 to 3, and any other whole number (888, 999 ...) is Not
 * known. For each person the latest assessment date is used; items the extract does not hold for
 * that date are Not known, never None.
 *
 * <p><b>Companion file</b> (CSV with a header; one row per person): {@code person_id} and {@code age}
 * are required; {@code risk_to_self}, {@code risk_to_others}, {@code risk_from_others},
 * {@code immediate_danger} (true, false or not known; left out or empty, not known),
 * {@code emergency_attendances}, {@code other_crisis_contacts} and {@code crisis_period_days} (whole
 * numbers; with neither count given, whether there were crises is not known, never none; one count
 * without the other is refused, because the blank one is not known),
 * {@code engagement}, {@code choice_by} and
 * {@code choice_wants} are optional, in the words of the case format ("high", "not known",
 * "engaged", "young person", "goal-based help"). A column left out or empty is Not known (for
 * immediate danger: not recorded as present), so such cases ask for what is missing rather than
 * guess. {@code help_history} is {@code none} (a first contact), {@code not known}, or the episodes
 * written {@code kind|start|end|outcome} and separated by {@code ;} ({@code end} empty for help
 * still going), in the words of the case format; left out or empty it is not known, which is not
 * a first contact. Complexity factors and strengths are not in the extract: they are Not known or
 * empty.
 *
 * <p>A person whose rows cannot be made into a case is returned as a problem, with the file, row
 * and what is wrong, never dropped. Messages name rows, columns and codes, never a value from a
 * person's record. Thread-safe.
 */
public final class MhsdsExtractReader {
  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COMPANION_OPTIONAL = List.of("risk_to_self", "risk_to_others", "risk_from_others",
      "immediate_danger", "emergency_attendances", "other_crisis_contacts", "crisis_period_days", "engagement",
      "help_history", "choice_by", "choice_wants");

  /**
   * One person of the extract: the case, or why it could not be made; and notes on rows that were
   * read but may not say what the extract meant (scores outside 0 to 3 read as Not known, rows of
   * earlier assessments not used), by row number, never by value.
   */
  public record Result(String personId, Optional<ThriveCase> thriveCase, Optional<String> problem,
      ImmutableList<String> notes) {
    public Result(String personId, Optional<ThriveCase> thriveCase, Optional<String> problem) {
      this(personId, thriveCase, problem, ImmutableList.of());
    }

    public boolean ok() {
      return thriveCase.isPresent();
    }
  }

  private record Score(int row, LocalDate date, String code, String score) {}

  /** Reads both files; one result per person in the scores file, in order of first appearance. */
  public ImmutableList<Result> read(Path scores, Path companion) throws IOException {
    Map<String, List<Score>> byPerson = new LinkedHashMap<>();
    List<Map<String, String>> scoreRows = rows(scores);
    requireColumns(scores, scoreRows, List.of("person_id", "assessment_date", "item_code", "score"));
    ImmutableList.Builder<Result> out = ImmutableList.builder();
    Map<String, String> badPeople = new LinkedHashMap<>();
    for (int i = 0; i < scoreRows.size(); i++) {
      Map<String, String> r = scoreRows.get(i);
      int row = i + 2; // the header is row 1
      String person = r.getOrDefault("person_id", "").strip();
      if (person.isEmpty()) {
        throw new CaseFileException(scores.getFileName() + " row " + row, "person_id is empty");
      }
      byPerson.computeIfAbsent(person, k -> new java.util.ArrayList<>());
      LocalDate date;
      try {
        date = LocalDate.parse(r.getOrDefault("assessment_date", "").strip());
      } catch (DateTimeParseException e) {
        badPeople.putIfAbsent(person, scores.getFileName() + " row " + row + ": assessment_date must be a date written"
            + " YYYY-MM-DD");
        continue;
      }
      byPerson.get(person).add(new Score(row, date, r.getOrDefault("item_code", "").strip(),
          r.getOrDefault("score", "").strip()));
    }
    Map<String, Map<String, String>> companions = new LinkedHashMap<>();
    Map<String, Integer> companionRow = new LinkedHashMap<>();
    List<Map<String, String>> companionRows = rows(companion);
    requireColumns(companion, companionRows, List.of("person_id", "age"));
    if (!companionRows.isEmpty()) {
      int position = 0;
      for (String column : companionRows.get(0).keySet()) {
        position++;
        if (!column.equals("person_id") && !column.equals("age") && !COMPANION_OPTIONAL.contains(column)) {
          // a misspelt column would otherwise be read as Not known, or a danger as absent; its
          // position says which it is without repeating a name that could carry anything
          throw new CaseFileException(companion.getFileName().toString(), "has a column this reader does not know"
              + " (column " + position + " of the header; its name is not repeated here); the columns are person_id, age, "
              + String.join(", ", COMPANION_OPTIONAL));
        }
      }
    }
    for (int i = 0; i < companionRows.size(); i++) {
      String person = companionRows.get(i).getOrDefault("person_id", "").strip();
      if (person.isEmpty()) {
        throw new CaseFileException(companion.getFileName() + " row " + (i + 2), "person_id is empty");
      }
      if (companions.putIfAbsent(person, companionRows.get(i)) != null) {
        throw new CaseFileException(companion.getFileName() + " row " + (i + 2), "a second row for the same person_id");
      }
      companionRow.put(person, i + 2);
    }
    for (Map.Entry<String, List<Score>> e : byPerson.entrySet()) {
      String person = e.getKey();
      if (badPeople.containsKey(person)) {
        out.add(new Result(person, Optional.empty(), Optional.of(badPeople.get(person))));
        continue;
      }
      Map<String, String> extra = companions.get(person);
      if (extra == null) {
        out.add(new Result(person, Optional.empty(), Optional.of(companion.getFileName()
            + ": no row for the person of " + scores.getFileName() + " row " + e.getValue().get(0).row()
            + " (age is required)")));
        continue;
      }
      try {
        ThriveCase c = toCase(person, e.getValue(), extra, scores.getFileName().toString(),
            companion.getFileName() + " row " + companionRow.get(person));
        out.add(new Result(person, Optional.of(c), Optional.empty(), notes(e.getValue(), c.assessmentDate(),
            scores.getFileName().toString())));
      } catch (CaseFileException problem) {
        out.add(new Result(person, Optional.empty(), Optional.of(problem.getMessage())));
      }
    }
    for (Map.Entry<String, Integer> c : companionRow.entrySet()) {
      if (!byPerson.containsKey(c.getKey())) {
        out.add(new Result(c.getKey(), Optional.empty(), Optional.of(companion.getFileName() + " row " + c.getValue()
            + ": no Current View scores in " + scores.getFileName() + " for this person (no case is made without an"
            + " assessment; the companion row's risk is not lost: see it in the companion file)")));
      }
    }
    return out.build();
  }

  private static ThriveCase toCase(String person, List<Score> scores, Map<String, String> extra, String scoresFile,
      String companionAt) {
    LocalDate latest = scores.stream().map(Score::date).max(LocalDate::compareTo).orElseThrow();
    ObjectNode root = JSON.createObjectNode();
    root.put("caseId", person);
    String age = extra.getOrDefault("age", "").strip();
    try {
      root.put("age", Integer.parseInt(age));
    } catch (NumberFormatException ex) {
      throw new CaseFileException(companionAt, "age must be a whole number of years");
    }
    root.put("assessmentDate", latest.toString());
    ObjectNode needs = root.putObject("needs");
    Map<Part, ObjectNode> parts = new TreeMap<>();
    for (Score s : scores) {
      if (!s.date().equals(latest)) {
        continue;
      }
      Optional<CurrentViewItem> item = CurrentViewItem.fromSnomedCt(s.code());
      if (item.isEmpty()) {
        throw new CaseFileException(scoresFile + " row " + s.row(), "item_code is not the SNOMED CT code of a Current"
            + " View item (docs/current-view-items.md lists them)");
      }
      int score;
      try {
        score = new java.math.BigInteger(s.score().startsWith("+") ? s.score().substring(1) : s.score())
            .max(java.math.BigInteger.valueOf(-1)).min(java.math.BigInteger.valueOf(999)).intValueExact();
      } catch (NumberFormatException | ArithmeticException ex) {
        throw new CaseFileException(scoresFile + " row " + s.row(), "score must be a whole number: 0 to 3 (any other"
            + " whole number is read as Not known)");
      }
      ObjectNode part = parts.computeIfAbsent(item.get().part(), p -> JSON.createObjectNode());
      if (part.has(s.code())) {
        throw new CaseFileException(scoresFile + " row " + s.row(), "a second score for the same person, date and item");
      }
      part.put(s.code(), score);
    }
    parts.forEach((part, items) -> needs.set(switch (part) {
      case PROBLEM -> "problems";
      case CONTEXTUAL_PROBLEM -> "context";
      case EDUCATION -> "education";
      case COMPLEXITY_FACTOR -> "complexityFactors";
    }, items));
    ObjectNode risk = root.putObject("risk");
    risk.put("toSelf", word(extra, "risk_to_self"));
    risk.put("toOthers", word(extra, "risk_to_others"));
    risk.put("fromOthers", word(extra, "risk_from_others"));
    String danger = extra.getOrDefault("immediate_danger", "").strip().toLowerCase(Locale.ROOT);
    // left out or empty, immediate danger is not known: unknown is never read as no danger
    if (danger.equals("true") || danger.equals("yes")) {
      risk.put("immediateDanger", true);
    } else if (danger.equals("false") || danger.equals("no")) {
      risk.put("immediateDanger", false);
    } else if (!danger.isEmpty() && !CaseReader.normalise(danger).equals(CaseReader.normalise("not known"))) {
      throw new CaseFileException(companionAt, "immediate_danger must be true, false or not known");
    }
    // crises: the counts over the period; with neither count given, whether there were crises is not
    // known (an extract without crisis columns), never none
    String attendances = extra.getOrDefault("emergency_attendances", "").strip();
    String contacts = extra.getOrDefault("other_crisis_contacts", "").strip();
    String period = extra.getOrDefault("crisis_period_days", "").strip();
    if (attendances.isEmpty() && contacts.isEmpty()) {
      if (!period.isEmpty()) {
        throw new CaseFileException(companionAt, "crisis_period_days needs emergency_attendances or other_crisis_contacts"
            + " (0 where there were none)");
      }
      risk.put("crises", "not known");
    } else if (attendances.isEmpty() || contacts.isEmpty()) {
      // one count without the other: the blank one is not known, and a crisis record cannot say so
      throw new CaseFileException(companionAt, "emergency_attendances and other_crisis_contacts go together"
          + " (0 where there were none)");
    } else {
      ObjectNode crises = risk.putObject("crises");
      count(crises, "emergencyAttendances", attendances, "emergency_attendances", companionAt);
      count(crises, "otherCrisisContacts", contacts, "other_crisis_contacts", companionAt);
      count(crises, "periodDays", period, "crisis_period_days", companionAt);
    }
    ObjectNode history = root.putObject("history");
    String help = extra.getOrDefault("help_history", "").strip();
    if (help.isEmpty() || CaseReader.normalise(help).equals(CaseReader.normalise("not known"))) {
      history.put("episodes", "not known");
    } else {
      com.fasterxml.jackson.databind.node.ArrayNode episodes = history.putArray("episodes");
      if (!CaseReader.normalise(help).equals(CaseReader.normalise("none"))) {
        for (String entry : help.split(";", -1)) {
          String[] part = entry.strip().split("\\|", -1);
          if (part.length != 4) {
            throw new CaseFileException(companionAt, "help_history must be \"none\", \"not known\" or episodes written"
                + " kind|start|end|outcome, separated by ';' (end may be empty)");
          }
          ObjectNode e = episodes.addObject().put("kind", part[0].strip()).put("start", part[1].strip());
          if (!part[2].isBlank()) {
            e.put("end", part[2].strip());
          }
          e.put("outcome", part[3].strip());
        }
      }
    }
    history.put("engagement", word(extra, "engagement"));
    String by = extra.getOrDefault("choice_by", "").strip();
    String wants = extra.getOrDefault("choice_wants", "").strip();
    if (!by.isEmpty() || !wants.isEmpty()) {
      if (by.isEmpty() || wants.isEmpty()) {
        throw new CaseFileException(companionAt, "choice_by and choice_wants go together");
      }
      root.putArray("choices").addObject().put("by", by).put("wants", wants);
    }
    try {
      return new CaseReader().toCase(root);
    } catch (CaseFileException e) {
      // name the file and the column the value came from
      String where = e.path().startsWith("$.needs") ? scoresFile : companionAt;
      throw new CaseFileException(where, column(e.path()) + ": " + e.problem());
    }
  }

  private static ImmutableList<String> notes(List<Score> scores, LocalDate used, String file) {
    List<Integer> outside = new java.util.ArrayList<>();
    int earlier = 0;
    for (Score s : scores) {
      if (!s.date().equals(used)) {
        earlier++;
        continue;
      }
      try {
        int v = new java.math.BigInteger(s.score().startsWith("+") ? s.score().substring(1) : s.score())
            .max(java.math.BigInteger.valueOf(-1)).min(java.math.BigInteger.valueOf(999)).intValueExact();
        if (v < 0 || v > 3) {
          outside.add(s.row());
        }
      } catch (NumberFormatException | ArithmeticException ignored) {
        // reported as a problem already
      }
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (!outside.isEmpty()) {
      out.add(outside.size() + " score" + (outside.size() == 1 ? "" : "s") + " outside 0 to 3 read as Not known ("
          + file + " row" + (outside.size() == 1 ? " " : "s ") + outside.stream().map(String::valueOf)
          .collect(java.util.stream.Collectors.joining(", ")) + "); if the extract scores 1 to 4, it is not MHSDS-shaped");
    }
    if (earlier > 0) {
      out.add(earlier + " row" + (earlier == 1 ? "" : "s") + " of earlier assessments not used (only the latest"
          + " assessment date is read): a rating there may matter to the people deciding");
    }
    return out.build();
  }

  private static String word(Map<String, String> extra, String column) {
    String v = extra.getOrDefault(column, "").strip();
    return v.isEmpty() ? "not known" : v;
  }

  /** The extract's column for a case-format path. */
  private static String column(String path) {
    if (path.startsWith("$.history.episodes") || path.equals("$.history.latestReview")) {
      return "help_history (" + path.substring("$.history.".length()) + ")";
    }
    return switch (path) {
      case "$.risk.toSelf" -> "risk_to_self";
      case "$.risk.toOthers" -> "risk_to_others";
      case "$.risk.fromOthers" -> "risk_from_others";
      case "$.history.engagement" -> "engagement";
      case "$.history" -> "help_history";
      case "$.choices[0].by" -> "choice_by";
      case "$.choices[0].wants" -> "choice_wants";
      case "$.age" -> "age";
      default -> path;
    };
  }

  private static List<Map<String, String>> rows(Path file) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark, as spreadsheet exports write
    }
    try (Reader in = new java.io.StringReader(text);
        MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(schema)
            .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.SKIP_EMPTY_LINES).readValues(in)) {
      return it.readAll();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CaseFileException(file.getFileName() + " line " + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
          "is not well-formed CSV");
    }
  }

  private static void requireColumns(Path file, List<Map<String, String>> rows, List<String> columns) {
    if (rows.isEmpty()) {
      return;
    }
    for (String c : columns) {
      if (!rows.get(0).containsKey(c)) {
        throw new CaseFileException(file.getFileName().toString(), "has no " + c + " column");
      }
    }
  }

  /** A whole-number column into the case's crisis record; empty is left out. */
  private static void count(ObjectNode into, String field, String value, String column, String at) {
    if (value.isEmpty()) {
      return;
    }
    try {
      into.put(field, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new CaseFileException(at, column + " must be a whole number");
    }
  }
}
