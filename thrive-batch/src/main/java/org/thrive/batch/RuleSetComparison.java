package org.thrive.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.ThriveAdvisor;

/**
 * The effect of one rule set against another on the same caseload: how many cases move, from
 * which grouping to which, and because of which rules (those that fired under one rule set and not
 * the other in the cases that moved), and how the safeguards raised change. An area runs its
 * local rules against the defaults on its own caseload before it deploys them.
 *
 * <p>Counts, rule ids and groupings only, never case content. Not thread-safe: feed it from one
 * thread ({@link BatchRun} with {@link BatchRun.Builder#compareWith}).
 */
public final class RuleSetComparison {
  private final String base;
  private final String compared;
  private long cases;
  private long moved;
  private final Map<String, Map<String, Long>> moves = new LinkedHashMap<>();
  private final Map<String, Long> onlyInCompared = new TreeMap<>();
  private final Map<String, Long> onlyInBase = new TreeMap<>();
  private final Map<String, Long> decidedBy = new TreeMap<>();
  private final Map<String, Long> safeguardsGained = new TreeMap<>();
  private final Map<String, Long> safeguardsLost = new TreeMap<>();

  public RuleSetComparison(ThriveAdvisor base, ThriveAdvisor compared) {
    this(name(base), name(compared));
  }

  public RuleSetComparison(String base, String compared) {
    this.base = checkNotNull(base, "base");
    this.compared = checkNotNull(compared, "compared");
  }

  private static String name(ThriveAdvisor a) {
    return a.ruleSetName() + " " + a.ruleSetVersion() + " (sha256 " + a.ruleSetSha256().substring(0, 12) + ")";
  }

  /** Counts one result of a comparing batch run; results that failed are not compared. */
  public void add(BatchRun.Result r) {
    if (r.ok() && r.compared().isPresent()) {
      add(r.advice().orElseThrow(), r.compared().get());
    }
  }

