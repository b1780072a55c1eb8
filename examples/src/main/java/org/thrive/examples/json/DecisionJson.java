package org.thrive.examples.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.thrive.model.decision.AgreedDecision;

/**
 * Writes an {@link AgreedDecision} as JSON for a host's audit trail. The record is a plain Java
 * record, so this is Jackson with its standard modules for {@code Optional} and {@code Instant};
 * a host can do the same with its own mapper. Thread-safe.
 */
public final class DecisionJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  public String write(AgreedDecision decision) {
    try {
      return MAPPER.writeValueAsString(decision);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("decision could not be written as JSON", e);
    }
  }
}
