package org.thrive.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The JSON formats of thrive, each with the JSON Schema (draft 2020-12) that describes it. The
 * schemas travel in this jar under {@code org/thrive/json/schema/}, so a host can validate
 * documents, generate forms or publish the formats without this library's readers.
 */
public enum Format {
  /** A case: needs, choices, risk, history of help and strengths. Read by {@link CaseReader}, written by {@link CaseWriter}. */
  CASE("case"),
  /** The advice the rules gave. Written and read by {@link AdviceJson}. */
  ADVICE("advice"),
  /** The record of an agreed decision. Written and read by {@link DecisionJson}. */
  DECISION("decision"),
  /** A scenario: a case and what the rules must make of it. Read by {@link ScenarioReader}. */
  SCENARIO("scenario");

  private final String name;

  Format(String name) {
    this.name = name;
  }

  /** The classpath resource of this format's schema, e.g. {@code /org/thrive/json/schema/case.schema.json}. */
  public String schemaResource() {
    return "/org/thrive/json/schema/" + name + ".schema.json";
  }

  /** The schema's location inside this jar. */
  public URL schemaUrl() {
    URL url = Format.class.getResource(schemaResource());
    if (url == null) {
      throw new IllegalStateException("the " + name + " schema is missing from the thrive-json jar");
    }
    return url;
  }

  /** The schema's text. */
  public String schema() {
    try (InputStream in = schemaUrl().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the " + name + " schema cannot be read", e);
    }
  }
}
