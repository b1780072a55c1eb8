package org.thrive.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.thrive.json.CaseFileException;
import org.thrive.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;

/**
 * Reads scenario files (JSON; the format is in RULE-AUTHORING.md). A malformed scenario is a
 * {@link CaseFileException} naming the file, the JSON path and the problem.
 */
public final class ScenarioReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> TOP = Set.of("name", "description", "case", "expect");
  private static final Set<String> EXPECT = Set.of("grouping", "needsOnly", "fired", "notFired", "safeguards", "missing",
      "familySays", "familyNeverSays", "practitionerSays", "practitionerNeverSays");

  /** Every {@code *.json} scenario in the directory and its subdirectories, in path order. */
  public List<Scenario> readDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new CaseFileException(dir.toString(), "is not a directory");
    }
    List<Scenario> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(read(p));
      }
    }
    if (out.isEmpty()) {
      throw new CaseFileException(dir.toString(), "holds no .json scenario files");
    }
    return out;
  }

  /** One scenario file. */
  public Scenario read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new CaseFileException(file + " line " + e.getLocation().getLineNr(), "malformed JSON");
    }
    try {
      return scenario(file, root);
    } catch (CaseFileException e) {
      throw new CaseFileException(file + " " + e.path(), e.problem());
    }
  }

  private Scenario scenario(Path file, JsonNode root) throws IOException {
    if (root == null || !root.isObject()) {
      throw new CaseFileException("$", "must be a JSON object");
    }
    allowOnly(root, "$", TOP);
    String name = root.hasNonNull("name") ? root.get("name").asText() : file.getFileName().toString();
    JsonNode c = root.get("case");
    if (c == null || c.isNull()) {
      throw new CaseFileException("$.case", "is required: a case object, or the path of a case file relative to this scenario");
    }
    ThriveCase thriveCase;
    if (c.isTextual()) {
      Path caseFile = file.toAbsolutePath().getParent().resolve(c.asText()).normalize();
      if (!Files.isRegularFile(caseFile)) {
        throw new CaseFileException("$.case", "names a case file that does not exist");
      }
      try {
        thriveCase = new CaseReader().read(caseFile);
      } catch (CaseFileException e) {
        throw new CaseFileException("$.case (" + c.asText() + ") " + e.path(), e.problem());
      }
    } else {
      try {
        thriveCase = new CaseReader().toCase(c);
      } catch (CaseFileException e) {
        throw new CaseFileException(e.path().replaceFirst("^\\$", "\\$.case"), e.problem());
      }
    }
    JsonNode expect = root.get("expect");
    if (expect == null || !expect.isObject()) {
      throw new CaseFileException("$.expect", "is required: an object with at least \"grouping\"");
    }
    allowOnly(expect, "$.expect", EXPECT);
    if (!expect.hasNonNull("grouping")) {
      throw new CaseFileException("$.expect.grouping", "is required: a grouping, or \"cannot suggest yet\"");
    }
    Optional<Grouping> grouping = groupingOrCannot(expect.get("grouping"), "$.expect.grouping");
    Optional<Grouping> needsOnly = expect.hasNonNull("needsOnly")
        ? Optional.of(grouping(expect.get("needsOnly"), "$.expect.needsOnly")) : Optional.empty();
    Optional<ImmutableSet<SafeguardKind>> safeguards = Optional.empty();
    if (expect.has("safeguards")) {
      ImmutableSet.Builder<SafeguardKind> b = ImmutableSet.builder();
      List<String> words = strings(expect.get("safeguards"), "$.expect.safeguards");
      for (int i = 0; i < words.size(); i++) {
        b.add(enumValue(SafeguardKind.class, words.get(i), "$.expect.safeguards[" + i + "]"));
      }
      safeguards = Optional.of(b.build());
    }
    return new Scenario(file, name, thriveCase, grouping, needsOnly,
        ImmutableList.copyOf(expect.has("fired") ? strings(expect.get("fired"), "$.expect.fired") : List.of()),
        ImmutableList.copyOf(expect.has("notFired") ? strings(expect.get("notFired"), "$.expect.notFired") : List.of()),
        safeguards,
        ImmutableList.copyOf(expect.has("missing") ? strings(expect.get("missing"), "$.expect.missing") : List.of()),
        says(expect, "familySays"), says(expect, "familyNeverSays"), says(expect, "practitionerSays"),
        says(expect, "practitionerNeverSays"));
  }

  private static ImmutableList<String> says(JsonNode expect, String field) {
    return ImmutableList.copyOf(expect.has(field) ? strings(expect.get(field), "$.expect." + field) : List.of());
  }

  private static void allowOnly(JsonNode node, String path, Set<String> names) {
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String n = it.next();
      if (!names.contains(n)) {
        throw new CaseFileException(path + "." + n, "unknown field; expected one of " + new java.util.TreeSet<>(names));
      }
    }
  }

  private static List<String> strings(JsonNode node, String path) {
    if (!node.isArray()) {
      throw new CaseFileException(path, "must be a JSON array of strings");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual()) {
        throw new CaseFileException(path + "[" + i + "]", "must be a string");
      }
      out.add(node.get(i).asText());
    }
    return out;
  }

  private static Optional<Grouping> groupingOrCannot(JsonNode node, String path) {
    if (node.isTextual() && normalise(node.asText()).equals("cannotsuggestyet")) {
      return Optional.empty();
    }
    return Optional.of(grouping(node, path));
  }

  private static Grouping grouping(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new CaseFileException(path, "must be a string");
    }
    return enumValue(Grouping.class, node.asText(), path);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String path) {
    for (E e : type.getEnumConstants()) {
      if (normalise(e.name()).equals(normalise(text))) {
        return e;
      }
    }
    throw new CaseFileException(path, "unknown value; expected one of " + java.util.Arrays.stream(type.getEnumConstants())
        .map(e -> "\"" + e.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "\"").toList());
  }

  private static String normalise(String s) {
    return s.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
  }
}
