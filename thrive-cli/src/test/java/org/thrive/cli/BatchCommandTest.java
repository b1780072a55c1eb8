package org.thrive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thrive batch} and {@code thrive synthetic}. */
class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ThriveCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void synthetic_thenBatch_writesOneAdvicePerLineInOrder_aSummary_andAReport(@TempDir Path dir) throws Exception {
    Path caseload = dir.resolve("caseload.ndjson");
    assertThat(run("synthetic", "--count", "400", "--seed", "3", "--out", caseload.toString())).isZero();
    assertThat(Files.readAllLines(caseload)).hasSize(400);

    Path advice = dir.resolve("advice.ndjson");
    Path summary = dir.resolve("summary.json");
    Path report = dir.resolve("report.html");
    int code = run("batch", caseload.toString(), "--out", advice.toString(), "--summary", summary.toString(),
        "--report", report.toString(), "--threads", "2");
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(advice);
    assertThat(lines).hasSize(400);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode a = JSON.readTree(lines.get(i));
      assertThat(a.path("line").asLong()).isEqualTo(i + 1);
      assertThat(a.path("caseId").asText()).isEqualTo("syn-3-" + i);
      assertThat(a.path("notice").asText()).contains("not a decision");
    }
    JsonNode s = JSON.readTree(summary.toFile());
    assertThat(s.path("cases").asLong()).isEqualTo(400);
    assertThat(s.path("failed").asLong()).isZero();
    long sum = 0;
    for (JsonNode v : s.path("bySuggestion")) {
      sum += v.asLong();
    }
    assertThat(sum).isEqualTo(400);
    assertThat(out.toString()).contains("Caseload summary").contains("Cases: 400 (advised 400, failed 0)");
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("echarts");
  }

  @Test
  void batch_badLines_areReportedWithTheirLineNumber_neverDropped_andTheExitCodeSaysSo(@TempDir Path dir)
      throws Exception {
    Path caseload = dir.resolve("caseload.ndjson");
    run("synthetic", "--count", "3", "--out", caseload.toString());
    List<String> good = Files.readAllLines(caseload);
    Files.write(caseload, List.of(good.get(0), "{\"caseId\": \"family-private-words\", \"age\": 200}", good.get(1),
        "not json at all family-private-words", good.get(2)), StandardCharsets.UTF_8);
    Path advice = dir.resolve("advice.ndjson");
    Path errors = dir.resolve("errors.ndjson");

    int code = run("batch", caseload.toString(), "--out", advice.toString(), "--errors", errors.toString(), "--brief");

    assertThat(code).isEqualTo(ThriveCli.CASE_ERROR);
    assertThat(Files.readAllLines(advice)).hasSize(3).allSatisfy(l -> assertThat(JSON.readTree(l).has("suggestion")).isTrue());
    List<String> reported = Files.readAllLines(errors);
    assertThat(reported).hasSize(2);
    assertThat(JSON.readTree(reported.get(0)).path("line").asText()).isEqualTo("2");
    assertThat(JSON.readTree(reported.get(1)).path("line").asText()).isEqualTo("4");
    assertThat(String.join("\n", reported) + err + out).doesNotContain("family-private-words");
    assertThat(err.toString()).contains("2 of 5 cases failed");
    assertThat(out.toString()).contains("Cases: 5 (advised 3, failed 2)");
  }

  @Test
  void batch_compare_reportsTheMovesUnderTheLocalRules(@TempDir Path dir) throws Exception {
    Path advice = dir.resolve("advice.ndjson");
    int code = run("batch", "--synthetic", "1500", "--seed", "2", "--compare", "../local-rules/merton", "--out",
        advice.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Comparing rule sets on the same caseload").contains("base:     thrive-default")
        .contains("compared: merton");
    JsonNode first = JSON.readTree(Files.readAllLines(advice).get(0));
    assertThat(first.has("compared")).isTrue();
    assertThat(first.has("moved")).isTrue();
  }

  @Test
  void batch_directoryAndExtract_areCaseloadsToo(@TempDir Path dir) throws Exception {
    assertThat(run("batch", "../cases", "--brief", "--out", dir.resolve("a.ndjson").toString())).as(err.toString()).isZero();
    assertThat(Files.readAllLines(dir.resolve("a.ndjson"))).hasSizeGreaterThanOrEqualTo(12);

    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\n"
        + "p1,2026-03-02,987331000000104,2\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age,risk_to_self,risk_to_others,risk_from_others,engagement,"
        + "help_history\np1,14,none,none,none,engaged,none\n");
    assertThat(run("batch", "--extract", s.toString(), k.toString(), "--brief", "--out", dir.resolve("b.ndjson").toString()))
        .as(err.toString()).isZero();
    assertThat(JSON.readTree(Files.readAllLines(dir.resolve("b.ndjson")).get(0)).path("caseId").asText()).isEqualTo("p1");
  }

  @Test
  void batch_withNoCaseloadOrTwo_isAUsageError() {
    assertThat(run("batch")).isEqualTo(ThriveCli.USAGE_ERROR);
    assertThat(run("batch", "x.ndjson", "--synthetic", "3")).isEqualTo(ThriveCli.USAGE_ERROR);
    assertThat(err.toString()).contains("name one caseload");
  }
}
