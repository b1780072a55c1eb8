package org.thrive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.thrive.model.advice.Advice;
import org.thrive.model.grouping.Grouping;

class QuickStartTest {
  @Test
  void quickStart_run_suggestsGettingAdviceAndReportsTheNeedsOnlyGrouping() {
    Advice advice = QuickStart.run();
    assertThat(advice.suggestion()).contains(Grouping.GETTING_ADVICE);
    assertThat(advice.needsOnly()).contains(Grouping.GETTING_HELP);
    assertThat(advice.reasonIds()).contains("needs.moderate", "choice.self-management");
  }

  @Test
  void readme_quickStart_isTheCodeThatIsCompiledHere() throws Exception {
    // given the quick start between its markers in this source file and in the README
    String source = Files.readString(Path.of("src/main/java/org/thrive/examples/QuickStart.java"));
    String readme = Files.readString(Path.of("..", "README.md"));
    String snippet = between(source, "// quick-start:begin\n", "    // quick-start:end");
    // then the README shows the same lines (indentation aside)
    for (String line : snippet.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      assertThat(readme).as("README quick start line").contains(line);
    }
  }

  @Test
  void readme_ruleCount_matchesTheLoadedRuleSet() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains(org.thrive.rules.ThriveAdvisor.withDefaultRules().rules().size() + " rules in `thrive-rules/");
  }

  private static String between(String s, String begin, String end) {
    int from = s.indexOf(begin);
    int to = s.indexOf(end);
    assertThat(from).isNotNegative();
    assertThat(to).isGreaterThan(from);
    return s.substring(from + begin.length(), to);
  }
}
