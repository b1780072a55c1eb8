package org.thrive.model.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrive.model.grouping.Grouping;

class AdviceTest {
  private static final String GOAL = "Go back to school three days a week";
  private static final String STRENGTH = "plays football";

  private static Provenance provenance() {
    return new Provenance("thrive-default", "1.0.0", "ab12", ImmutableList.of("needs.moderate", "context.strengths"),
        "0.1.0", Instant.parse("2026-03-02T09:00:00Z"), org.thrive.model.advice.RuleCode.BUILT_IN);
  }

  private static Advice.Builder withCaseContent() {
    Reason reason = new Reason("context.strengths", "Build on strengths.", "You have good things going for you.",
        "THRIVE.md s3.8", ImmutableList.of(new CaseFact("strengths[0]", "Individual strength", STRENGTH),
            new CaseFact("choices.goals[0]", "Goal", GOAL)),
        Optional.empty(), Optional.empty());
    return Advice.builder().caseId("case-7").addReasons(ImmutableList.of(reason)).provenance(provenance());
  }

  private static Advice.Builder suggestionWithCaseContent() {
    Reason reason = new Reason("context.strengths", "Build on strengths.", "You have good things going for you.",
        "THRIVE.md s3.8", ImmutableList.of(new CaseFact("strengths[0]", "Individual strength", STRENGTH),
            new CaseFact("choices.goals[0]", "Goal", GOAL)),
        Optional.empty(), Optional.empty());
    return Advice.builder().caseId("case-7").status(AdviceStatus.SUGGESTION)
        .suggestion(Grouping.GETTING_HELP).addReasons(ImmutableList.of(reason))
        .provenance(provenance());
  }

  @Test
  void toString_adviceWithGoalsAndStrengths_namesNoCaseContent() {
    // given advice whose reasons carry a goal and a strength
    Advice advice = suggestionWithCaseContent().build();

    // when
    String text = advice.toString();

    // then only the status appears: no case id, grouping, rule ids, goal or strength
    assertThat(text).isEqualTo("Advice{SUGGESTION}")
        .doesNotContain("case-7").doesNotContain(GOAL).doesNotContain(STRENGTH);
  }

  @Test
  void build_suggestionStatusWithoutGrouping_isRejected() {
    // given a SUGGESTION with no grouping
    Advice.Builder b = withCaseContent().status(AdviceStatus.SUGGESTION);

    // when / then
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("Advice.Builder.suggestion: must be set exactly when the status is SUGGESTION");
  }

  @Test
  void build_cannotSuggestWithoutMissingInformation_isRejected() {
    // given advice that cannot suggest but names nothing missing
    Advice.Builder b = withCaseContent().status(AdviceStatus.CANNOT_SUGGEST_YET);

    // when / then
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("Advice.Builder.missing: advice that cannot suggest a grouping must say what is missing");
  }

  @Test
  void builder_eachValueIsCheckedWhenSetAndSettableOnce() {
    assertThatThrownBy(() -> suggestionWithCaseContent().suggestion(Grouping.THRIVING))
        .isInstanceOf(IllegalStateException.class).hasMessage("Advice.Builder.suggestion: was already set");
    assertThatThrownBy(() -> withCaseContent().caseId("again"))
        .isInstanceOf(IllegalStateException.class).hasMessage("Advice.Builder.caseId: was already set");
    assertThatThrownBy(() -> Advice.builder().caseId(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Advice.Builder.caseId: must not be blank");
    assertThatThrownBy(() -> Advice.builder().needsOnly(null))
        .isInstanceOf(NullPointerException.class).hasMessage("Advice.Builder.needsOnly: must not be null");
    assertThatThrownBy(() -> Advice.builder().status(AdviceStatus.SUGGESTION).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("Advice.Builder.caseId: is required");
    assertThatThrownBy(() -> Advice.builder().caseId("c").status(AdviceStatus.SUGGESTION).suggestion(Grouping.THRIVING).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("Advice.Builder.provenance: is required");
  }

  @Test
  void builderFrom_copiesEverythingAndKeepsItSetOnce() {
    Advice a = suggestionWithCaseContent().build();
    assertThat(Advice.Builder.from(a).build()).isEqualTo(a);
    assertThatThrownBy(() -> Advice.Builder.from(a).suggestion(Grouping.THRIVING))
        .isInstanceOf(IllegalStateException.class).hasMessage("Advice.Builder.suggestion: was already set");
  }

  @Test
  void reasonIds_andInput_followTheReasonsAndSuggestion() {
    // given
    Advice advice = suggestionWithCaseContent().build();

    // when / then
    assertThat(advice.reasonIds()).containsExactly("context.strengths");
    assertThat(advice.input()).contains(Grouping.GETTING_HELP.input());
  }

  @Test
  void provenance_firedRuleIds_areSorted() {
    // given / when / then
    assertThat(provenance().firedRuleIds()).containsExactly("context.strengths", "needs.moderate");
  }

  @Test
  void caseFact_aboutACodedCurrentViewItem_carriesItsSnomedCtCode() {
    assertThat(new CaseFact("needs.problem.2", "Anxious in social situations", "Moderate").snomedCt())
        .contains("987261000000100");
    assertThat(new CaseFact("needs.complexity.1", "Looked after child", "Yes").snomedCt()).isEmpty();
    assertThat(new CaseFact("risk.toSelf", "Risk to self", "High").snomedCt()).isEmpty();
  }
}
