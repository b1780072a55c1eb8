package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the clinical risk management file honest: {@code docs/safety/hazard-log.md} must name
 * only tests that exist, must name every test tagged {@code hazard-control}, and its risk ratings
 * must follow its own severity × likelihood matrix.
 *
 * <p>It reads only files inside the repository: the hazard log, and the test sources under each
 * module's {@code src/test/java}. A test method is one annotated {@code @Test},
 * {@code @ParameterizedTest}, {@code @Property}, {@code @TestFactory} or {@code @RepeatedTest}; it
 * is a hazard control when it, or a class that declares or encloses it, is annotated
 * {@code @Tag("hazard-control")}.
 */
class HazardLogTest {
  static final String LOG = "docs/safety/hazard-log.md";
  static final String HAZARD_CONTROL = "hazard-control";

  static final List<String> FIELDS = List.of("Hazard", "Cause", "Effect on the child", "Initial risk",
      "Controls in the library", "Tests", "Residual risk", "Host organisation controls");
  static final List<String> SEVERITIES = List.of("Minor", "Significant", "Considerable", "Major", "Catastrophic");
  static final List<String> LIKELIHOODS = List.of("Very low", "Low", "Medium", "High", "Very high");

  /** The risk rating for {@code MATRIX[likelihood][severity]}, both indexed as in the lists above. */
  static final int[][] MATRIX = {
      {1, 1, 2, 2, 3}, // Very low
      {1, 2, 2, 3, 4}, // Low
      {2, 2, 3, 3, 4}, // Medium
      {2, 3, 3, 4, 5}, // High
      {3, 4, 4, 5, 5}, // Very high
  };

