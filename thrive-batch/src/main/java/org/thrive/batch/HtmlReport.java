package org.thrive.batch;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caseload report as one self-contained HTML file (the charting library, Apache ECharts, and
 * the data are inlined), so it can be mailed or opened offline. Charts: suggested groupings, by age
 * band, safeguards raised, the fields most often missing, and (when rule sets were compared) the
 * moves between groupings; tables give every chart's numbers too, and the needs-against-suggested
 * matrix. Counts, rule ids and field names only, never case content.
 *
 * <p>When its charts have drawn, the page sets {@code data-charts-drawn} on {@code body} to the
 * number of charts that drew at least one shape, so a browser test can tell the charts rendered.
 */
public final class HtmlReport {
  /** Where the charting library is on the class path (the ECharts webjar). */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js";

  private HtmlReport() {}

  /** The report for a summary and, optionally, a comparison of rule sets. */
  public static String render(CaseloadSummary summary, Optional<RuleSetComparison> comparison) {
    checkNotNull(summary, "summary");
    ObjectMapper m = new ObjectMapper();
    ObjectNode data = m.createObjectNode();
    ObjectNode summaryJson = summary.toJson();
    data.set("summary", summaryJson);
    Optional<ObjectNode> comparisonJson = comparison.map(RuleSetComparison::toJson);
    comparisonJson.ifPresent(c -> data.set("comparison", c));
    String json;
    try {
      // "<" is escaped so no value can close the script element
      json = m.writeValueAsString(data).replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder h = new StringBuilder(1_100_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>THRIVE caseload report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>THRIVE caseload report</h1>\n")
        .append("<p class=\"notice\">These are counts of <strong>suggestions to discuss</strong> with each young person")
        .append(" and their family, not of decisions: every grouping is agreed through shared decision making.</p>\n")
        .append("<p>Rule set: ").append(escape(summaryJson.path("ruleSet").asText())).append(". Cases: ")
        .append(summary.cases()).append(" (advised ").append(summary.advised()).append(", failed ")
        .append(summary.failed()).append(").</p>\n");
    section(h, "groupings", "Suggested grouping", "Cases by suggested grouping, and cases that cannot be suggested yet.");
    table(h, "Suggested grouping", List.of("Grouping", "Cases"), summary.bySuggestion());
    h.append("<section><h2>What the needs alone suggest, against what is suggested</h2>\n")
        .append("<p>Rows: the needs alone. Columns: the suggestion after review, choice and risk.</p>\n")
        .append("<div class=\"scroll\"><table><caption>Needs alone against suggested</caption><thead><tr><th scope=\"col\">Needs alone</th>");
    summary.bySuggestion().keySet().forEach(c -> h.append("<th scope=\"col\">").append(escape(c)).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    summary.needsVsSuggested().forEach((row, cols) -> {
      h.append("<tr><th scope=\"row\">").append(escape(row)).append("</th>");
      cols.values().forEach(v -> h.append("<td>").append(v).append("</td>"));
      h.append("</tr>\n");
    });
    h.append("</tbody></table></div></section>\n");
    section(h, "ages", "By age band", "Suggested groupings in each age band.");
    section(h, "safeguards", "Safeguards raised", "Cases with each kind of safeguard (a case may have several).");
    table(h, "Safeguards raised", List.of("Safeguard", "Cases"), summary.safeguards());
    section(h, "missing", "Cannot suggest yet: what is most often missing",
        "The fields most often missing where no grouping can be suggested yet.");
    comparison.ifPresent(c -> {
      section(h, "moves", "Comparing rule sets", "Cases whose suggestion moves from one grouping to another.");
      h.append("<p>").append(escape(comparisonJson.orElseThrow().path("base").asText())).append(" against ")
          .append(escape(comparisonJson.orElseThrow().path("compared").asText())).append(": ").append(c.moved()).append(" of ")
          .append(c.cases()).append(" cases move.</p>\n");
      h.append("<table><caption>Rules behind the moves</caption><thead><tr><th scope=\"col\">Rule</th>")
          .append("<th scope=\"col\">Fired only under</th><th scope=\"col\">Cases</th></tr></thead><tbody>\n");
      c.rulesOnlyInCompared().forEach((id, n) -> h.append("<tr><td>").append(escape(id))
          .append("</td><td>compared</td><td>").append(n).append("</td></tr>\n"));
      c.rulesOnlyInBase().forEach((id, n) -> h.append("<tr><td>").append(escape(id))
          .append("</td><td>base</td><td>").append(n).append("</td></tr>\n"));
      c.decidedBy().forEach((id, n) -> h.append("<tr><td>").append(escape(id))
          .append("</td><td>compared (decided the new suggestion)</td><td>").append(n).append("</td></tr>\n"));
      h.append("</tbody></table>\n");
    });
    h.append("<section><h2>Rules</h2>\n<p>").append(summary.rulesFired().size()).append(" rules fired in at least one case.");
    List<String> never = summary.rulesNeverFired();
    if (!never.isEmpty()) {
      h.append(" Never fired: ").append(escape(String.join(", ", never))).append('.');
    }
    h.append("</p>\n");
    table(h, "Cases in which each rule fired", List.of("Rule", "Cases"), summary.rulesFired());
    h.append("</section>\n");
    if (!summary.errors().isEmpty()) {
      h.append("<section><h2>Cases that could not be advised</h2>\n");
      table(h, "Failed cases by error", List.of("Error", "Cases"), summary.errors());
      h.append("</section>\n");
    }
    h.append("</main>\n<script>\n").append(echarts()).append("\n</script>\n")
        .append("<script type=\"application/json\" id=\"thrive-data\">").append(json).append("</script>\n")
        .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void section(StringBuilder h, String id, String title, String description) {
    h.append("<section><h2 id=\"h-").append(id).append("\">").append(escape(title)).append("</h2>\n<p>")
        .append(escape(description)).append("</p>\n<div class=\"chart\" id=\"chart-").append(id)
        .append("\" role=\"img\" aria-labelledby=\"h-").append(id).append("\"></div></section>\n");
  }

  private static void table(StringBuilder h, String caption, List<String> heads, Map<String, Long> rows) {
    h.append("<details><summary>").append(escape(caption)).append(" (table)</summary><table><caption>")
        .append(escape(caption)).append("</caption><thead><tr>");
    heads.forEach(x -> h.append("<th scope=\"col\">").append(escape(x)).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    rows.forEach((k, v) -> h.append("<tr><td>").append(escape(k)).append("</td><td>").append(v).append("</td></tr>\n"));
    h.append("</tbody></table></details>\n");
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String echarts() {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(ECHARTS)) {
      if (in == null) {
        throw new IllegalStateException("the charting library is not on the class path: " + ECHARTS);
      }
      // the library is inlined as it is; "</script" cannot occur in it (checked by the tests)
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String CSS = """
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #0b0c0c;
        margin: 0; line-height: 1.5; }
      main { max-width: 960px; margin: 0 auto; padding: 1rem; }
      h1 { font-size: 1.8rem; } h2 { font-size: 1.3rem; margin-top: 2rem; }
      .notice { border-left: 6px solid #1d70b8; padding: 0.5rem 1rem; background: #f3f2f1; }
      .chart { width: 100%; height: 320px; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; margin: 0.5rem 0; }
      caption { text-align: left; font-weight: bold; }
      th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.5rem; text-align: left; }
      td { text-align: right; }
      details { margin: 0.5rem 0; }
      @media print { .chart { height: 260px; } details { display: block; } }
      """;

  private static final String SCRIPT = """
      (function () {
        var data = JSON.parse(document.getElementById('thrive-data').textContent);
        var s = data.summary;
        var palette = ['#00703c', '#1d70b8', '#f47738', '#d4351c', '#4c2c92', '#505a5f'];
        function el(id) { return document.getElementById(id); }
        function bar(id, labels, values, colour) {
          var c = el(id); if (!c) return null;
          var chart = echarts.init(c, null, { renderer: 'svg' });
          chart.setOption({ animation: false, color: [colour || '#1d70b8'], grid: { left: 8, right: 48, top: 16, bottom: 32, containLabel: true },
            tooltip: {}, xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: labels, inverse: true },
            series: [{ type: 'bar', data: values, label: { show: true, position: 'right' } }] });
          return chart;
        }
        var charts = [];
        var groups = Object.keys(s.bySuggestion);
        charts.push(bar('chart-groupings', groups, groups.map(function (g) { return s.bySuggestion[g]; })));
        var bands = Object.keys(s.byAgeBand);
        var ages = echarts.init(el('chart-ages'), null, { renderer: 'svg' });
        ages.setOption({ animation: false, color: palette, legend: { top: 0 }, tooltip: {},
          grid: { left: 8, right: 24, top: 48, bottom: 32, containLabel: true }, xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', data: bands },
          series: groups.map(function (g) { return { name: g, type: 'bar', stack: 'all',
            data: bands.map(function (b) { return s.byAgeBand[b][g]; }) }; }) });
        charts.push(ages);
        var kinds = Object.keys(s.safeguards);
        charts.push(bar('chart-safeguards', kinds, kinds.map(function (k) { return s.safeguards[k]; }), '#d4351c'));
        var missing = s.mostMissing.length ? s.mostMissing : [{ field: 'nothing missing', cases: 0 }];
        charts.push(bar('chart-missing', missing.map(function (m) { return m.field; }),
          missing.map(function (m) { return m.cases; }), '#505a5f'));
        if (data.comparison) {
          var moves = data.comparison.moves.length ? data.comparison.moves : [{ from: 'no case', to: 'moved', cases: 0 }];
          charts.push(bar('chart-moves', moves.map(function (m) { return m.from + ' \\u2192 ' + m.to; }),
            moves.map(function (m) { return m.cases; }), '#4c2c92'));
        }
        setTimeout(function () {
          var drawn = 0;
          charts.forEach(function (c) { if (c && c.getDom().querySelectorAll('svg path, svg rect').length > 0) drawn++; });
          document.body.setAttribute('data-charts-drawn', String(drawn));
          document.body.setAttribute('data-charts', String(charts.length));
        }, 0);
        window.addEventListener('resize', function () { charts.forEach(function (c) { c && c.resize(); }); });
      })();
      """;
}
