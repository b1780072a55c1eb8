package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrive.json.DecisionJson;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.decision.Participant;
import org.thrive.model.decision.SafeguardSetAside;
import org.thrive.model.decision.SetAsideReason;
import org.thrive.model.grouping.Grouping;

class AgreedDecisionTest {
  private static final Instant AT = Instant.parse("2026-03-02T11:00:00Z");
  private static final Set<Participant> SHARED = Set.of(Participant.YOUNG_PERSON, Participant.PRACTITIONER);

  private static Advice advice(String id) {
    return Vignettes.ADVISOR.advise(Vignettes.read(id));
  }

  @Test
  void agreeingToTheSuggestion_needsNoReasonAndKeepsEverySafeguard() {
    Advice a = advice("P08");
    AgreedDecision d = decide(a, Grouping.GETTING_RISK_SUPPORT, SHARED, Optional.empty(), List.of(), "", AT);
    assertThat(d.differsFromSuggestion()).isFalse();
    assertThat(d.safeguards()).isEqualTo(a.safeguards());
    assertThat(d.ruleSetSha256()).isEqualTo(a.provenance().ruleSetSha256());
    assertThat(d.ruleSetName()).isEqualTo(a.provenance().ruleSetName()).isEqualTo("thrive-default");
    assertThat(d.ruleSetVersion()).isEqualTo(a.provenance().ruleSetVersion());
  }

  @Test
  void agreeingToAnotherGrouping_withoutACodedReason_isRejected() {
    assertThatThrownBy(() -> decide(advice("P04"), Grouping.GETTING_ADVICE, SHARED, Optional.empty(),
        List.of(), "", AT))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("AgreedDecision.differenceReason: is required when the agreed grouping differs from the suggestion");
  }

  @Test
  void agreeingToAnotherGrouping_withACodedReason_isRecorded() {
    AgreedDecision d = decide(advice("P04"), Grouping.GETTING_ADVICE, SHARED,
        Optional.of(DifferenceReason.YOUNG_PERSON_CHOICE), List.of(), "prefers to try self-help first", AT);
    assertThat(d.suggested()).contains(Grouping.GETTING_HELP);
    assertThat(d.agreed()).isEqualTo(Grouping.GETTING_ADVICE);
    assertThat(d.toString()).doesNotContain("self-help");
  }

