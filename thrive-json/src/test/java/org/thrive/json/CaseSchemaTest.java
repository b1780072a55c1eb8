package org.thrive.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrive.model.Agency;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.choice.Setting;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;
import org.thrive.model.history.Progress;
import org.thrive.model.risk.HarmFromOthers;
import org.thrive.model.risk.RiskLevel;
import org.thrive.model.strengths.StrengthKind;

/** The shipped JSON Schema accepts every sample case and lists every value the reader accepts. */
class CaseSchemaTest {
  private static final String SCHEMA = "/org/thrive/json/schema/case.schema.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema() throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(CaseSchemaTest.class.getResourceAsStream(SCHEMA));
  }

  @Test
  void schema_everySampleCase_validates() throws Exception {
    JsonSchema schema = schema();
    for (Path p : SampleCases.all()) {
      Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(p.toFile()));
      assertThat(errors).as(p.toString()).isEmpty();
    }
  }

  @Test
  void schema_unknownRating_isRejected() throws Exception {
    JsonNode json = MAPPER.readTree(SampleCases.file("P12").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/needs/problems")).put("2", "Very bad");
    assertThat(schema().validate(json)).isNotEmpty();
  }

  @Test
  void schema_listsEveryEnumeratedValueTheReaderAccepts() throws Exception {
    String text = Format.CASE.schema();
    for (Class<? extends Enum<?>> type : List.of(Chooser.class, Preference.class, Setting.class, RiskLevel.class,
        HarmFromOthers.class, HelpKind.class, Outcome.class, Progress.class, Engagement.class, StrengthKind.class,
        Agency.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        String words = value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String pattern = words.replace(" ", "[ -]");
        assertThat(text).as(type.getSimpleName() + "." + value.name()).containsPattern("\"" + pattern + "\"");
      }
    }
  }

  @Test
  void schema_acceptsSnomedCtKeysAndMhsdsScores() throws Exception {
    JsonNode json = MAPPER.readTree(SampleCases.file("P12").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("needs")).set("problems",
        MAPPER.readTree("{\"987261000000100\": 2, \"9\": 888}"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("needs")).put("unlisted", 0);
    assertThat(schema().validate(json)).isEmpty();
    assertThat(new CaseReader().toCase(json).needs().rating(org.thrive.model.needs.CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS))
        .isEqualTo(org.thrive.model.needs.Rating.MODERATE);
  }
}
