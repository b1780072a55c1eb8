package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thrive.json.AdviceJson;
import org.thrive.json.DecisionJson;
import org.thrive.json.Format;
import org.thrive.model.advice.Advice;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.decision.Participant;
import org.thrive.model.grouping.Grouping;

/**
 * The advice and decision formats over the whole scenario corpus: what {@link AdviceJson} and
 * {@link DecisionJson} write matches the published schema, and reads back equal to what was
 * written, so an audit store can read its records back.
 */
class AdviceJsonRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @BeforeAll
  static void corpus() throws Exception {
    ExplanationCorpusTest.adviseEveryScenario();
  }

  private static JsonSchema schema(Format f) {
    return FACTORY.getSchema(Format.class.getResourceAsStream(f.schemaResource()));
  }

  @Test
  void adviceJson_everyScenariosAdvice_matchesTheSchemaAndReadsBackEqual() throws Exception {
    AdviceJson json = new AdviceJson();
    JsonSchema schema = schema(Format.ADVICE);
    for (ExplanationCorpusTest.Case k : ExplanationCorpusTest.CORPUS) {
      String written = json.write(k.a());
      assertThat(schema.validate(MAPPER.readTree(written))).as(k.name()).isEmpty();
      Advice back = json.read(written);
      // every fact about a coded Current View item carries its SNOMED CT code in the JSON
      k.a().reasons().stream().flatMap(r -> r.facts().stream()).filter(f -> f.snomedCt().isPresent()).findFirst()
          .ifPresent(f -> assertThat(written).contains("\"snomedCt\" : \"" + f.snomedCt().get() + "\""));
      assertThat(back).as(k.name()).isEqualTo(k.a());
      assertThat(json.write(back)).as(k.name() + ": same bytes again").isEqualTo(written);
    }
  }

  @Test
  void decisionJson_aDecisionOnEveryScenario_matchesTheSchemaAndReadsBackEqual() throws Exception {
    DecisionJson json = new DecisionJson();
    JsonSchema schema = schema(Format.DECISION);
    Instant at = Instant.parse("2026-03-02T11:00:00Z");
    for (ExplanationCorpusTest.Case k : ExplanationCorpusTest.CORPUS) {
      Advice a = k.a();
      AgreedDecision d = a.suggestion().isPresent()
          ? decide(a, a.suggestion().get(), Set.of(Participant.YOUNG_PERSON, Participant.PRACTITIONER),
              Optional.empty(), List.of(), "agreed in the room", at)
          : decide(a, Grouping.GETTING_HELP, Set.of(Participant.PARENT_OR_CARER, Participant.PRACTITIONER),
              Optional.of(DifferenceReason.CLINICAL_JUDGEMENT), List.of(), "", at);
      String written = json.write(d);
      assertThat(schema.validate(MAPPER.readTree(written))).as(k.name()).isEmpty();
      assertThat(json.read(written)).as(k.name()).isEqualTo(d);
    }
  }

  /** A decision through the builder; {@code reason} may be empty. */
  private static AgreedDecision decide(org.thrive.model.advice.Advice advice, Grouping agreed, java.util.Set<Participant> who,
      java.util.Optional<DifferenceReason> reason, java.util.List<org.thrive.model.decision.SafeguardSetAside> setAside,
      String note, java.time.Instant at) {
    AgreedDecision.Builder b = AgreedDecision.on(advice).agreed(agreed).participants(who).setAside(setAside).note(note)
        .decidedAt(at);
    reason.ifPresent(b::differenceReason);
    return b.record();
  }
}
