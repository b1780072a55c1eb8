package org.thrive.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.thrive.json.Scenario;
import org.thrive.json.ScenarioReader;
import org.thrive.rules.CompletenessCheck;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;

/** The scenario files as JUnit tests: the vignettes on the default rules, and the Merton local rule set. */
class ScenarioFilesTest {
  private static final ThriveAdvisor ADVISOR = ThriveAdvisor.builder()
      .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-03-02T10:00:00Z"), java.time.ZoneOffset.UTC)).build();

  private static Stream<DynamicTest> tests(ThriveAdvisor advisor, Path dir) throws Exception {
    ScenarioRunner runner = new ScenarioRunner(advisor);
    return new ScenarioReader().readDirectory(dir).stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
      ScenarioResult r = runner.run(s);
      assertThat(r.failures()).as(s.file().toString()).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> defaultRules_vignetteScenarios() throws Exception {
    return tests(ADVISOR, Path.of("..", "scenarios"));
  }

  @TestFactory
  Stream<DynamicTest> mertonRules_localScenarios() throws Exception {
    return tests(ThriveAdvisor.builder().rules(RuleSource.defaultsWith(Path.of("..", "local-rules", "merton"))).build(),
        Path.of("..", "local-rules", "merton-scenarios"));
  }

  @Test
  void defaultRules_scenarios_coverEveryRule() throws Exception {
    ScenarioRunner runner = new ScenarioRunner(ADVISOR);
    List<Scenario> all = new ScenarioReader().readDirectory(Path.of("..", "scenarios"));
    assertThat(runner.neverFired(runner.runAll(all))).isEmpty();
  }

  @Test
  void defaultRules_completeness_noGapsAndConflictsOnlyWhereChoicesDiffer() {
    CompletenessCheck.Report report = CompletenessCheck.run(ADVISOR);
    assertThat(report.cases()).isEqualTo(13_824);
    assertThat(report.gaps()).isEmpty();
    // no rules disagree on the same basis: where the young person and a parent choose differently
    // from 12 to 15, the young person's choice of less support does not act while the parent asks for help
    assertThat(report.conflicts()).isEmpty();
    // the rules ask for information (Not known ratings, unassessed risk) rather than guess
    assertThat(report.askForInformation()).isNotEmpty();
  }

  @Test
  void scenarioRunner_wrongExpectation_reportsExpectedVersusActualAndTheRulesThatFired() throws Exception {
    Scenario s = new ScenarioReader().read(Path.of("..", "scenarios", "P12.json"));
    Scenario wrong = new Scenario(s.file(), s.name(), s.thriveCase(),
        java.util.Optional.of(org.thrive.model.grouping.Grouping.GETTING_HELP), s.needsOnly(),
        com.google.common.collect.ImmutableList.of("choice.goal-based-help"),
        com.google.common.collect.ImmutableList.of("choice.self-management"), s.safeguards(), s.missing(),
        s.familySays(), s.familyNeverSays(), s.practitionerSays(), s.practitionerNeverSays());
    ScenarioResult r = new ScenarioRunner(ADVISOR).run(wrong);
    assertThat(r.passed()).isFalse();
    assertThat(r.failures()).containsExactly(
        "grouping: expected Getting Help, actual Getting Advice",
        "rules that should have fired but did not: choice.goal-based-help",
        "rules that should not have fired but did: choice.self-management",
        "rules that fired: choice.self-management, needs.moderate");
  }

  @Test
  void scenarioRunner_wrongSentences_reportsWhatThePagesSayOrDoNotSay() throws Exception {
    Scenario s = new ScenarioReader().read(Path.of("..", "scenarios", "P12.json"));
    var list = com.google.common.collect.ImmutableList.<String>of();
    Scenario wrong = new Scenario(s.file(), s.name(), s.thriveCase(), s.grouping(), s.needsOnly(), s.fired(),
        s.notFired(), s.safeguards(), s.missing(),
        com.google.common.collect.ImmutableList.of("Getting Risk Support is about"),
        com.google.common.collect.ImmutableList.of("We suggest: Getting Advice"),
        com.google.common.collect.ImmutableList.of("[SET ASIDE"), com.google.common.collect.ImmutableList.of("[needs.moderate]"));
    ScenarioResult r = new ScenarioRunner(ADVISOR).run(wrong);
    assertThat(r.failures()).contains("the family page does not say: Getting Risk Support is about",
        "the family page says: We suggest: Getting Advice", "the practitioner page says: [needs.moderate]");
    assertThat(r.failures()).noneMatch(f -> f.contains("SET ASIDE"));
    assertThat(list).isEmpty();
  }
}
