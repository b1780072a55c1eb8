package org.thrive.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.ChoiceEffect;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.RuleInfo;
import org.thrive.rules.ThriveAdvisor;

/**
 * The summary of a grouped caseload, for services and commissioners planning provision: counts
 * by suggested grouping; what the needs alone suggest against what is suggested (a matrix); how
 * the recorded choices acted; the safeguards raised; the cases that cannot be suggested yet, with
 * the fields most often missing; groupings by age band; which rules fired and which never did;
 * and the cases that failed, by error.
 *
 * <p>It holds counts, rule ids and field names only, never case content, so it can be shared.
 * Not thread-safe: feed it from one thread ({@link BatchRun} calls its sink on one thread), or
 * {@link #merge} summaries built apart (as a Spark job does, one per partition).
 */
public final class CaseloadSummary {
  /** The column of the matrix, and the key of the counts, for a case with no suggestion yet. */
  public static final String CANNOT_SUGGEST_YET = "Cannot suggest yet";
  /** The row of the matrix for a case whose needs alone suggest nothing yet. */
  public static final String NEEDS_NOT_KNOWN = "Needs not known yet";
  /** The age bands the summary counts by. */
  public static final List<String> AGE_BANDS = List.of("0 to 11", "12 to 15", "16 and 17", "18 and over");

  private final String ruleSet;
  private final List<String> ruleIds;
  private long cases;
  private long failed;
  private final Map<String, Long> bySuggestion = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> needsVsSuggested = new LinkedHashMap<>();
  private final Map<String, Long> choiceEffects = new TreeMap<>();
  private final Map<String, Long> safeguards = new LinkedHashMap<>();
  private final Map<String, Long> missing = new TreeMap<>();
  private final Map<String, Long> notKnown = new TreeMap<>();
  private final Map<String, Map<String, Long>> byAgeBand = new LinkedHashMap<>();
  private final Map<String, Long> rulesFired = new TreeMap<>();
  private final Map<String, Long> errors = new TreeMap<>();

  /** A summary of cases advised by this advisor (its rule set names the summary and lists the rules). */
  public CaseloadSummary(ThriveAdvisor advisor) {
    this(advisor.ruleSetName() + " " + advisor.ruleSetVersion() + " (sha256 " + advisor.ruleSetSha256() + ")",
        advisor.rules().stream().map(RuleInfo::id).toList());
  }

  /** A summary for the named rule set with these rule ids (for summaries built apart and merged). */
  public CaseloadSummary(String ruleSet, List<String> ruleIds) {
    this.ruleSet = checkNotNull(ruleSet, "ruleSet");
    this.ruleIds = List.copyOf(ruleIds);
    for (String g : columns()) {
      bySuggestion.put(g, 0L);
    }
    for (SafeguardKind k : SafeguardKind.values()) {
      safeguards.put(k.label(), 0L);
    }
    for (String band : AGE_BANDS) {
      Map<String, Long> row = new LinkedHashMap<>();
      columns().forEach(c -> row.put(c, 0L));
      byAgeBand.put(band, row);
    }
    for (String r : rows()) {
      Map<String, Long> row = new LinkedHashMap<>();
      columns().forEach(c -> row.put(c, 0L));
      needsVsSuggested.put(r, row);
    }
  }

  private static List<String> columns() {
    List<String> out = new ArrayList<>();
    for (Grouping g : Grouping.values()) {
      out.add(g.label());
    }
    out.add(CANNOT_SUGGEST_YET);
    return out;
  }

  private static List<String> rows() {
    List<String> out = new ArrayList<>();
    for (Grouping g : Grouping.values()) {
      out.add(g.label());
    }
    out.add(NEEDS_NOT_KNOWN);
    return out;
  }

  /** Counts one result of a batch run. */
  public void add(BatchRun.Result r) {
    checkNotNull(r, "r");
    cases++;
    if (!r.ok()) {
      failed++;
      errors.merge(errorKind(r.error().orElseThrow()), 1L, Long::sum);
      return;
    }
    count(r.advice().orElseThrow(), r.entry().thriveCase().orElseThrow().age());
  }

