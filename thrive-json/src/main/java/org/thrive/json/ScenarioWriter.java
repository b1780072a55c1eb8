package org.thrive.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.thrive.model.advice.SafeguardKind;

/**
 * Writes a {@link Scenario} in the format {@link ScenarioReader} reads, with its case inline, so a
 * host can turn a case it has seen into a scenario for its local rules. Reading the output gives
 * the same scenario (but for where it was read from). Thread-safe.
 */
public final class ScenarioWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final CaseWriter cases = new CaseWriter();

  /** The scenario as a JSON tree. */
  public ObjectNode toTree(Scenario s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", s.name());
    root.set("case", cases.toTree(s.thriveCase()));
    ObjectNode expect = root.putObject("expect");
    expect.put("grouping", s.grouping().map(CaseWriter::words).orElse("cannot suggest yet"));
    s.needsOnly().ifPresent(g -> expect.put("needsOnly", CaseWriter.words(g)));
    strings(expect, "fired", s.fired());
    strings(expect, "notFired", s.notFired());
    s.safeguards().ifPresent(kinds -> {
      ArrayNode a = expect.putArray("safeguards");
      kinds.stream().sorted().map(SafeguardKind::name).map(n -> n.toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .forEach(a::add);
    });
    strings(expect, "missing", s.missing());
    strings(expect, "familySays", s.familySays());
    strings(expect, "familyNeverSays", s.familyNeverSays());
    strings(expect, "practitionerSays", s.practitionerSays());
    strings(expect, "practitionerNeverSays", s.practitionerNeverSays());
    return root;
  }

  /** The scenario as indented JSON text. */
  public String write(Scenario s) {
    try {
      return MAPPER.writeValueAsString(toTree(s));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("scenario could not be written as JSON", e);
    }
  }

  private static void strings(ObjectNode o, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.forEach(a::add);
    }
  }
}
