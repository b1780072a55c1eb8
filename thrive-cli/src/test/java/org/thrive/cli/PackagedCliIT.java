package org.thrive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: {@code target/thrive.jar} copied alone into an empty
 * directory, run in a new JVM with that directory as its working directory. Proves the one jar
 * holds everything (the compiled rules, Drools' service files, the JSON formats), not only what
 * the build's class path happens to hold.
 */
class PackagedCliIT {
  @TempDir
  static Path home;

  private static Path jar;

  private record Run(int code, String out, String err) {}

  @BeforeAll
  static void copyTheDistributionAlone() throws IOException {
    jar = Files.copy(Path.of("target", "thrive.jar"), home.resolve("thrive.jar"));
    // the repository's layout: the Merton scenarios name their cases as ../../cases/...
    copyDir(Path.of("..", "cases"), home.resolve("cases"));
    copyDir(Path.of("..", "local-rules", "merton"), home.resolve("local-rules/merton"));
    copyDir(Path.of("..", "local-rules", "merton-scenarios"), home.resolve("local-rules/merton-scenarios"));
  }

  private static void copyDir(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }

  private static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", "thrive.jar"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("thrive-out", ".txt");
    Path err = Files.createTempFile("thrive-err", ".txt");
    Process p = new ProcessBuilder(command).directory(home.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command finishes").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void distribution_holdsTheCompiledRulesTheirSourcesAndTheLicence() throws IOException {
    try (JarFile j = new JarFile(jar.toFile())) {
      assertThat(j.getEntry("META-INF/kie/org.thrive/thrive-rules/drools-model")).isNotNull();
      assertThat(j.getEntry("org/thrive/rules/defaults/source/needs.drl")).isNotNull();
      assertThat(j.getEntry("org/thrive/json/schema/case.schema.json")).isNotNull();
      assertThat(j.getEntry("META-INF/LICENSE")).isNotNull();
      assertThat(j.getEntry("META-INF/NOTICE")).isNotNull();
      assertThat(j.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.thrive.cli.ThriveCli");
      assertThat(j.getManifest().getMainAttributes().getValue("Class-Path")).as("needs nothing beside it").isNull();
    }
  }

  @Test
  void distribution_suggest_printsTheExplainedSuggestionAndNoLogLine() throws Exception {
    Run r = run("suggest", "cases/P08-getting-risk-support-exploitation.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Suggested grouping: Getting Risk Support").contains("[risk-support.unable-now]");
    assertThat(r.err()).as("no log line by default").isEmpty();
  }

  @Test
  void distribution_rulesCheck_compilesLocalRulesAtRunTime() throws Exception {
    Run r = run("rules", "check", "local-rules/merton");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("ok: rule set");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void distribution_rulesTest_runsTheScenarios() throws Exception {
    Run r = run("rules", "test", "local-rules/merton", "local-rules/merton-scenarios", "--no-completeness");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("PASS ").doesNotContain("FAIL ");
    assertThat(r.out().strip()).endsWith("PASSED: 3 scenarios passed");
  }

  @Test
  void distribution_version_namesDroolsFromTheJarsOwnMetadata() throws Exception {
    Run r = run("--version");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Drools 10.").doesNotContain("version not known");
  }

  @Test
  void distribution_logLevelInfo_printsTheLibrarysLinesOnStandardErrorOnly() throws Exception {
    Run r = run("--log-level", "info", "rules", "check", "defaults");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("ok: rule set").doesNotContain("INFO");
    assertThat(r.err()).contains("INFO");
  }

  @Test
  void launcher_makesAClassDataSharingArchiveOnceAndThenUsesIt(@TempDir Path dir) throws Exception {
    Files.copy(jar, dir.resolve("thrive.jar"));
    Files.copy(Path.of("target", "thrive"), dir.resolve("thrive"));
    Path caseFile = home.resolve("cases/P12-getting-advice-choice.json").toAbsolutePath();
    Run first = sh(dir, "suggest", caseFile.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(dir.resolve("thrive.jsa")).as("the archive made by the first run").isRegularFile();
    Run second = sh(dir, "suggest", caseFile.toString());
    assertThat(second.code()).as(second.err()).isZero();
    // the same page, but for the time it was made
    String stamp = "evaluated at [0-9TZ:.-]+";
    assertThat(second.out().replaceAll(stamp, "")).isEqualTo(first.out().replaceAll(stamp, ""))
        .contains("Suggested grouping: Getting Advice");
    assertThat(first.err() + second.err()).as("no warning or log line").isEmpty();
  }

  private static Run sh(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", dir.resolve("thrive").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("thrive-out", ".txt");
    Path err = Files.createTempFile("thrive-err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command finishes").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void distribution_invalidCase_failsWithOneLineAndExitOne() throws Exception {
    Files.writeString(home.resolve("bad.json"), "{\"caseId\": \"x\"}");
    Run r = run("suggest", "bad.json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("thrive: invalid case file: $.age: is required");
  }
}