  private void count(Advice a, int age) {
    String column = a.status() == AdviceStatus.SUGGESTION ? a.suggestion().orElseThrow().label() : CANNOT_SUGGEST_YET;
    String row = a.needsOnly().map(Grouping::label).orElse(NEEDS_NOT_KNOWN);
    bySuggestion.merge(column, 1L, Long::sum);
    needsVsSuggested.get(row).merge(column, 1L, Long::sum);
    byAgeBand.get(band(age)).merge(column, 1L, Long::sum);
    a.choiceEffect().ifPresent(e -> choiceEffects.merge(words(e.kind().name()), 1L, Long::sum));
    new TreeSet<>(a.safeguards().stream().map(Safeguard::kind).toList())
        .forEach(k -> safeguards.merge(k.label(), 1L, Long::sum));
    if (a.status() == AdviceStatus.CANNOT_SUGGEST_YET) {
      new TreeSet<>(a.missing().stream().map(MissingInformation::field).toList())
          .forEach(f -> missing.merge(f, 1L, Long::sum));
    }
    new TreeSet<>(a.notKnown().stream().map(CaseFact::field).toList()).forEach(f -> notKnown.merge(f, 1L, Long::sum));
    a.provenance().firedRuleIds().stream().distinct().forEach(id -> rulesFired.merge(id, 1L, Long::sum));
  }

  /**
   * Counts one case given only its advice and age, for callers that advise cases themselves (a
   * Spark job). {@link #add(BatchRun.Result)} counts a batch run's results.
   */
  public void addAdvised(Advice a, int age) {
    checkNotNull(a, "a");
    cases++;
    count(a, age);
  }

  /** Counts one case that could not be advised, by its error (which names no case content). */
  public void addFailed(String error) {
    cases++;
    failed++;
    errors.merge(errorKind(error), 1L, Long::sum);
  }

  /** Adds another summary's counts to this one (both for the same rule set). */
  public CaseloadSummary merge(CaseloadSummary other) {
    cases += other.cases;
    failed += other.failed;
    other.bySuggestion.forEach((k, v) -> bySuggestion.merge(k, v, Long::sum));
    other.needsVsSuggested.forEach((r, row) -> row.forEach((c, v) -> needsVsSuggested.get(r).merge(c, v, Long::sum)));
    other.choiceEffects.forEach((k, v) -> choiceEffects.merge(k, v, Long::sum));
    other.safeguards.forEach((k, v) -> safeguards.merge(k, v, Long::sum));
    other.missing.forEach((k, v) -> missing.merge(k, v, Long::sum));
    other.notKnown.forEach((k, v) -> notKnown.merge(k, v, Long::sum));
    other.byAgeBand.forEach((b, row) -> row.forEach((c, v) -> byAgeBand.get(b).merge(c, v, Long::sum)));
    other.rulesFired.forEach((k, v) -> rulesFired.merge(k, v, Long::sum));
    other.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
    return this;
  }

  /** The age band of an age. */
  public static String band(int age) {
    return age < 12 ? AGE_BANDS.get(0) : age < 16 ? AGE_BANDS.get(1) : age < 18 ? AGE_BANDS.get(2) : AGE_BANDS.get(3);
  }

  /**
   * An error's kind: the message without what identifies the line (the position at the start), so
   * errors of one kind are counted together.
   */
  static String errorKind(String error) {
    return error.replaceAll("line \\d+, column \\d+", "line N, column N").replaceAll("\\[\\d+\\]", "[N]");
  }

  public long cases() {
    return cases;
  }

  public long failed() {
    return failed;
  }

  /** Cases advised (suggested or cannot suggest yet). */
  public long advised() {
    return cases - failed;
  }

  /** Cases by suggested grouping label, and {@link #CANNOT_SUGGEST_YET}. */
  public Map<String, Long> bySuggestion() {
    return java.util.Collections.unmodifiableMap(bySuggestion);
  }

  /** Rows: what the needs alone suggest; columns: what is suggested. */
  public Map<String, Map<String, Long>> needsVsSuggested() {
    return java.util.Collections.unmodifiableMap(needsVsSuggested);
  }

  /** Cases by the safeguard kinds raised (a case with several kinds counts once under each). */
  public Map<String, Long> safeguards() {
    return java.util.Collections.unmodifiableMap(safeguards);
  }

  /** The fields most often missing where no grouping can be suggested yet, most frequent first. */
  public List<Map.Entry<String, Long>> mostMissing(int limit) {
    return top(missing, limit);
  }

