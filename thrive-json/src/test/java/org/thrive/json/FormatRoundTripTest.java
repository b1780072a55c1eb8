package org.thrive.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.ChoiceEffect;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.RuleCode;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.advice.WhyNot;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.decision.Participant;
import org.thrive.model.decision.SetAsideReason;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.grouping.Input;
import org.thrive.model.grouping.InputKind;

/** Every format written by this module reads back to what was written, and matches its schema. */
class FormatRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(m -> m.mapPrefix("https://thrive.invalid/schema/", "classpath:org/thrive/json/schema/")));

  static JsonSchema schema(Format f) {
    return FACTORY.getSchema(Format.class.getResourceAsStream(f.schemaResource()));
  }

  private static List<Scenario> allScenarios() throws Exception {
    ScenarioReader reader = new ScenarioReader();
    try (Stream<Path> dirs = Files.walk(Path.of("..", "scenarios"))) {
      List<Path> all = dirs.filter(Files::isDirectory).sorted().toList();
      List<Scenario> out = new java.util.ArrayList<>();
      for (Path d : all) {
        try (Stream<Path> files = Files.list(d)) {
          if (files.anyMatch(p -> p.toString().endsWith(".json"))) {
            out.addAll(reader.readDirectory(d));
          }
        }
      }
      return out;
    }
  }

  @Test
  void caseWriter_everySampleAndScenarioCase_readsBackEqualAndMatchesTheSchema() throws Exception {
    CaseReader reader = new CaseReader();
    CaseWriter writer = new CaseWriter();
    JsonSchema schema = schema(Format.CASE);
    List<ThriveCase> cases = new java.util.ArrayList<>();
    for (Path p : SampleCases.all()) {
      cases.add(reader.read(p));
    }
    allScenarios().forEach(s -> cases.add(s.thriveCase()));
    assertThat(cases).hasSizeGreaterThan(600);
    for (ThriveCase c : cases) {
      JsonNode written = writer.toTree(c);
      assertThat(schema.validate(written)).as("schema errors").isEmpty();
      assertThat(reader.toCase(written)).isEqualTo(c);
      assertThat(writer.write(reader.toCase(written))).as("same bytes again").isEqualTo(writer.write(c));
    }
  }

  @Test
  void scenarioWriter_everyScenario_readsBackTheSameScenarioAndMatchesTheSchema(@TempDir Path dir) throws Exception {
    ScenarioReader reader = new ScenarioReader();
    ScenarioWriter writer = new ScenarioWriter();
    JsonSchema schema = schema(Format.SCENARIO);
    for (Scenario s : allScenarios()) {
      String json = writer.write(s);
      assertThat(schema.validate(MAPPER.readTree(json))).as(s.file() + " schema errors").isEmpty();
      Path file = Files.writeString(dir.resolve("s.json"), json);
      Scenario back = reader.read(file);
      assertThat(new Scenario(s.file(), back.name(), back.thriveCase(), back.grouping(), back.needsOnly(), back.fired(),
          back.notFired(), back.safeguards(), back.missing(), back.familySays(), back.familyNeverSays(),
          back.practitionerSays(), back.practitionerNeverSays())).as(s.file().toString()).isEqualTo(s);
    }
  }

  @Test
  void scenarioSchema_everyScenarioFileInTheRepository_validates() throws Exception {
    JsonSchema schema = schema(Format.SCENARIO);
    try (Stream<Path> files = Files.walk(Path.of("..", "scenarios"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        assertThat(schema.validate(MAPPER.readTree(p.toFile()))).as(p.toString()).isEmpty();
      }
    }
  }

  @Test
  void schemas_listEveryConstantOfTheEnumsTheyWrite() {
    String advice = Format.ADVICE.schema();
    for (Class<? extends Enum<?>> type : List.of(AdviceStatus.class, Grouping.class, Basis.class, Reason.Standing.class,
        Reason.Role.class, SafeguardKind.class, ChoiceEffect.Kind.class, ChoiceEffect.WhyNotUsed.class,
        WhyNot.Status.class, RuleCode.class, InputKind.class, Input.class)) {
      for (Enum<?> e : type.getEnumConstants()) {
        assertThat(advice).as(type.getSimpleName()).contains("\"" + e.name() + "\"");
      }
    }
    String decision = Format.DECISION.schema();
    for (Class<? extends Enum<?>> type : List.of(Grouping.class, Participant.class, DifferenceReason.class,
        SetAsideReason.class, SafeguardKind.class)) {
      for (Enum<?> e : type.getEnumConstants()) {
        assertThat(decision).as(type.getSimpleName()).contains("\"" + e.name() + "\"");
      }
    }
  }

  @Test
  void format_everySchema_isInTheJarAndParses() throws Exception {
    for (Format f : Format.values()) {
      JsonNode s = MAPPER.readTree(f.schema());
      assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(s.get("$id").asText()).endsWith("/" + f.name().toLowerCase(java.util.Locale.ROOT) + ".schema.json");
    }
  }

  @Test
  void decisionJson_malformedOrAlteredRecord_namesWhereNotWhat() {
    DecisionJson json = new DecisionJson();
    assertThatThrownBy(() -> json.read("{\"caseId\": \"c-1\", "))
        .isInstanceOf(CaseFileException.class).hasMessageStartingWith("line 1, column").hasMessageEndingWith("is not well-formed JSON");
    assertThatThrownBy(() -> json.read("{\"caseId\": \"secret-name\", \"agreed\": \"NOT_A_GROUPING\"}"))
        .isInstanceOf(CaseFileException.class).hasMessageStartingWith("$.agreed: ")
        .hasMessageNotContaining("secret-name").hasMessageNotContaining("NOT_A_GROUPING");
  }

  @Test
  void adviceJson_malformedAdvice_namesThePath() {
    AdviceJson json = new AdviceJson();
    assertThatThrownBy(() -> json.read("[]")).isInstanceOf(CaseFileException.class).hasMessage("$: must be a JSON object");
    assertThatThrownBy(() -> json.read("{\"caseId\": \"c\", \"status\": \"MAYBE\"}")).isInstanceOf(CaseFileException.class)
        .hasMessageStartingWith("$.status: unknown value; expected one of [SUGGESTION, CANNOT_SUGGEST_YET]");
    assertThatThrownBy(() -> json.read("{\"caseId\": \"c\"}")).isInstanceOf(CaseFileException.class)
        .hasMessage("$.status: is required");
  }
}
