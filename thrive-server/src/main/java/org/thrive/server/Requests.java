package org.thrive.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Suppliers;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.thrive.fhir.CaseQuestionnaire;
import org.thrive.json.CaseReader;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.ThriveCase;

/** Reading request bodies: size-limited, and every refusal names the field and the problem. */
final class Requests {
  /** The nesting, string and number limits of a request body. */
  static final int MAX_NESTING = 64;
  static final int MAX_NUMBER_LENGTH = 100;
  static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING).maxStringLength((int) CaseReader.MAX_FILE_BYTES)
          .maxNumberLength(MAX_NUMBER_LENGTH).build())
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build())
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** HAPI's context is costly to build: once, on first use. */
  private static final Supplier<FhirContext> FHIR = Suppliers.memoize(FhirContext::forR4Cached);
  static final String FHIR_JSON = "application/fhir+json";
  /** The longest free-text note a decision may carry. */
  static final int MAX_NOTE_LENGTH = 4_000;

  private Requests() {
  }

  /** The body, refused with 413 when it exceeds the limit (whether or not a length was declared). */
  static byte[] body(Context ctx, long maxBytes) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(maxBytes);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      if (bytes.length == 0) {
        throw new ApiException(400, "empty-body", "$", "the request has no body");
      }
      return bytes;
    } catch (IOException e) {
      throw new ApiException(400, "unreadable-body", "$", "the request body could not be read");
    }
  }

  private static ApiException tooLarge(long maxBytes) {
    return new ApiException(413, "too-large", "$", "the request is larger than the limit of " + maxBytes + " bytes");
  }

  static JsonNode json(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new ApiException(400, "not-json", "$", "the request body is not JSON");
      }
      return node;
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      throw new ApiException(422, "too-deep-or-too-long", "$", "a value exceeds the request limits (nesting "
          + MAX_NESTING + " deep, numbers of " + MAX_NUMBER_LENGTH + " digits)");
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "$"
          : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      String problem = e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
          ? "names a field twice; give each field once"
          : e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
              && e.getMessage() != null && e.getMessage().contains("Trailing token")
              ? "has more after the JSON value" : "the request body is not well-formed JSON";
      throw new ApiException(400, "not-json", where, problem);
    } catch (IOException e) {
      throw new ApiException(400, "not-json", "$", "the request body could not be read as JSON");
    }
  }

  /** A case from a body in the case format or, with the FHIR media type, a QuestionnaireResponse. */
  static ThriveCase caseFrom(Context ctx, long maxBytes) {
    byte[] body = body(ctx, maxBytes);
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith(FHIR_JSON)) {
      return caseFromFhir(new String(body, java.nio.charset.StandardCharsets.UTF_8), "$");
    }
    if (!type.isEmpty() && !type.startsWith("application/json")) {
      throw new ApiException(415, "unsupported-media-type", "Content-Type",
          "must be application/json (the case format) or application/fhir+json (a QuestionnaireResponse)");
    }
    return caseFromTree(json(body));
  }

  /** A case from a JSON tree in the case format. */
  static ThriveCase caseFromTree(JsonNode node) {
    return new CaseReader().toCase(node);
  }

  /** A case from a FHIR QuestionnaireResponse (JSON). */
  static ThriveCase caseFromFhir(String json, String where) {
    // strict: an element the resource does not define is refused, not logged (it could carry anything)
    IParser parser = FHIR.get().newJsonParser().setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler());
    QuestionnaireResponse response;
    try {
      response = parser.parseResource(QuestionnaireResponse.class, json);
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      throw new ApiException(422, "invalid-fhir", where, "is not a FHIR R4 QuestionnaireResponse in JSON");
    }
    String canonical = response.getQuestionnaire();
    if (canonical == null || !(canonical.equals(CaseQuestionnaire.URL) || canonical.startsWith(CaseQuestionnaire.URL + "|"))) {
      throw new ApiException(422, "invalid-fhir", where + ".questionnaire",
          "must be " + CaseQuestionnaire.URL + ": the response must answer the thrive case questionnaire");
    }
    return CaseQuestionnaire.toCase(response);
  }

  /** A FHIR resource parsed from a JSON tree, for CDS Hooks prefetch. */
  static ThriveCase caseFromFhirTree(JsonNode node, String where) {
    try {
      return caseFromFhir(MAPPER.writeValueAsString(node), where);
    } catch (JsonProcessingException e) {
      throw new ApiException(422, "invalid-fhir", where, "is not a FHIR resource");
    }
  }

  static ObjectNode object(JsonNode node, String field) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw new InvalidCaseException(field, "is required");
    }
    if (!node.isObject()) {
      throw new InvalidCaseException(field, "must be an object");
    }
    return (ObjectNode) node;
  }

  static Optional<String> text(JsonNode parent, String name, String field) {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw new InvalidCaseException(field, "must be a string");
    }
    return Optional.of(n.asText());
  }

  /** An enum constant by its name or its lower-case, hyphenated spelling. */
  static <E extends Enum<E>> E code(JsonNode node, Class<E> type, String field) {
    if (node == null || node.isNull()) {
      throw new InvalidCaseException(field, "is required");
    }
    if (!node.isTextual()) {
      throw new InvalidCaseException(field, "must be a string code");
    }
    String normalised = node.asText().trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : EnumSet.allOf(type)) {
      if (e.name().equals(normalised)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    EnumSet.allOf(type).forEach(e -> allowed.add(e.name()));
    throw new InvalidCaseException(field, "is not a known code; one of " + String.join(", ", allowed));
  }

  static <E extends Enum<E>> Optional<E> optionalCode(JsonNode parent, String name, Class<E> type, String field) {
    JsonNode n = parent.get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(code(n, type, field));
  }
}