  static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "ParameterizedTest", "Property", "TestFactory",
      "RepeatedTest");

  private static final Pattern HEADING = Pattern.compile("^### (H-\\d+)\\s+(.+)$");
  private static final Pattern FIELD = Pattern.compile("^- \\*\\*([^*]+)\\*\\*:(.*)$");
  /** {@code Outer#method}, {@code Outer.Nested#method} (or more deeply nested): outer class, nested path, method. */
  private static final Pattern REFERENCE =
      Pattern.compile("^([A-Z][A-Za-z0-9_]*)((?:\\.[A-Z][A-Za-z0-9_]*)*)#([A-Za-z_][A-Za-z0-9_]*)$");
  private static final Pattern RISK = Pattern.compile(
      "severity\\s+([A-Za-z]+),\\s*likelihood\\s+([A-Za-z]+(?: [a-z]+)?),\\s*rating\\s+(\\d+)");
  private static final Pattern TAG_ANNOTATION = Pattern.compile(
      "@(?:org\\.junit\\.jupiter\\.api\\.)?Tag\\s*\\(\\s*(?:value\\s*=\\s*)?\"" + HAZARD_CONTROL + "\"\\s*\\)");
  /** Stands for {@code @Tag("hazard-control")} once string literals are blanked. */
  private static final String TAG_MARK = "HazardControlTag";

  // ---- the tests ----

  @Test
  void hazardLog_everyNamedTest_exists() {
    Map<String, List<Path>> sources = testSources();
    Set<String> declared = declaredTestMethods(sources).keySet();
    List<String> dangling = new ArrayList<>();
    for (Hazard h : hazards()) {
      for (String ref : h.testReferences()) {
        Matcher m = REFERENCE.matcher(ref);
        if (!m.matches()) {
          dangling.add(h.id() + " " + ref + ": not a ClassName#method or Outer.Nested#method reference");
          continue;
        }
        String problem = problemWith(ref, m.group(1), m.group(2), m.group(3), sources, declared);
        if (problem != null) {
          dangling.add(h.id() + " " + ref + ": " + problem);
        }
      }
    }
    assertThat(dangling).as("tests named in %s that do not exist", LOG).isEmpty();
  }

  @Test
  void hazardLog_everyTaggedControlTest_isNamed() {
    Set<String> named = new TreeSet<>();
    hazards().forEach(h -> named.addAll(h.testReferences()));
    List<String> unnamed = declaredTestMethods(testSources()).values().stream()
        .filter(TestMethod::hazardControl)
        .filter(t -> !named.contains(t.reference()))
        .map(t -> t.reference() + " (" + root().relativize(t.file()) + ")")
        .sorted().toList();
    assertThat(unnamed).as("tests tagged @Tag(\"%s\") that no hazard in %s names on its Tests line",
        HAZARD_CONTROL, LOG).isEmpty();
  }

  @Test
  void hazardLog_hasAtLeast25HazardsWithTests() {
    List<Hazard> hazards = hazards();
    List<String> withTests = hazards.stream().filter(h -> !h.testReferences().isEmpty()).map(Hazard::id).toList();
    List<String> noneYet = hazards.stream().filter(h -> h.testReferences().isEmpty()).map(Hazard::id).toList();
    assertThat(withTests.size()).as("hazards that name tests (%s hazards; none yet: %s)", hazards.size(), noneYet)
        .isGreaterThanOrEqualTo(25);
  }

  @Test
  void hazardLog_everyHazard_hasEveryFieldAndRatingsFromTheMatrix() {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (Hazard h : hazards()) {
      if (!ids.add(h.id())) {
        problems.add(h.id() + ": the id is used by another hazard");
      }
      problems.addAll(h.problems());
      for (String field : FIELDS) {
        String value = h.fields().get(field);
        if (value == null) {
          problems.add(h.id() + ": no \"- **" + field + "**:\" line");
        } else if (value.isBlank()) {
          problems.add(h.id() + ": " + field + " is empty");
        }
      }
      String tests = h.fields().getOrDefault("Tests", "");
      if (!tests.isBlank() && !tests.startsWith("none yet") && h.testReferences().isEmpty()) {
        problems.add(h.id() + ": Tests names no test; write \"none yet\" if there is none");
      }
      Integer initial = rating(h, "Initial risk", problems);
      Integer residual = rating(h, "Residual risk", problems);
      if (initial != null && residual != null && residual > initial) {
        problems.add(h.id() + ": residual risk rating " + residual + " is above the initial rating " + initial);
      }
    }
    assertThat(problems).as("hazards in %s with missing fields or ratings that do not follow the matrix", LOG)
        .isEmpty();
  }

  @Test
  void hazardLog_matrixTable_isTheMatrixTheRatingsFollow() {
    List<String> lines = logLines();
    int header = -1;
    for (int i = 0; i < lines.size() && header < 0; i++) {
      List<String> cells = cells(lines.get(i));
      if (cells.size() == 6 && cells.get(0).toLowerCase().contains("likelihood")
          && cells.subList(1, 6).equals(SEVERITIES)) {
        header = i;
      }
    }
    assertThat(header).as("a table in %s whose header is | Likelihood … | %s |", LOG, String.join(" | ", SEVERITIES))
        .isNotNegative();
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      List<String> cells = cells(lines.get(i));
      List<Integer> ratings = new ArrayList<>();
      for (String cell : cells.subList(1, cells.size())) {
        Matcher d = Pattern.compile("\\d+").matcher(cell);
        ratings.add(d.find() ? Integer.parseInt(d.group()) : -1);
      }
      rows.put(cells.get(0), ratings);
    }
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    for (int l = LIKELIHOODS.size() - 1; l >= 0; l--) {
      expected.put(LIKELIHOODS.get(l), java.util.Arrays.stream(MATRIX[l]).boxed().toList());
    }
    assertThat(new TreeMap<>(rows)).as("the matrix table in %s, row by likelihood", LOG)
        .isEqualTo(new TreeMap<>(expected));
  }

  // ---- the hazard log ----

  /** One {@code ### H-NN title} section: its top-level {@code - **Field**: value} lines. */
  record Hazard(String id, String title, Map<String, String> fields, List<String> problems) {
    /** The references on the Tests line; empty for "none yet". */
    List<String> testReferences() {
      String tests = fields.getOrDefault("Tests", "").strip();
      if (tests.isEmpty() || tests.startsWith("none yet")) {
        return List.of();
      }
      return Stream.of(tests.split(",")).map(s -> s.strip().replace("`", "")).filter(s -> !s.isEmpty())
          .map(s -> s.endsWith(".") ? s.substring(0, s.length() - 1) : s).toList();
    }
  }

  static List<Hazard> hazards() {
    List<Hazard> out = new ArrayList<>();
    String id = null;
    String title = null;
    Map<String, String> fields = null;
    List<String> problems = null;
    for (String line : logLines()) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches() || line.startsWith("## ") || line.startsWith("# ")) {
        if (id != null) {
          out.add(new Hazard(id, title, fields, problems));
          id = null;
        }
        if (heading.matches()) {
          id = heading.group(1);
          title = heading.group(2).strip();
          fields = new LinkedHashMap<>();
          problems = new ArrayList<>();
        }
        continue;
      }
      Matcher field = FIELD.matcher(line);
      if (id != null && field.matches()) {
        String name = field.group(1).strip();
        if (!FIELDS.contains(name)) {
          problems.add(id + ": unknown field \"" + name + "\"; the fields are " + FIELDS);
        } else if (fields.put(name, field.group(2).strip()) != null) {
          problems.add(id + ": " + name + " is given twice");
        }
      }
    }
    if (id != null) {
      out.add(new Hazard(id, title, fields, problems));
    }
    assertThat(out).as("### H-NN hazard sections in %s", LOG).isNotEmpty();
    return out;
  }

  /** The rating of a risk field, checked against the matrix; null (with a problem) when it cannot be read. */
  private static Integer rating(Hazard h, String field, List<String> problems) {
    String value = h.fields().get(field);
    if (value == null) {
      return null;
    }
    Matcher m = RISK.matcher(value);
    if (!m.find()) {
      problems.add(h.id() + ": " + field + " must read \"severity S, likelihood L, rating N\", not \"" + value + "\"");
      return null;
    }
    int severity = SEVERITIES.indexOf(m.group(1));
    int likelihood = LIKELIHOODS.indexOf(m.group(2));
    int rating = Integer.parseInt(m.group(3));
    if (severity < 0) {
      problems.add(h.id() + ": " + field + " severity \"" + m.group(1) + "\" is not one of " + SEVERITIES);
      return null;
    }
    if (likelihood < 0) {
      problems.add(h.id() + ": " + field + " likelihood \"" + m.group(2) + "\" is not one of " + LIKELIHOODS);
      return null;
    }
    int expected = MATRIX[likelihood][severity];
    if (rating != expected) {
      problems.add(h.id() + ": " + field + " is severity " + m.group(1) + ", likelihood " + m.group(2)
          + ", so its rating is " + expected + ", not " + rating);
    }
    return expected;
  }

  private static List<String> cells(String line) {
    String t = line.strip();
    if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 2) {
      return List.of();
    }
    return Stream.of(t.substring(1, t.length() - 1).split("\\|", -1))
        .map(c -> c.replace("*", "").strip()).toList();
  }

  private static List<String> logLines() {
    return read(root().resolve(LOG)).lines().toList();
  }

  // ---- the repository ----

  /** The repository root: the working directory or its nearest parent that holds the hazard log. */
  static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(LOG))) {
        return p;
      }
    }
    throw new AssertionError("no " + LOG + " in " + Path.of("").toAbsolutePath() + " or any parent directory");
  }

  /** Every test source file of every module, by file name without {@code .java}. */
  static Map<String, List<Path>> testSources() {
    Map<String, List<Path>> out = new TreeMap<>();
    Path root = root();
    try (Stream<Path> modules = Files.list(root)) {
      List<Path> testDirs = new ArrayList<>();
      for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
        testDirs.add(module.resolve("src/test/java"));
        // the separate projects an integration-test module builds (src/it/PROJECT)
        Path it = module.resolve("src/it");
        if (Files.isDirectory(it)) {
          try (Stream<Path> projects = Files.list(it)) {
            projects.filter(Files::isDirectory).sorted().forEach(p -> testDirs.add(p.resolve("src/test/java")));
          }
        }
      }
      for (Path tests : testDirs) {
        if (!Files.isDirectory(tests)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(tests)) {
          files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> out.computeIfAbsent(
              f.getFileName().toString().replaceFirst("\\.java$", ""), k -> new ArrayList<>()).add(f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Why a reference does not name a test method, or null when it does. */
  private static String problemWith(String ref, String outer, String nested, String method,
      Map<String, List<Path>> sources, Set<String> declared) {
    List<Path> files = sources.get(outer);
    if (files == null) {
      return "no " + outer + ".java in any */src/test/java";
    }
    if (declared.contains(ref)) {
      return null;
    }
    String text = String.join("\n", files.stream().map(HazardLogTest::read).toList());
    for (String name : nested.isEmpty() ? new String[0] : nested.substring(1).split("\\.")) {
      if (!Pattern.compile("\\bclass\\s+" + name + "\\b").matcher(text).find()) {
        return "no class " + name + " in " + outer + ".java";
      }
    }
    if (!Pattern.compile("[\\w>\\]]\\s+" + method + "\\s*\\(").matcher(text).find()) {
      return "no method " + method + " in " + outer + ".java";
    }
    return "the method is in " + outer + ".java but is not a test method of " + ref.substring(0, ref.indexOf('#'));
  }

  /** A test method (or a method tagged as a hazard control) found in a test source file. */
  record TestMethod(Path file, String classPath, String name, boolean hazardControl) {
    String reference() {
      return classPath + "#" + name;
    }
  }

  static Map<String, TestMethod> declaredTestMethods(Map<String, List<Path>> sources) {
    Map<String, TestMethod> out = new TreeMap<>();
    sources.values().stream().flatMap(List::stream)
        .forEach(f -> testMethods(f, read(f)).forEach(t -> out.putIfAbsent(t.reference(), t)));
    return out;
  }

  /** A class being read: its dotted path from the top-level class, whether it is tagged, and its body's depth. */
  private record Scope(String path, boolean tagged, int bodyDepth) {}

  /**
   * The test methods declared in one source file, each named by its class path ({@code Outer} or
   * {@code Outer.Nested}). A small scanner, not a parser: comments and literals are blanked, then
   * annotations are collected until the declaration they belong to.
   */
  static List<TestMethod> testMethods(Path file, String source) {
    String s = blankLiteralsAndComments(TAG_ANNOTATION.matcher(source).replaceAll(" @" + TAG_MARK + " "));
    List<TestMethod> out = new ArrayList<>();
    Deque<Scope> classes = new ArrayDeque<>();
    List<String> annotations = new ArrayList<>();
    String declaring = null;
    boolean declaringTagged = false;
    String lastIdentifier = null;
    int depth = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '@') {
        int j = i + 1;
        String name = null;
        while (j < s.length() && Character.isJavaIdentifierStart(s.charAt(j))) {
          int start = j;
          while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
            j++;
          }
          name = s.substring(start, j);
          if (j < s.length() && s.charAt(j) == '.') {
            j++;
          }
        }
        int k = skipSpaces(s, j);
        if (k < s.length() && s.charAt(k) == '(') {
          j = afterParentheses(s, k);
        }
        if (name != null) {
          annotations.add(name);
        }
        i = j;
        continue;
      }
      if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
          j++;
        }
        String word = s.substring(i, j);
        boolean afterDot = i > 0 && s.substring(0, i).stripTrailing().endsWith(".");
        if (Set.of("class", "interface", "enum", "record").contains(word) && !afterDot) {
          int k = skipSpaces(s, j);
          int end = k;
          while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
            end++;
          }
          declaring = s.substring(k, end);
          declaringTagged = annotations.contains(TAG_MARK) || (!classes.isEmpty() && classes.peek().tagged());
          annotations.clear();
          j = end;
        } else {
          lastIdentifier = word;
        }
        i = j;
        continue;
      }
      if (c == '{') {
        depth++;
        if (declaring != null) {
          String path = classes.isEmpty() ? declaring : classes.peek().path() + "." + declaring;
          classes.push(new Scope(path, declaringTagged, depth));
          declaring = null;
        }
        annotations.clear();
      } else if (c == '}') {
        if (!classes.isEmpty() && classes.peek().bodyDepth() == depth) {
          classes.pop();
        }
        depth--;
        annotations.clear();
      } else if (c == ';') {
        annotations.clear();
      } else if (c == '(' && declaring == null && !classes.isEmpty() && depth == classes.peek().bodyDepth()
          && !annotations.isEmpty() && lastIdentifier != null) {
        boolean test = annotations.stream().anyMatch(TEST_ANNOTATIONS::contains);
        boolean tagged = annotations.contains(TAG_MARK);
        if (test || tagged) {
          out.add(new TestMethod(file, classes.peek().path(), lastIdentifier, tagged || classes.peek().tagged()));
        }
        annotations.clear();
      }
      i++;
    }
    return out;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index just after the parenthesis that closes the one at {@code open}. */
  private static int afterParentheses(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '(') {
        depth++;
      } else if (s.charAt(i) == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return s.length();
  }

  /** The source with comments removed and the contents of string, text-block and char literals blanked. */
  static String blankLiteralsAndComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
        out.append(' ');
      } else if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        while (end > 0 && s.charAt(end - 1) == '\\') {
          end = s.indexOf("\"\"\"", end + 1);
        }
        i = end < 0 ? s.length() : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
