package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every family-facing text the library ships must read at Flesch–Kincaid grade 6 or below
 * (a reading age of about 11): rule explanations and conditions, the local configuration's
 * family wordings, the safety net and the discussion templates.
 */
class ReadabilityTest {
  static final double MAX_GRADE = 6.0;

  static Map<String, String> familyTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
    for (RuleInfo r : advisor.rules()) {
      texts.put("rule " + r.id() + " @family", r.family());
      r.condition().ifPresent(c -> texts.put("rule " + r.id() + " @familyCondition",
          "It is for when " + c.family() + "."));
    }
    List<String> local = advisor.localConfiguration().familyTexts();
    for (int i = 0; i < local.size(); i++) {
      texts.put("local configuration family text " + i, local.get(i));
    }
    Texts.templates().forEach((k, v) -> {
      if (k.endsWith(".family") || k.endsWith(".parent")) {
        // placeholders filled with typical words: a grouping's name, a short phrase
        texts.put("template " + k, v.replace("{more}", "").replaceAll("\\{[A-Z][A-Za-z]*}", "You").replaceAll("\\{grouping}", "Getting More Help")
            .replaceAll("\\{[a-z][A-Za-z]*}", "things are quite hard"));
      }
    });
    for (Criterion k : Criterion.values()) {
      texts.put("criterion " + k, "It is for when " + k.wording().family() + ".");
    }
    return texts;
  }

  /** Every family text with its grade, hardest first, in target/readability-report.txt. */
  private static void writeReport(List<Map.Entry<String, Double>> graded) {
    StringBuilder b = new StringBuilder("Flesch-Kincaid grade of every family text (limit " + MAX_GRADE + "), hardest first\n");
    graded.forEach(e -> b.append(String.format("%5.1f  %s%n", e.getValue(), e.getKey())));
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "readability-report.txt"), b);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void readability_knownWords_countSyllablesAsExpected() {
    assertThat(Readability.syllables("help")).isEqualTo(1);
    assertThat(Readability.syllables("family")).isEqualTo(3);
    assertThat(Readability.syllables("happy")).isEqualTo(2);
    assertThat(Readability.syllables("assessment")).isEqualTo(3);
    assertThat(Readability.grade("The cat sat on the mat.")).isLessThan(1);
    assertThat(Readability.grade("Interdisciplinary multi-agency collaborative intervention necessitates comprehensive"
        + " neurodevelopmental evaluation.")).isGreaterThan(12);
  }

  @Test
  void familyTexts_everyOne_readsAtGradeSixOrBelow() {
    Map<String, String> texts = familyTexts();
    assertThat(texts).hasSizeGreaterThan(50);
    List<Map.Entry<String, Double>> graded = new ArrayList<>();
    texts.forEach((where, text) -> graded.add(Map.entry(where + ": \"" + text + "\"", Readability.grade(text))));
    graded.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    List<String> tooHard = graded.stream().filter(e -> e.getValue() > MAX_GRADE)
        .map(e -> String.format("grade %.1f  %s", e.getValue(), e.getKey())).toList();
    String worst = graded.stream().limit(5).map(e -> String.format("grade %.1f  %s", e.getValue(), e.getKey()))
        .reduce("", (a, b) -> a + System.lineSeparator() + b);
    writeReport(graded);
    assertThat(tooHard).as("family texts above grade %s; the five hardest:%s", MAX_GRADE, worst).isEmpty();
  }
}