  @Test
  void loweringSupportWhileAClinicalReviewIsRequired_needsTheReviewSetAsideWithACode() {
    Advice a = advice("P09");
    assertThat(a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED)).isTrue();
    assertThatThrownBy(() -> decide(a, Grouping.GETTING_ADVICE, SHARED,
        Optional.of(DifferenceReason.YOUNG_PERSON_CHOICE), List.of(), "", AT))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageStartingWith("AgreedDecision.setAside: agreeing to Getting Advice while a clinical review is required");
    AgreedDecision d = decide(a, Grouping.GETTING_ADVICE, SHARED,
        Optional.of(DifferenceReason.YOUNG_PERSON_CHOICE),
        List.of(new SafeguardSetAside(SafeguardKind.CLINICAL_REVIEW_REQUIRED, SetAsideReason.CLINICAL_REVIEW_COMPLETED)),
        "", AT);
    // the safeguard stays visible in the record
    assertThat(d.safeguards()).anyMatch(s -> s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED);
    assertThat(d.setAside()).hasSize(1);
  }

  @Test
  void settingAsideASafeguardTheAdviceDoesNotHold_isRejected() {
    assertThatThrownBy(() -> decide(advice("P04"), Grouping.GETTING_HELP, SHARED, Optional.empty(),
        List.of(new SafeguardSetAside(SafeguardKind.SAFETY_PLAN, SetAsideReason.ALREADY_IN_PLACE)), "", AT))
        .hasMessage("AgreedDecision.setAside[0].kind: names a safeguard the advice does not hold");
  }

  @Test
  void aDecisionWithoutTheYoungPersonOrFamily_isRejected() {
    assertThatThrownBy(() -> decide(advice("P04"), Grouping.GETTING_HELP, Set.of(Participant.PRACTITIONER),
        Optional.empty(), List.of(), "", AT))
        .hasMessage("AgreedDecision.participants: must include the young person or a parent or carer: the decision is shared");
  }

  @Test
  void decisionJson_holdsEveryFieldAndTheSafeguards() throws Exception {
    Advice a = advice("P11");
    AgreedDecision d = decide(a, Grouping.GETTING_MORE_HELP,
        Set.of(Participant.YOUNG_PERSON, Participant.PARENT_OR_CARER, Participant.PRACTITIONER),
        Optional.of(DifferenceReason.CLINICAL_JUDGEMENT), List.of(), "", AT);
    JsonNode json = new ObjectMapper().readTree(new DecisionJson().write(d));
    assertThat(json.get("caseId").asText()).isEqualTo("P11");
    assertThat(json.get("suggested").asText()).isEqualTo("GETTING_HELP");
    assertThat(json.get("agreed").asText()).isEqualTo("GETTING_MORE_HELP");
    assertThat(json.get("differenceReason").asText()).isEqualTo("CLINICAL_JUDGEMENT");
    assertThat(json.get("decidedAt").asText()).isEqualTo("2026-03-02T11:00:00Z");
    assertThat(json.get("participants")).hasSize(3);
    assertThat(json.get("safeguards").findValuesAsText("kind")).contains("IMMEDIATE_CRISIS_RESPONSE", "SAFETY_PLAN");
  }

  @Test
  @org.junit.jupiter.api.Tag("hazard-control")
  void agreeingToThrivingWhileEveryRiskIsNotKnown_addsAClinicalReviewThatMustBeSetAsideWithACode() {
    // given a moderate need with risk not yet assessed: no grouping can be suggested yet
    Advice a = Vignettes.ADVISOR.advise(Vignettes.read("P04").toBuilder()
        .risk(org.thrive.model.risk.Risk.notAssessed()).build());
    assertThat(a.riskSignals()).isNotEmpty();

    // when Thriving is agreed without setting a review aside, then it is refused
    assertThatThrownBy(() -> decide(a, Grouping.THRIVING, SHARED,
        Optional.of(DifferenceReason.YOUNG_PERSON_CHOICE), List.of(), "", AT))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageStartingWith("AgreedDecision.setAside: agreeing to Thriving while a clinical review is required");

    // and with the review set aside with a code it is recorded, the review and the risk assessment kept
    AgreedDecision d = decide(a, Grouping.THRIVING, SHARED, Optional.of(DifferenceReason.YOUNG_PERSON_CHOICE),
        List.of(new SafeguardSetAside(SafeguardKind.CLINICAL_REVIEW_REQUIRED, SetAsideReason.CLINICAL_REVIEW_COMPLETED)),
        "", AT);
    assertThat(d.safeguards()).extracting(s -> s.kind())
        .contains(SafeguardKind.CLINICAL_REVIEW_REQUIRED, SafeguardKind.RISK_ASSESSMENT);
  }

  @Test
  @org.junit.jupiter.api.Tag("hazard-control")
  void agreeingToGettingHelpWhenMoreHelpWasSuggestedWithRiskSignals_addsAClinicalReview() {
    // given P07 (severe eating, low risk to self): Getting More Help suggested, with risk signals
    Advice a = advice("P07");
    assertThat(a.suggestion()).contains(Grouping.GETTING_MORE_HELP);
    assertThat(a.riskSignals()).isNotEmpty();

    // when Getting Help is agreed, then a clinical review is required and must be set aside with a code
    assertThatThrownBy(() -> decide(a, Grouping.GETTING_HELP, SHARED,
        Optional.of(DifferenceReason.FAMILY_CHOICE), List.of(), "", AT))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageStartingWith("AgreedDecision.setAside: agreeing to Getting Help while a clinical review is required");
    AgreedDecision d = decide(a, Grouping.GETTING_HELP, SHARED, Optional.of(DifferenceReason.FAMILY_CHOICE),
        List.of(new SafeguardSetAside(SafeguardKind.CLINICAL_REVIEW_REQUIRED, SetAsideReason.CLINICAL_REVIEW_COMPLETED)),
        "", AT);
    assertThat(d.safeguards()).anyMatch(s -> s.ruleId().equals(AgreedDecision.LOWERED_AT_RISK_ID));
  }

  @Test
  void agreeingToMoreSupportThanSuggested_addsNoReview() {
    // near miss: agreeing to more support is never a step down
    Advice a = advice("P04");
    AgreedDecision d = decide(a, Grouping.GETTING_MORE_HELP, SHARED,
        Optional.of(DifferenceReason.FAMILY_CHOICE), List.of(), "", AT);
    assertThat(d.safeguards()).isEqualTo(a.safeguards());
  }

  /** A decision through the builder; {@code reason} may be empty. */
  static AgreedDecision decide(org.thrive.model.advice.Advice advice, Grouping agreed, java.util.Set<Participant> who,
      java.util.Optional<DifferenceReason> reason, java.util.List<org.thrive.model.decision.SafeguardSetAside> setAside,
      String note, java.time.Instant at) {
    AgreedDecision.Builder b = AgreedDecision.on(advice).agreed(agreed).participants(who).setAside(setAside).note(note)
        .decidedAt(at);
    reason.ifPresent(b::differenceReason);
    return b.record();
  }

  @org.junit.jupiter.api.Test
  void builder_eachValueIsCheckedWhenSetAndSettableOnce() {
    org.thrive.model.advice.Advice a = advice("P04");
    assertThatThrownBy(() -> AgreedDecision.on(a).agreed(Grouping.GETTING_HELP).agreed(Grouping.GETTING_ADVICE))
        .isInstanceOf(IllegalStateException.class).hasMessage("AgreedDecision.Builder.agreed: was already set");
    assertThatThrownBy(() -> AgreedDecision.on(a).note(null))
        .isInstanceOf(NullPointerException.class).hasMessage("AgreedDecision.Builder.note: must not be null");
    assertThatThrownBy(() -> AgreedDecision.on(a).participants(Participant.PRACTITIONER, Participant.PRACTITIONER))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("AgreedDecision.Builder.participants: names someone twice");
    assertThatThrownBy(() -> AgreedDecision.on(a).agreed(Grouping.GETTING_HELP).decidedAt(AT).record())
        .isInstanceOf(IllegalStateException.class).hasMessage("AgreedDecision.Builder: participants is required");
    assertThatThrownBy(() -> AgreedDecision.on(null)).isInstanceOf(InvalidCaseException.class)
        .hasMessageStartingWith("AgreedDecision.advice: ");
  }
}
