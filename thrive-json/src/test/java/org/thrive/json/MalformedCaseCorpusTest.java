package org.thrive.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-input corpus: every file in {@code src/test/resources/malformed} (and every input
 * generated here, named {@code generated:...}) is a kind of bad case file, listed in
 * {@code expected.tsv} with the exact one-line message {@link CaseReader#read(Path)} must give.
 * Inputs that cannot be static files (too big, not regular files, invalid UTF-8, huge arrays,
 * deep nesting) are generated in a temporary folder.
 */
class MalformedCaseCorpusTest {
  private static final String GENERATED = "generated:";
  private static final int MIN_KINDS = 150;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  static Path tmp;

  private final CaseReader reader = new CaseReader();

  // ---------------------------------------------------------------- the corpus

  @TestFactory
  Stream<DynamicTest> everyMalformedInputGivesItsExactMessage() throws IOException {
    return expectations().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Path input = input(e.getKey());
      Throwable thrown = catchThrowable(() -> reader.read(input));
      assertThat(thrown).as(e.getKey()).isInstanceOf(CaseFileException.class);
      assertThat(thrown.getMessage()).as(e.getKey()).isEqualTo(e.getValue());
    }));
  }

  @Test
  void everyFileHasAnExpectationAndEveryExpectationAnInput() throws IOException {
    Map<String, String> expected = expectations();
    Set<String> files;
    try (Stream<Path> s = Files.list(folder())) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listedFiles = expected.keySet().stream().filter(k -> !k.startsWith(GENERATED))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(listedFiles).as("files listed in expected.tsv").containsExactlyInAnyOrderElementsOf(files);
    for (String k : expected.keySet()) {
      if (k.startsWith(GENERATED)) {
        assertThat(GENERATORS).as("a generator for " + k).containsKey(k.substring(GENERATED.length()));
      } else {
        assertThat(k).matches("[0-9]{3}-[A-Za-z0-9.-]+\\.json");
      }
    }
    assertThat(GENERATORS.keySet().stream().map(g -> GENERATED + g)).as("generated inputs")
        .allMatch(expected::containsKey);
  }

  @Test
  void theCorpusHoldsAtLeast150Kinds() throws IOException {
    assertThat(expectations()).hasSizeGreaterThanOrEqualTo(MIN_KINDS);
  }

  @Test
  void noMessageIsTooLongOrEchoesTextOrUnknownNamesFromItsInput() throws IOException {
    Set<String> vocabulary = schemaVocabulary();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : expectations().entrySet()) {
      String message = e.getValue();
      if (message.length() > CaseFileException.MAX_MESSAGE_LENGTH) {
        problems.add(e.getKey() + ": message is " + message.length() + " characters");
      }
      Path input = inputForInspection(e.getKey());
      if (input == null) {
        continue;
      }
      for (String s : strings(Files.readAllBytes(input))) {
        String t = s.strip();
        if (t.length() >= 3 && !vocabulary.contains(normalise(t)) && message.contains(t)) {
          problems.add(e.getKey() + ": message repeats input text of " + t.length() + " characters");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\b(java|javax|jdk|sun|com|org)\\.[a-z]|\\b\\w+(Exception|Error)\\b|\\bat [\\w$.]+\\(|\\.java:\\d|"
      + "\\b(ThriveCase|Needs|Crises|Risk|HelpEpisode|HelpHistory|Goal|Strength|Choice|Choices|CurrentViewItem|"
      + "CaseReader|JsonNode|StreamReadConstraints|LocalDate|Integer|Optional)\\b");

  @Test
  void noMessageHoldsAStackTraceOrAJavaClassName() throws IOException {
    for (Map.Entry<String, String> e : expectations().entrySet()) {
      String m = e.getValue();
      assertThat(m).as(e.getKey()).isNotBlank().doesNotContain("\n", "\r", "\t", "\u2028", "\u0085");
      assertThat(CLASS_NAME.matcher(m).find()).as(e.getKey() + ": " + m).isFalse();
      assertThat(m).as(e.getKey()).matches("(\\$[^ ]*|line \\d+, column \\d+): .+");
    }
  }

  // ---------------------------------------------------------------- expectations and inputs

  private static Path folder() {
    try {
      return Paths.get(MalformedCaseCorpusTest.class.getResource("/malformed/expected.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** expected.tsv in order: file (or generated:name) to message. */
  static Map<String, String> expectations() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(folder().resolve("expected.tsv"), UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      assertThat(tab).as("expected.tsv line " + (i + 1) + " has a tab").isPositive();
      String key = line.substring(0, tab);
      assertThat(out.put(key, line.substring(tab + 1))).as("expected.tsv line " + (i + 1) + " repeats " + key).isNull();
    }
    return out;
  }

  private Path input(String key) throws IOException {
    if (!key.startsWith(GENERATED)) {
      return folder().resolve(key);
    }
    String name = key.substring(GENERATED.length());
    Generator g = GENERATORS.get(name);
    assertThat(g).as("a generator for " + key).isNotNull();
    return g.make(Files.createTempDirectory(tmp, name));
  }

  /** The input as a regular file to scan for text, or null when there is none (a FIFO, a folder). */
  private Path inputForInspection(String key) throws IOException {
    if (key.startsWith(GENERATED) && NOT_REGULAR.contains(key.substring(GENERATED.length()))) {
      return null;
    }
    Path p = input(key);
    return Files.isRegularFile(p) ? p : null;
  }

  /**
   * Every JSON string literal (field names and values, unescaped) and every bare word of four or
   * more letters outside strings (single-quoted keys, comments, trailing tokens) in the bytes.
   * Tolerant of malformed JSON; a scanner, not a regex, so that megabyte strings are fine.
   */
  private static List<String> strings(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        int j = i + 1;
        boolean escaped = false;
        while (j < n && text.charAt(j) != '"') {
          if (text.charAt(j) == '\\') {
            escaped = true;
            j++;
          }
          j++;
        }
        String literal = text.substring(i + 1, Math.min(j, n));
        out.add(escaped ? unescape(literal) : literal);
        i = j + 1;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
          j++;
        }
        if (j - i >= 4) {
          out.add(text.substring(i, j));
        }
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static String unescape(String literal) {
    try {
      return MAPPER.readValue("\"" + literal + "\"", String.class);
    } catch (IOException e) {
      return literal;
    }
  }

  /** Field names and words the schema defines: these may appear in messages. */
  private static Set<String> schemaVocabulary() throws IOException {
    Set<String> out = new HashSet<>();
    collect(MAPPER.readTree(Format.CASE.schema()), out);
    // JSON literals, and the reader's own words for limits and formats.
    out.addAll(List.of("true", "false", "null", "nan", "yyyymmdd"));
    return out;
  }

  private static void collect(JsonNode n, Set<String> out) {
    if (n.isTextual()) {
      out.add(normalise(n.asText()));
    }
    n.properties().forEach(e -> {
      out.add(normalise(e.getKey()));
      collect(e.getValue(), out);
    });
    n.elements().forEachRemaining(c -> collect(c, out));
  }

  private static String normalise(String s) {
    return s.replaceAll("[\\s_\\-/]", "").toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- generated inputs

  @FunctionalInterface
  interface Generator {
    Path make(Path dir) throws IOException;
  }

  private static final Set<String> NOT_REGULAR = Set.of("fifo", "directory", "dev-null",
      "symlink-to-directory");

  static final Map<String, Generator> GENERATORS = new LinkedHashMap<>();

  static {
    GENERATORS.put("file-over-1-mib", d -> write(d, base().replace("\n}", "\n" + " ".repeat(1_048_577) + "}")));
    GENERATORS.put("file-1-mib-plus-1-byte", d -> {
      String b = base();
      return write(d, b.replace("\n}", "\n" + " ".repeat((int) CaseReader.MAX_FILE_BYTES + 1 - utf8(b).length) + "}"));
    });
    GENERATORS.put("file-20-mib-one-string", d -> write(d,
        base().replace("\"Corpus base case", "\"" + "Rosalind ".repeat(2_400_000) + "Corpus base case")));
    GENERATORS.put("fifo", d -> {
      Path p = d.resolve("case.json");
      try {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        if (mk.waitFor() != 0) {
          throw new AssertionError("mkfifo failed: the FIFO input cannot be made on this machine");
        }
      } catch (IOException e) {
        throw new AssertionError("mkfifo is not available: the FIFO input cannot be made on this machine", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while making the FIFO input", e);
      }
      return p;
    });
    GENERATORS.put("directory", d -> Files.createDirectory(d.resolve("case.json")));
    GENERATORS.put("dev-null", d -> {
      Path devNull = Paths.get("/dev/null");
      if (!Files.exists(devNull)) {
        throw new AssertionError("no /dev/null on this machine");
      }
      return devNull;
    });
    GENERATORS.put("symlink-to-directory", d -> {
      Path target = Files.createDirectory(d.resolve("folder"));
      try {
        return Files.createSymbolicLink(d.resolve("case.json"), target);
      } catch (UnsupportedOperationException | IOException e) {
        throw new AssertionError("symbolic links cannot be made on this machine", e);
      }
    });
    GENERATORS.put("invalid-utf8-start-byte-ff", d -> writeSpliced(d, "\"M001\"", "\"M0", new byte[] {(byte) 0xFF}, "1\""));
    GENERATORS.put("invalid-utf8-bad-continuation", d ->
        writeSpliced(d, "\"plays netball\"", "\"plays ", new byte[] {(byte) 0xC3, 0x28}, " netball\""));
    GENERATORS.put("invalid-utf8-overlong-slash", d ->
        writeSpliced(d, "\"feel better most days\"", "\"feel ", new byte[] {(byte) 0xC0, (byte) 0xAF}, " better\""));
    GENERATORS.put("invalid-utf8-encoded-surrogate", d ->
        writeSpliced(d, "\"plays netball\"", "\"plays ", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\""));
    GENERATORS.put("invalid-utf8-in-field-name", d ->
        writeSpliced(d, "\"caseId\"", "\"case", new byte[] {(byte) 0xFE}, "Id\""));
    GENERATORS.put("invalid-utf8-lone-continuation-byte-outside-string", d ->
        writeSpliced(d, "\"age\": 15", "\"age\": ", new byte[] {(byte) 0x80}, "15"));
    GENERATORS.put("binary-png-header", d -> Files.write(d.resolve("case.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G',
        0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1}));
    GENERATORS.put("binary-nul-bytes", d -> Files.write(d.resolve("case.json"), new byte[64]));
    GENERATORS.put("binary-zip-header", d -> Files.write(d.resolve("case.json"),
        new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0x9C, (byte) 0xB1}));
    GENERATORS.put("array-10000-agencies", d -> write(d, base().replace("\"agencies\": [\n    \"school or college\"\n  ]",
        "\"agencies\": [" + repeat("\"police\"", 10_000) + "]")));
    GENERATORS.put("array-10000-harms", d -> write(d, base().replace("\"harmFromOthers\": [\n      \"bullying or online harm\"\n    ]",
        "\"harmFromOthers\": [" + repeat("\"exploitation\"", 10_000) + "]")));
    GENERATORS.put("array-10000-episodes", d -> write(d, base().replaceFirst("\"episodes\": \\[",
        "\"episodes\": [" + repeat("{\"kind\":\"advice\",\"start\":\"2025-01-10\",\"end\":\"2025-01-11\",\"outcome\":\"goals met\"}",
            10_000) + ",")));
    GENERATORS.put("array-10000-goals", d -> write(d, base().replaceFirst("\"goals\": \\[",
        "\"goals\": [" + repeat("{\"goal\":\"Rosalind\"}", 10_000) + ",")));
    GENERATORS.put("array-10000-strengths", d -> write(d, base().replaceFirst("\"strengths\": \\[",
        "\"strengths\": [" + repeat("{\"kind\":\"family\",\"description\":\"Rosalind\"}", 10_000) + ",")));
    GENERATORS.put("array-10000-choices", d -> write(d, base().replaceFirst("\"choices\": \\[",
        "\"choices\": [" + repeat("{\"by\":\"parent or carer\",\"wants\":\"declines help\"}", 10_000) + ",")));
    GENERATORS.put("array-10000-numbers-in-description", d -> write(d, base().replace(
        "\"Corpus base case: a valid case that each file below breaks in one way.\"", "[" + repeat("7", 10_000) + "]")));
    GENERATORS.put("nesting-10000-arrays", d -> write(d, base().replace(
        "\"Corpus base case: a valid case that each file below breaks in one way.\"",
        "[".repeat(10_000) + "]".repeat(10_000))));
    GENERATORS.put("nesting-17-objects-in-unknown-field", d -> write(d, base().replace("\"caseId\"",
        "\"Rosalind\": " + "{\"Rosalind\": ".repeat(16) + "1" + "}".repeat(16) + ",\n  \"caseId\"")));
    GENERATORS.put("nesting-17-objects-at-root", d -> write(d, "{\"a\": ".repeat(17) + "1" + "}".repeat(17)));
    GENERATORS.put("nesting-20-in-problems", d -> write(d, base().replace("\"9\": \"Moderate\"",
        "\"9\": " + "[".repeat(20) + "\"Moderate\"" + "]".repeat(20))));
    GENERATORS.put("string-1000000-chars", d -> write(d, base().replace("\"Corpus base case",
        "\"" + "Rosalind ".repeat(111_111) + "Corpus base case")));
    GENERATORS.put("field-name-20000-chars", d -> write(d, base().replace("\"caseId\"",
        "\"" + "Rosalind".repeat(2_500) + "\": 1,\n  \"caseId\"")));
    GENERATORS.put("number-1000-digits", d -> write(d, base().replace("\"age\": 15", "\"age\": " + "9".repeat(1000))));
    GENERATORS.put("object-10000-unknown-fields", d -> {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 10_000; i++) {
        s.append("\"Rosalind").append(i).append("\": ").append(i).append(",\n  ");
      }
      return write(d, base().replace("\"caseId\"", s + "\"caseId\""));
    });
    GENERATORS.put("object-10000-problem-keys", d -> {
      StringBuilder s = new StringBuilder();
      for (int i = 10_000; i < 20_000; i++) {
        s.append('"').append(i).append("\": \"Mild\", ");
      }
      return write(d, base().replace("\"9\": \"Moderate\"", s + "\"9\": \"Moderate\""));
    });
  }

  private static String repeat(String element, int times) {
    return String.join(",", java.util.Collections.nCopies(times, element));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  private static String base() throws IOException {
    return Files.readString(folder().resolve("base.json.txt"), UTF_8);
  }

  private static Path write(Path dir, String text) throws IOException {
    return Files.write(dir.resolve("case.json"), utf8(text));
  }

  /** The base case with {@code original} replaced by {@code before}, raw bytes, {@code after}. */
  private static Path writeSpliced(Path dir, String original, String before, byte[] raw, String after) throws IOException {
    String b = base();
    int at = b.indexOf(original);
    assertThat(at).as("base case holds " + original).isNotNegative();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(utf8(b.substring(0, at) + before));
    out.write(raw);
    out.write(utf8(after + b.substring(at + original.length())));
    return Files.write(dir.resolve("case.json"), out.toByteArray());
  }
}
