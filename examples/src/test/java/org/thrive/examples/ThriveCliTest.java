package org.thrive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThriveCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ThriveCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void suggest_sampleCase_printsTheExplanationAndExitsZero() {
    int code = run("suggest", "cases/P12-getting-advice-choice.json");
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("It is not a decision.")
        .contains("Suggested grouping: Getting Advice")
        .contains("What the needs alone suggest: Getting Help.")
        .contains("[choice.self-management]")
        .contains("For the family:")
        .contains("Provenance: rule set thrive-default");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void suggest_riskSupportCase_showsTheSixCharacteristicsAndSafeguards() {
    assertThat(run("suggest", "cases/P08-getting-risk-support-exploitation.json")).isZero();
    assertThat(out.toString())
        .contains("Suggested grouping: Getting Risk Support")
        .contains("(risk support)")
        .contains("Design: individually tailored support")
        .contains("When the plan changes:")
        .contains("SAFEGUARDING [safeguard.safeguarding]");
  }

  @Test
  void suggestJson_sampleCase_printsParseableAdvice() throws Exception {
    assertThat(run("suggest", "--json", "cases/P10-getting-more-help-commitment.json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/suggestion/grouping").asText()).isEqualTo("GETTING_MORE_HELP");
    assertThat(json.at("/suggestion/input/kind").asText()).isEqualTo("TREATMENT");
    assertThat(json.at("/notice").asText()).contains("not a decision");
    assertThat(json.at("/provenance/ruleSetSha256").asText()).hasSize(64);
    assertThat(json.at("/reasons")).isNotEmpty();
  }

  @Test
  void suggest_invalidCase_printsOneLineWithThePathAndExitsOne(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(Path.of("cases/P12-getting-advice-choice.json"))
        .replace("\"Moderate\"", "\"Very bad\""));
    int code = run("suggest", bad.toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip()).isEqualTo("thrive: invalid case file: $.needs.problems.2: unknown rating;"
        + " expected one of None, Mild, Moderate, Severe, Not known");
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void suggest_malformedJson_exitsOneWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{ \"caseId\": ");
    assertThat(run("suggest", bad.toString())).isEqualTo(1);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("thrive: invalid case file: line 1").doesNotContain("\tat ");
  }

  @Test
  void suggest_missingFile_exitsOne() {
    assertThat(run("suggest", "no/such/case.json")).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("thrive: invalid case file: no/such/case.json: no such file");
  }

  @Test
  void cli_noCommand_isAUsageErrorWithExitTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("suggest");
  }

  @Test
  void suggest_unknownOption_isAUsageErrorWithExitTwo() {
    assertThat(run("suggest", "--jsn", "cases/P12-getting-advice-choice.json")).isEqualTo(2);
  }
}
