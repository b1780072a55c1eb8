package org.thrive.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.decision.AgreedDecision;

/**
 * Writes an {@link AgreedDecision} as JSON for a host's audit store, and reads it back. The record
 * is a plain Java record, so this is Jackson with its standard modules for {@code Optional},
 * {@code Instant} and Guava's immutable collections; the format is described by
 * {@link Format#DECISION}. Thread-safe.
 */
public final class DecisionJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .addModule(new GuavaModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** The record as indented JSON. */
  public String write(AgreedDecision decision) {
    try {
      return MAPPER.writeValueAsString(decision);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("decision could not be written as JSON", e);
    }
  }

  /**
   * Reads a record written by {@link #write}. The record's own checks run again, so a stored record
   * that was altered into an impossible one (a difference with no reason, a safeguard dropped
   * without a coded reason) is refused.
   *
   * @throws CaseFileException naming the JSON path and the problem (never a value from the record)
   */
  public AgreedDecision read(String json) {
    try {
      return MAPPER.readValue(json, AgreedDecision.class);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidCaseException invalid) {
        throw new CaseFileException("$", invalid.getMessage());
      }
      throw new CaseFileException(JsonPaths.of(e), "is not a valid decision record (" + kind(e) + ")");
    } catch (JsonProcessingException e) {
      throw new CaseFileException(JsonPaths.location(e), "is not well-formed JSON");
    }
  }

  private static String kind(JsonMappingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      return "unknown field";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException) {
      return "a value of the wrong kind";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
      return "a missing or mistyped value";
    }
    return e.getClass().getSimpleName();
  }
}