  /** The largest counts first (ties by key), at most {@code limit}. */
  static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).toList();
  }

  /** Cases by how the recorded choices acted. */
  public Map<String, Long> choiceEffects() {
    return java.util.Collections.unmodifiableMap(choiceEffects);
  }

  /** Age band → suggested grouping → cases. */
  public Map<String, Map<String, Long>> byAgeBand() {
    return java.util.Collections.unmodifiableMap(byAgeBand);
  }

  /** Rule id → the number of cases in which it fired. */
  public Map<String, Long> rulesFired() {
    return java.util.Collections.unmodifiableMap(rulesFired);
  }

  /** The rule set's rules that fired in no case. */
  public List<String> rulesNeverFired() {
    return ruleIds.stream().filter(id -> !rulesFired.containsKey(id)).sorted().toList();
  }

  /** Failed cases by kind of error. */
  public Map<String, Long> errors() {
    return java.util.Collections.unmodifiableMap(errors);
  }

  /** The summary as JSON (counts, rule ids and field names only). */
  public ObjectNode toJson() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("notice", "Counts of suggestions to discuss, not of decisions: each grouping is agreed with the young"
        + " person and family.");
    root.put("ruleSet", ruleSet);
    root.put("cases", cases);
    root.put("advised", advised());
    root.put("failed", failed);
    root.set("bySuggestion", m.valueToTree(bySuggestion));
    root.set("needsVsSuggested", m.valueToTree(needsVsSuggested));
    root.set("choiceEffects", m.valueToTree(choiceEffects));
    root.set("safeguards", m.valueToTree(safeguards));
    ArrayNode most = root.putArray("mostMissing");
    mostMissing(10).forEach(e -> most.addObject().put("field", e.getKey()).put("cases", e.getValue()));
    root.set("notKnown", m.valueToTree(notKnown));
    root.set("byAgeBand", m.valueToTree(byAgeBand));
    root.set("rulesFired", m.valueToTree(rulesFired));
    root.set("rulesNeverFired", m.valueToTree(rulesNeverFired()));
    root.set("errors", m.valueToTree(errors));
    return root;
  }

  /** The summary as text for a terminal. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append("Caseload summary (suggestions to discuss, not decisions)").append(nl);
    out.append("Rule set: ").append(ruleSet).append(nl);
    out.append("Cases: ").append(cases).append(" (advised ").append(advised()).append(", failed ").append(failed)
        .append(')').append(nl).append(nl);
    out.append("Suggested grouping:").append(nl);
    bySuggestion.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-22s %9d  %5.1f%%%n", k, v,
        advised() == 0 ? 0.0 : 100.0 * v / advised())));
    out.append(nl).append("Needs alone (rows) against suggested (columns):").append(nl);
    out.append(String.format(Locale.ROOT, "  %-22s", ""));
    columns().forEach(c -> out.append(String.format(Locale.ROOT, " %9s", abbreviation(c))));
    out.append(nl);
    needsVsSuggested.forEach((r, row) -> {
      out.append(String.format(Locale.ROOT, "  %-22s", r));
      row.values().forEach(v -> out.append(String.format(Locale.ROOT, " %9d", v)));
      out.append(nl);
    });
    out.append(nl).append("Safeguards raised (cases):").append(nl);
    safeguards.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-26s %9d%n", k, v)));
    if (!choiceEffects.isEmpty()) {
      out.append(nl).append("How the recorded choices acted (cases):").append(nl);
      choiceEffects.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-26s %9d%n", k, v)));
    }
    List<Map.Entry<String, Long>> most = mostMissing(5);
    if (!most.isEmpty()) {
      out.append(nl).append("Cannot suggest yet: most often missing").append(nl);
      most.forEach(e -> out.append(String.format(Locale.ROOT, "  %-26s %9d%n", e.getKey(), e.getValue())));
    }
    out.append(nl).append("By age band (suggested grouping):").append(nl);
    byAgeBand.forEach((b, row) -> {
      out.append(String.format(Locale.ROOT, "  %-12s", b));
      row.forEach((c, v) -> out.append(String.format(Locale.ROOT, " %s %d;", abbreviation(c), v)));
      out.append(nl);
    });
    List<String> never = rulesNeverFired();
    out.append(nl).append("Rules fired: ").append(rulesFired.size()).append(" of ").append(ruleIds.size());
    out.append(never.isEmpty() ? "" : "; never fired: " + String.join(", ", never)).append(nl);
    if (!errors.isEmpty()) {
      out.append(nl).append("Failed cases by error:").append(nl);
      errors.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> out.append(String.format(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey())));
    }
    return out.toString();
  }

  /** A short column heading. */
  static String abbreviation(String column) {
    return switch (column) {
      case "Thriving" -> "Thriving";
      case "Getting Advice" -> "Advice";
      case "Getting Help" -> "Help";
      case "Getting More Help" -> "More help";
      case "Getting Risk Support" -> "Risk supp";
      default -> "Not yet";
    };
  }

  static String words(String constant) {
    String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Names the type only. */
  @Override
  public String toString() {
    return "CaseloadSummary[" + cases + " cases]";
  }
}
