package org.thrive.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;

/** The JUnit integration a host uses for its local rules. */
class ScenarioTestsTest {
  private static final ThriveAdvisor MERTON = ThriveAdvisor.builder()
      .rules(RuleSource.defaultsWith(Path.of("..", "local-rules", "merton"))).build();

  /** As a host would write it: the Merton scenarios run as this build's own tests. */
  @TestFactory
  Stream<DynamicNode> mertonScenarios_asAHostRunsThem() {
    return ScenarioTests.forAdvisor(MERTON).scenarios(Path.of("..", "local-rules", "merton-scenarios")).build().tests();
  }

  private static List<DynamicTest> flatten(Stream<DynamicNode> nodes) {
    List<DynamicTest> out = new ArrayList<>();
    nodes.forEach(n -> {
      if (n instanceof DynamicContainer c) {
        out.addAll(flatten(c.getChildren().map(x -> (DynamicNode) x)));
      } else {
        out.add((DynamicTest) n);
      }
    });
    return out;
  }

  @Test
  void tests_aFailingScenario_failsWithExpectedVersusActual(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("wrong.json"), Files.readString(Path.of("..", "local-rules", "merton-scenarios",
        "school-support-team.json")).replaceFirst("\"grouping\": \"[a-z ]+\"", "\"grouping\": \"thriving\"")
        .replace("../../cases/", Path.of("..", "cases").toAbsolutePath().normalize().toString().replace('\\', '/') + "/"));
    List<DynamicTest> tests = flatten(ScenarioTests.forAdvisor(MERTON).scenarios(dir).build().tests());
    assertThat(tests).hasSize(1);
    assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("wrong.json").hasMessageContaining("grouping: expected Thriving, actual ");
  }

  @Test
  void runner_aMisspeltRuleIdInFiredOrNotFired_failsTheScenario(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("typo.json"), Files.readString(Path.of("..", "local-rules", "merton-scenarios",
        "school-support-team.json")).replaceFirst("\"expect\": \\{", "\"expect\": {\"notFired\": [\"risk-support.not-helpd\"],")
        .replace("../../cases/", Path.of("..", "cases").toAbsolutePath().normalize().toString().replace('\\', '/') + "/"));
    ScenarioResult r = new ScenarioRunner(MERTON).run(new org.thrive.json.ScenarioReader().read(dir.resolve("typo.json")));
    assertThat(r.passed()).isFalse();
    assertThat(r.failures()).contains("no loaded rule has the id: risk-support.not-helpd (rules list shows every id)");
  }

  @Test
  void tests_everyRuleFires_failsNamingTheRulesThatNeverFired() {
    List<DynamicTest> tests = flatten(ScenarioTests.forAdvisor(MERTON)
        .scenarios(Path.of("..", "local-rules", "merton-scenarios")).everyRuleFires().build().tests());
    DynamicTest coverage = tests.get(tests.size() - 1);
    assertThat(coverage.getDisplayName()).isEqualTo("every rule fires in at least one scenario");
    assertThatThrownBy(() -> coverage.getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("rules never fired in any scenario: ").hasMessageContaining("needs.");
  }

  @Test
  void tests_unreadableScenarioFile_failsNamingTheFileAndPath(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broken.json"), "{\"case\": \"missing.json\", \"expect\": {\"grouping\": \"thriving\"}}");
    List<DynamicTest> tests = flatten(ScenarioTests.forAdvisor(MERTON).scenarios(dir).build().tests());
    assertThat(tests).hasSize(1);
    assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("broken.json").hasMessageContaining("$.case: names a case file that does not exist");
  }

  @Test
  void builder_optionsAreValidatedWhenSetAndSettableOnce() {
    assertThatThrownBy(() -> ScenarioTests.forAdvisor(null)).isInstanceOf(NullPointerException.class).hasMessage("advisor");
    assertThatThrownBy(() -> ScenarioTests.forAdvisor(MERTON).scenarios()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenarios: name at least one directory");
    assertThatThrownBy(() -> ScenarioTests.forAdvisor(MERTON).scenarios((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("scenarios: a directory is null");
    assertThatThrownBy(() -> ScenarioTests.forAdvisor(MERTON).everyRuleFires().everyRuleFires())
        .isInstanceOf(IllegalStateException.class).hasMessage("everyRuleFires was already set");
    assertThatThrownBy(() -> ScenarioTests.forAdvisor(MERTON).noGaps().noGaps())
        .isInstanceOf(IllegalStateException.class).hasMessage("noGaps was already set");
    assertThatThrownBy(() -> ScenarioTests.forAdvisor(MERTON).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("name the scenario directories with scenarios(...) before build()");
  }
}
