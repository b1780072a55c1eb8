package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.Progress;
import org.thrive.model.risk.RiskLevel;

/** The library's own wording: one reviewed file of templates, filled only from the parts each names. */
class WordingTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  @Test
  void templates_everyKey_isForOneAudienceAndEveryTemplateIsFilledText() {
    assertThat(Texts.templates()).hasSizeGreaterThan(80);
    Texts.templates().forEach((key, template) -> {
      assertThat(key).as(key).matches(".*\\.(practitioner|family|parent)$");
      assertThat(template.trim()).as(key).isNotEmpty();
      // no rule-id or constant spelling leaks into wording
      assertThat(template).as(key).doesNotContainPattern("[A-Z]{2,}_[A-Z]");
    });
  }

  @Test
  void fill_everyPlaceholderNamed_fillsIt_andAPartLeftOutOrAnExtraPartFails() {
    assertThat(Texts.fill("whyNot.noRule.family", "grouping", "Getting Help")).isEqualTo("Getting Help is not used by this service.");
    assertThatThrownBy(() -> Texts.fill("whyNot.noRule.family")).hasMessageContaining("whyNot.noRule.family")
        .hasMessageContaining("{grouping}");
    assertThatThrownBy(() -> Texts.fill("whyNot.noRule.family", "grouping", "X", "extra", "Y"))
        .hasMessageContaining("has no {extra}");
    assertThatThrownBy(() -> Texts.fill("no.such.key")).hasMessageContaining("no wording template no.such.key");
  }

  @Test
  void fill_eachTemplateWithEveryPartItNames_leavesNoPlaceholder() {
    Texts.templates().forEach((key, template) -> {
      Matcher m = PLACEHOLDER.matcher(template);
      java.util.List<String> pairs = new java.util.ArrayList<>();
      while (m.find()) {
        if (!pairs.contains(m.group(1))) {
          pairs.add(m.group(1));
          pairs.add("part");
        }
      }
      assertThat(Texts.fill(key, pairs.toArray(String[]::new))).as(key).doesNotContain("{");
    });
  }

  @Test
  void vocabulary_everyEnumConstant_hasALabelInWords() {
    for (Enum<?>[] values : new Enum<?>[][] {Preference.values(), Chooser.values(), Progress.values(), Engagement.values(),
        RiskLevel.values(), SafeguardKind.values(), Basis.values(), AdviceStatus.values()}) {
      for (Enum<?> e : values) {
        String label;
        try {
          label = (String) e.getDeclaringClass().getMethod("label").invoke(e);
        } catch (ReflectiveOperationException x) {
          throw new AssertionError(e.getDeclaringClass().getSimpleName() + " has no label()", x);
        }
        assertThat(label).as(e.name()).isNotBlank().doesNotContain("_").isNotEqualTo(e.name());
      }
    }
  }
}
