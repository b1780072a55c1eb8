package org.thrive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    int code = run("suggest", "../cases/P12-getting-advice-choice.json");
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
    assertThat(run("suggest", "../cases/P08-getting-risk-support-exploitation.json")).isZero();
    assertThat(out.toString())
        .contains("Suggested grouping: Getting Risk Support")
        .contains("(risk support)")
        .contains("Risk support: individually tailored support")
        .contains("When the plan changes:")
        .contains("Safeguarding [safeguard.safeguarding]");
  }

  @Test
  void suggestJson_sampleCase_printsParseableAdvice() throws Exception {
    assertThat(run("suggest", "--json", "../cases/P10-getting-more-help-commitment.json")).isZero();
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
    Files.writeString(bad, Files.readString(Path.of("../cases/P12-getting-advice-choice.json"))
        .replace("\"Moderate\"", "\"Very bad\""));
    int code = run("suggest", bad.toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip()).isEqualTo("thrive: invalid case file: $.needs.problems.2: unknown rating;"
        + " expected one of None, Mild, Moderate, Severe, Not known, or a score 0 to 3");
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
    assertThat(run("suggest", "--audience", "family", "../cases/P03-getting-advice-self-managing.json")).isZero();
    String text = out.toString();
    assertThat(text).contains("We suggest: Getting Advice").contains("Your choice:").contains("You and your family help decide.");
    assertThat(text).doesNotContain("choice.self-management").doesNotContain("needs.").doesNotContain("OCD")
        .doesNotContain("For practitioners");
  }

  @Test
  void suggest_practitionerText_showsWhyNotWhatWouldChangeOptionsAndEndings() {
    assertThat(run("suggest", "../cases/P12-getting-advice-choice.json")).isZero();
    assertThat(out.toString()).contains("Needs and choice (changed):").contains("Why not the others:")
        .contains("What would change it (Changes to discuss, not advice").contains("Options to discuss:")
        .contains("Endings and review:");
  }

  @Test
  void decide_agreedDiffersWithReason_printsTheRecordWithSafeguards() {
    int code = run("decide", "../cases/P11-getting-help-first-presentation-crisis.json", "--agreed", "getting-more-help",
        "--participants", "young-person,parent-or-carer,practitioner", "--reason", "clinical-judgement");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Suggested: Getting Help").contains("Agreed:    Getting More Help")
        .contains("Why it differs: CLINICAL_JUDGEMENT").contains("IMMEDIATE_CRISIS_RESPONSE");
  }

  @Test
  void decide_json_printsTheRecordAsJson() throws Exception {
    assertThat(run("decide", "--json", "../cases/P04-getting-help-cbt.json", "--agreed", "getting-help",
        "--participants", "young-person,practitioner")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("agreed").asText()).isEqualTo("GETTING_HELP");
  }

  @Test
  void decide_differsWithoutReason_failsWithOneLineAndExitOne() {
    int code = run("decide", "../cases/P04-getting-help-cbt.json", "--agreed", "getting-advice",
        "--participants", "young-person,practitioner");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("thrive: invalid decision: --reason: is required"
        + " when the agreed grouping differs from the suggestion");
  }

  @Test
  void decide_loweringSupportAtRisk_needsTheReviewSetAside() {
    assertThat(run("decide", "../cases/P09-getting-risk-support-not-helped.json", "--agreed", "getting-advice",
        "--participants", "young-person,practitioner", "--reason", "young-person-choice")).isEqualTo(1);
    assertThat(run("decide", "../cases/P09-getting-risk-support-not-helped.json", "--agreed", "getting-advice",
        "--participants", "young-person,practitioner", "--reason", "young-person-choice",
        "--set-aside", "clinical-review-required=clinical-review-completed")).isZero();
    assertThat(out.toString()).contains("CLINICAL_REVIEW_REQUIRED [choice.lower-support-at-risk] - set aside: CLINICAL_REVIEW_COMPLETED");
  }

  @Test
  void rulesTest_mertonRulesAndScenarios_passAndEndWithTheCountLine() {
    int code = run("rules", "test", "../local-rules/merton", "../local-rules/merton-scenarios", "--no-completeness");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("rule set merton 2026.1").contains("PASS Merton:")
        .contains("coverage: ").contains("3 passed, 0 failed" + System.lineSeparator())
        .endsWith("PASSED: 3 scenarios passed" + System.lineSeparator());
  }

  @Test
  void rulesTest_defaultsWithVignettes_reportsFullCoverageAndNoGaps() {
    assertThat(run("rules", "test", "defaults", "../scenarios", "--strict")).as(out.toString()).isZero();
    assertThat(out.toString()).contains("rules fired in at least one scenario" + System.lineSeparator())
        .contains("13824 generated cases; 0 with no grouping, 0 where rules on the same basis disagreed");
  }

  @Test
  void rulesTest_failingScenario_exitsFourWithExpectedVersusActual(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("wrong.json"), Files.readString(Path.of("../scenarios/P12.json"))
        .replace("\"grouping\": \"getting advice\"", "\"grouping\": \"getting help\"")
        .replace("../cases/", Path.of("..", "cases").toAbsolutePath().toString().replace('\\', '/') + "/"));
    int code = run("rules", "test", "defaults", dir.toString().replace('\\', '/'), "--no-completeness");
    assertThat(code).isEqualTo(4);
    assertThat(out.toString()).contains("FAIL P12").contains("grouping: expected Getting Help, actual Getting Advice")
        .contains("rules that fired: choice.self-management, needs.moderate").contains("0 passed, 1 failed")
        .endsWith("FAILED: 1 of 1 scenario failed" + System.lineSeparator());
  }

  @Test
  void rulesCheck_brokenRules_exitsThreeWithOneLinePerProblem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.drl"), "package local.bad;\nimport org.thrive.rules.facts.*;\n"
        + "rule \"Field\"\n  @id(\"local.field\")\n  @practitioner(\"p\")\n  @family(\"f\")\n  @source(\"s\")\n"
        + "when\n  Problems(higest == 1)\nthen\n  insertLogical(new Note());\nend\n");
    int code = run("rules", "check", dir.toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString().lines().toList()).containsExactly(
        "thrive: the rules cannot be used (1 problem):",
        "bad.drl:9: rule \"Field\": unknown field 'higest' of Problems; its fields are highest, highestNeed, none,"
            + " mild, moderate, severe, severeNeeds, notKnown, difficulties");
    assertThat(err.toString()).doesNotContain("\tat ");
  }

  @Test
  void rulesCheck_hostileDeclareDefault_isRejectedWithoutRunningIt(@TempDir Path dir) throws Exception {
    // given a declare whose field default would exit the JVM with 7 if it ever ran
    Files.writeString(dir.resolve("evil.drl"), "package local.evil;\nimport org.thrive.rules.facts.*;\n"
        + "declare Evil\n  x : int = System.exit(7)\nend\n");

    // when / then rules check runs nothing: it exits 3 (not 7) naming the file and line
    assertThat(run("rules", "check", dir.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("evil.drl:4: declare Evil: field x has a default value");
    assertThat(out.toString()).doesNotContain("ok:");
  }

  @Test
  void rulesCheck_mertonRules_isOk() {
    assertThat(run("rules", "check", "../local-rules/merton")).isZero();
    // the default rules, with one replaced and one added by Merton
    int rules = org.thrive.rules.ThriveAdvisor.withDefaultRules().rules().size() + 1;
    assertThat(out.toString()).startsWith("ok: rule set merton 2026.1 (" + rules + " rules), sha256 ");
  }

  @Test
  void rulesList_showsEveryRuleWithItsMetadata() {
    assertThat(run("rules", "list")).isZero();
    assertThat(out.toString()).contains("risk-support.not-helped  \"At risk and help has not helped\"  (defaults/history.drl)")
        .contains("  proposes: Getting Risk Support").contains("  family: ");
  }

  @Test
  void suggest_withLocalRules_usesThemAndSaysSoInTheProvenance() {
    assertThat(run("suggest", "--rules", "../local-rules/merton", "../cases/P05-getting-help-school-counselling.json")).isZero();
    assertThat(out.toString()).contains("[merton.school-support-team]").contains("rule set merton 2026.1");
  }

  @Test
  void help_listsEveryExitCode() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("  0   success").contains("  2   the command line is wrong")
        .contains("  3   the rules cannot be used").contains("  4   rules test: a scenario failed");
  }

  @Test
  void help_everySubcommand_listsTheExitCodes() {
    for (String[] command : new String[][] {{"suggest"}, {"decide"}, {"rules"}, {"rules", "check"}, {"rules", "test"},
        {"rules", "list"}}) {
      out.getBuffer().setLength(0);
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      assertThat(run(args)).isZero();
      assertThat(out.toString()).as(String.join(" ", command)).contains("Exit codes:").contains("  0   success")
          .contains("  1   a case, decision or scenario file").contains("  4   rules test");
    }
  }

  @Test
  void namedCommand_isBuiltAloneOnlyWhenNothingElseNeedsTheWholeTree() {
    assertThat(ThriveCli.namedCommand("suggest", "x.json")).isEqualTo(ThriveCli.Suggest.class);
    assertThat(ThriveCli.namedCommand("--log-level", "info", "rules", "list")).isEqualTo(RulesCommand.class);
    assertThat(ThriveCli.namedCommand("--log-level=debug", "batch")).isEqualTo(BatchCommand.class);
    assertThat(ThriveCli.namedCommand("--help", "suggest")).isNull();
    assertThat(ThriveCli.namedCommand("help", "suggest")).isNull();
    assertThat(ThriveCli.namedCommand("generate-completion")).isNull();
    assertThat(ThriveCli.namedCommand("sugest")).isNull();
    assertThat(ThriveCli.namedCommand("--log-level")).isNull();
    assertThat(ThriveCli.namedCommand()).isNull();
  }

  @Test
  void commandBuiltAlone_hasTheSameHelpAsInTheWholeTree() {
    for (String command : List.of("suggest", "decide", "batch", "synthetic", "rules")) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).isZero();
      String alone = out.toString();
      out.getBuffer().setLength(0);
      assertThat(run("help", command)).isZero();
      assertThat(alone).as(command).isEqualTo(out.toString()).contains("Usage: thrive " + command);
    }
  }

  @Test
  void rootHelp_listsEveryCommand() {
    assertThat(run("--log-level", "off", "--help")).isZero();
    assertThat(out.toString()).contains("suggest").contains("decide").contains("batch").contains("synthetic")
        .contains("rules").contains("help").contains("generate-completion");
  }

  @Test
  void misspeltCommand_isAUsageError() {
    assertThat(run("sugest", "../cases/P12-getting-advice-choice.json")).isEqualTo(2);
    assertThat(err.toString()).contains("sugest");
  }

  @Test
  void helpSubcommand_showsTheCommandsHelp() {
    assertThat(run("help", "suggest")).isZero();
    assertThat(out.toString()).contains("Usage: thrive suggest").contains("--audience").contains("Exit codes:");
  }

  @Test
  void version_namesTheLibraryTheRuleSetDroolsAndJava() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString().lines().toList()).hasSize(4)
        .satisfies(l -> assertThat(l.get(0)).startsWith("thrive "))
        .satisfies(l -> assertThat(l.get(1)).startsWith("default rule set thrive-default ").contains(" rules), sha256 "))
        .satisfies(l -> assertThat(l.get(2)).matches("Drools 10\\.[0-9.]+.*"))
        .satisfies(l -> assertThat(l.get(3)).startsWith("Java " + System.getProperty("java.version")));
  }

  @Test
  void generateCompletion_printsABashCompletionScript() {
    assertThat(run("generate-completion")).isZero();
    assertThat(out.toString()).contains("complete -F").contains("suggest").contains("rules");
  }

  @Test
  void suggest_dashReadsTheCaseFromStandardInput() throws Exception {
    byte[] json = Files.readAllBytes(Path.of("../cases/P12-getting-advice-choice.json"));
    int code = ThriveCli.run(new java.io.ByteArrayInputStream(json), new PrintWriter(out, true),
        new PrintWriter(err, true), "suggest", "-");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Suggested grouping: Getting Advice");
  }

  @Test
  void suggest_severalCases_printsEachInOrder() {
    assertThat(run("suggest", "../cases/P12-getting-advice-choice.json", "../cases/P08-getting-risk-support-exploitation.json"))
        .isZero();
    String o = out.toString();
    assertThat(o).contains("== 1 of 2: ../cases/P12-getting-advice-choice.json ==")
        .contains("== 2 of 2: ../cases/P08-getting-risk-support-exploitation.json ==");
    assertThat(o.indexOf("Suggested grouping: Getting Advice")).isLessThan(o.indexOf("Suggested grouping: Getting Risk Support"));
  }

  @Test
  void suggestJson_severalCases_printsOneArrayInOrder() throws Exception {
    assertThat(run("suggest", "--json", "../cases/P12-getting-advice-choice.json", "../cases/P04-getting-help-cbt.json"))
        .isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.isArray()).isTrue();
    assertThat(json.get(0).at("/suggestion/grouping").asText()).isEqualTo("GETTING_ADVICE");
    assertThat(json.get(1).at("/suggestion/grouping").asText()).isEqualTo("GETTING_HELP");
  }

  @Test
  void suggest_severalCasesOneBad_printsTheOthersNamesTheBadOneAndExitsOne(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"caseId\": \"x\"}");
    int code = run("suggest", "../cases/P12-getting-advice-choice.json", bad.toString(), "../cases/P04-getting-help-cbt.json");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("Suggested grouping: Getting Advice").contains("Suggested grouping: Getting Help");
    assertThat(err.toString().lines().toList()).containsExactly(
        "thrive: " + bad + ": invalid case file: $.age: is required",
        "thrive: 1 of 3 cases failed; the others were printed");
  }

  @Test
  void rulesTest_severalScenarioDirectories_runsThemTogether() {
    int code = run("rules", "test", "../local-rules/merton", "../local-rules/merton-scenarios", "../scenarios/principles",
        "--no-completeness");
    assertThat(out.toString()).contains("PASS Merton:").contains("(../scenarios/principles/");
    assertThat(code).as(out.toString()).isIn(0, 4);
    String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).startsWith(code == 0 ? "PASSED: " : "FAILED: ");
  }

  @Test
  void rulesTestStrict_aRuleThatNeverFires_failsAndTheLastLineSaysWhy() {
    // the Merton scenarios alone make only some of the rules fire
    int code = run("rules", "test", "../local-rules/merton", "../local-rules/merton-scenarios", "--no-completeness",
        "--strict");
    assertThat(code).isEqualTo(4);
    String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).startsWith("FAILED: --strict: ").contains(" rules never fired (");
    assertThat(out.toString()).contains("3 passed, 0 failed");
  }

  @Test
  void cli_noCommand_isAUsageErrorWithExitTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("suggest");
  }

  @Test
  void suggest_unknownOption_isAUsageErrorWithExitTwo() {
    assertThat(run("suggest", "--jsn", "../cases/P12-getting-advice-choice.json")).isEqualTo(2);
  }

  @Test
  void rulesTest_badScenarioFile_isNamedAsAScenarioAndTheLastLineSaysFailed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"case\": \"missing.json\", \"expect\": {\"grouping\": \"thriving\"}}");
    int code = run("rules", "test", "defaults", dir.toString(), "--no-completeness");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString().strip()).isEqualTo("FAILED: a scenario file cannot be used (see standard error)");
    assertThat(err.toString()).startsWith("thrive: invalid scenario file: ").contains("bad.json")
        .contains("$.case: names a case file that does not exist");
  }

  @Test
  void rulesTest_rulesThatDoNotCompile_lastLineSaysFailedAndExitThree(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.drl"), "package local.bad;\nrule \"half\"\nwhen\n");
    assertThat(run("rules", "test", dir.toString(), "../local-rules/merton-scenarios", "--no-completeness")).isEqualTo(3);
    assertThat(out.toString().strip()).isEqualTo("FAILED: the rules cannot be used (see standard error)");
  }

  @Test
  void logLevel_unknownLevel_isAUsageErrorNamingTheLevels() {
    assertThat(run("--log-level", "verbose", "rules", "check", "defaults")).isEqualTo(2);
    assertThat(err.toString()).startsWith("--log-level: expected one of off, error, warn, info, debug, trace")
        .doesNotContain("Exception");
  }
}
