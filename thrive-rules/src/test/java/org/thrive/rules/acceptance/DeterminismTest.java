package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thrive.json.AdviceJson;
import org.thrive.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;

/** The same case, and the same case with every list and object shuffled, give equal advice. */
class DeterminismTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Path> cases() {
    return Vignettes.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void advise_sameCaseTwice_givesEqualAdviceAndEqualJson(Path file) throws Exception {
    // given
    ThriveCase c = new CaseReader().read(file);
    // when
    Advice first = Vignettes.ADVISOR.advise(c);
    Advice second = Vignettes.ADVISOR.advise(new CaseReader().read(file));
    // then
    assertThat(second).isEqualTo(first);
    assertThat(new AdviceJson().write(second)).isEqualTo(new AdviceJson().write(first));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void advise_listsShuffled_givesEqualAdvice(Path file) throws Exception {
    // given the case file with every array and every object's fields in a different order
    JsonNode original = MAPPER.readTree(file.toFile());
    Advice expected = Vignettes.ADVISOR.advise(new CaseReader().toCase(original));
    for (long seed = 1; seed <= 5; seed++) {
      JsonNode shuffled = shuffle(original.deepCopy(), new Random(seed));
      // when
      Advice actual = Vignettes.ADVISOR.advise(new CaseReader().toCase(shuffled));
      // then
      assertThat(actual).as("seed " + seed).isEqualTo(expected);
    }
  }

  @org.junit.jupiter.api.Test
  void advise_casesInAnyOrderOnReusedSessions_givesTheSameAdvice() throws Exception {
    // given every sample case, advised in file order and then in reverse order (sessions are pooled and reused)
    List<Path> files = Vignettes.all();
    Map<Path, Advice> forward = new LinkedHashMap<>();
    for (Path p : files) {
      forward.put(p, Vignettes.ADVISOR.adviseForDiscussion(new CaseReader().read(p)));
    }
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    // then
    for (Path p : reversed) {
      assertThat(Vignettes.ADVISOR.adviseForDiscussion(new CaseReader().read(p))).as(p.toString()).isEqualTo(forward.get(p));
    }
  }

  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node instanceof ArrayNode array) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      Collections.shuffle(items, random);
      ArrayNode out = MAPPER.createArrayNode();
      items.forEach(i -> out.add(shuffle(i, random)));
      return out;
    }
    if (node instanceof ObjectNode object) {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      object.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
      List<String> names = new ArrayList<>(fields.keySet());
      Collections.shuffle(names, random);
      ObjectNode out = MAPPER.createObjectNode();
      names.forEach(n -> out.set(n, shuffle(fields.get(n), random)));
      return out;
    }
    return node;
  }
}