  /** Counts one case advised under both rule sets. */
  public void add(Advice a, Advice b) {
    cases++;
    String from = label(a);
    String to = label(b);
    if (!from.equals(to)) {
      moved++;
      moves.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1L, Long::sum);
      Set<String> inA = new HashSet<>(a.provenance().firedRuleIds());
      Set<String> inB = new HashSet<>(b.provenance().firedRuleIds());
      inB.stream().filter(id -> !inA.contains(id)).forEach(id -> onlyInCompared.merge(id, 1L, Long::sum));
      inA.stream().filter(id -> !inB.contains(id)).forEach(id -> onlyInBase.merge(id, 1L, Long::sum));
      b.reasons().stream().filter(x -> x.standing() == Reason.Standing.SUPPORTS && x.proposal().isPresent()
          && x.proposal().equals(b.suggestion())).map(Reason::ruleId).distinct()
          .forEach(id -> decidedBy.merge(id, 1L, Long::sum));
    }
    Set<SafeguardKind> sa = kinds(a);
    Set<SafeguardKind> sb = kinds(b);
    sb.stream().filter(k -> !sa.contains(k)).forEach(k -> safeguardsGained.merge(k.label(), 1L, Long::sum));
    sa.stream().filter(k -> !sb.contains(k)).forEach(k -> safeguardsLost.merge(k.label(), 1L, Long::sum));
  }

  private static Set<SafeguardKind> kinds(Advice a) {
    Set<SafeguardKind> out = EnumSet.noneOf(SafeguardKind.class);
    a.safeguards().stream().map(Safeguard::kind).forEach(out::add);
    return out;
  }

  /** The suggested grouping's label, or {@link CaseloadSummary#CANNOT_SUGGEST_YET}: what a comparison compares. */
  public static String label(Advice a) {
    return a.status() == AdviceStatus.SUGGESTION ? a.suggestion().map(Grouping::label).orElseThrow()
        : CaseloadSummary.CANNOT_SUGGEST_YET;
  }

  public long cases() {
    return cases;
  }

  /** Cases whose suggestion differs between the two rule sets. */
  public long moved() {
    return moved;
  }

  /** From (under the base rules) → to (under the compared rules) → cases; moved cases only. */
  public Map<String, Map<String, Long>> moves() {
    return java.util.Collections.unmodifiableMap(moves);
  }

  /** Rules that fired under the compared rule set and not the base, in the cases that moved. */
  public Map<String, Long> rulesOnlyInCompared() {
    return java.util.Collections.unmodifiableMap(onlyInCompared);
  }

  /**
   * The rules that proposed the suggestion under the compared rule set, in the cases that moved:
   * this names a replaced rule (same id, different condition) that the fired-rule difference cannot.
   */
  public Map<String, Long> decidedBy() {
    return java.util.Collections.unmodifiableMap(decidedBy);
  }

  /** Rules that fired under the base rule set and not the compared one, in the cases that moved. */
  public Map<String, Long> rulesOnlyInBase() {
    return java.util.Collections.unmodifiableMap(onlyInBase);
  }

  /** Safeguard kinds raised under the compared rules and not the base, by cases (the safety net keeps every required one). */
  public Map<String, Long> safeguardsGained() {
    return java.util.Collections.unmodifiableMap(safeguardsGained);
  }

  /** Safeguard kinds raised under the base rules and not the compared ones, by cases. */
  public Map<String, Long> safeguardsLost() {
    return java.util.Collections.unmodifiableMap(safeguardsLost);
  }

  public ObjectNode toJson() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("base", base);
    root.put("compared", compared);
    root.put("cases", cases);
    root.put("moved", moved);
    ArrayNode list = root.putArray("moves");
    moves.forEach((from, row) -> row.forEach((to, n) -> list.addObject().put("from", from).put("to", to).put("cases", n)));
    root.set("rulesOnlyInCompared", m.valueToTree(onlyInCompared));
    root.set("rulesOnlyInBase", m.valueToTree(onlyInBase));
    root.set("decidedBy", m.valueToTree(decidedBy));
    root.set("safeguardsGained", m.valueToTree(safeguardsGained));
    root.set("safeguardsLost", m.valueToTree(safeguardsLost));
    return root;
  }

  public String toText() {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append("Comparing rule sets on the same caseload").append(nl);
    out.append("  base:     ").append(base).append(nl);
    out.append("  compared: ").append(compared).append(nl);
    out.append(String.format(Locale.ROOT, "Cases compared: %d; suggestion moved: %d (%.1f%%)%n", cases, moved,
        cases == 0 ? 0.0 : 100.0 * moved / cases));
    moves.forEach((from, row) -> row.forEach((to, n) ->
        out.append(String.format(Locale.ROOT, "  %-22s -> %-22s %9d%n", from, to, n))));
    if (!onlyInCompared.isEmpty() || !onlyInBase.isEmpty()) {
      out.append("Because of (rules that fired under one rule set only, in the cases that moved):").append(nl);
      top(onlyInCompared).forEach(e -> out.append(String.format(Locale.ROOT, "  + %-44s %9d%n", e.getKey(), e.getValue())));
      top(onlyInBase).forEach(e -> out.append(String.format(Locale.ROOT, "  - %-44s %9d%n", e.getKey(), e.getValue())));
    }
    if (!decidedBy.isEmpty()) {
      out.append("Decided, under the compared rules, by:").append(nl);
      top(decidedBy).forEach(e -> out.append(String.format(Locale.ROOT, "    %-44s %9d%n", e.getKey(), e.getValue())));
    }
    safeguardsGained.forEach((k, v) -> out.append(String.format(Locale.ROOT, "Safeguard gained: %-26s %9d%n", k, v)));
    safeguardsLost.forEach((k, v) -> out.append(String.format(Locale.ROOT, "Safeguard lost:   %-26s %9d%n", k, v)));
    return out.toString();
  }

  private static List<Map.Entry<String, Long>> top(Map<String, Long> m) {
    return CaseloadSummary.top(m, 15);
  }

  @Override
  public String toString() {
    return "RuleSetComparison[" + cases + " cases]";
  }
}
