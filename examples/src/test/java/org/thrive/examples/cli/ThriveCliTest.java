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
  void suggest_familyAudience_usesFamilyWordingWithoutRuleIdsOrDiagnosticLabels() {
    assertThat(run("suggest", "--audience", "family", "cases/P03-getting-advice-self-managing.json")).isZero();
    String text = out.toString();
    assertThat(text).contains("We suggest: Getting Advice").contains("Your choice:").contains("You and your family help decide.");
    assertThat(text).doesNotContain("choice.self-management").doesNotContain("needs.").doesNotContain("OCD")
        .doesNotContain("For practitioners");
  }

  @Test
  void suggest_practitionerText_showsWhyNotWhatWouldChangeOptionsAndEndings() {
    assertThat(run("suggest", "cases/P12-getting-advice-choice.json")).isZero();
    assertThat(out.toString()).contains("Needs and choice (changed):").contains("Why not the others:")
        .contains("What would change it (Changes to discuss, not advice").contains("Options to discuss:")
        .contains("Endings and review:");
  }

  @Test
  void decide_agreedDiffersWithReason_printsTheRecordWithSafeguards() {
    int code = run("decide", "cases/P11-getting-help-first-presentation-crisis.json", "--agreed", "getting-more-help",
        "--participants", "young-person,parent-or-carer,practitioner", "--reason", "clinical-judgement");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Suggested: Getting Help").contains("Agreed:    Getting More Help")
        .contains("Why it differs: CLINICAL_JUDGEMENT").contains("IMMEDIATE_CRISIS_RESPONSE");
  }

  @Test
  void decide_json_printsTheRecordAsJson() throws Exception {
    assertThat(run("decide", "--json", "cases/P04-getting-help-cbt.json", "--agreed", "getting-help",
        "--participants", "young-person,practitioner")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("agreed").asText()).isEqualTo("GETTING_HELP");
  }

  @Test
  void decide_differsWithoutReason_failsWithOneLineAndExitOne() {
    int code = run("decide", "cases/P04-getting-help-cbt.json", "--agreed", "getting-advice",
        "--participants", "young-person,practitioner");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("thrive: invalid decision: AgreedDecision.differenceReason: is required"
        + " when the agreed grouping differs from the suggestion");
  }

  @Test
  void decide_loweringSupportAtRisk_needsTheReviewSetAside() {
    assertThat(run("decide", "cases/P09-getting-risk-support-not-helped.json", "--agreed", "getting-advice",
        "--participants", "young-person,practitioner", "--reason", "young-person-choice")).isEqualTo(1);
    assertThat(run("decide", "cases/P09-getting-risk-support-not-helped.json", "--agreed", "getting-advice",
        "--participants", "young-person,practitioner", "--reason", "young-person-choice",
        "--set-aside", "clinical-review-required=clinical-review-completed")).isZero();
    assertThat(out.toString()).contains("CLINICAL_REVIEW_REQUIRED [choice.lower-support-at-risk] - set aside: CLINICAL_REVIEW_COMPLETED");
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
