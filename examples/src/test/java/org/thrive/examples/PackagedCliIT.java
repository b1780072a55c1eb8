package org.thrive.examples;

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
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged command line as a user would, in a new JVM, against the packaged jars in
 * {@code target/lib}: proves the built artifacts hold the compiled rules, not only target/classes.
 */
class PackagedCliIT {
  private static final Path JAR = Path.of("target", "thrive-cli.jar");

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("thrive-out", ".txt");
    Path err = Files.createTempFile("thrive-err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command finishes").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void packagedRulesJar_holdsTheCompiledModelAndTheRuleSources() throws IOException {
    Path rulesJar;
    try (Stream<Path> lib = Files.list(Path.of("target", "lib"))) {
      rulesJar = lib.filter(p -> p.getFileName().toString().startsWith("thrive-rules-")).findFirst().orElseThrow();
    }
    try (JarFile jar = new JarFile(rulesJar.toFile())) {
      assertThat(jar.getEntry("META-INF/kie/org.thrive/thrive-rules/drools-model")).isNotNull();
      assertThat(jar.getEntry("org/thrive/rules/defaults/source/needs.drl")).isNotNull();
      assertThat(jar.stream().filter(e -> e.getName().startsWith("org/thrive/rules/defaults/Rules")).count())
          .as("generated rule classes").isPositive();
    }
  }

  @Test
  void packagedCli_suggest_printsTheExplainedSuggestion() throws Exception {
    Run r = run("suggest", "cases/P08-getting-risk-support-exploitation.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Suggested grouping: Getting Risk Support").contains("[risk-support.unable-now]");
  }

  @Test
  void packagedCli_invalidCase_failsWithOneLineAndExitOne() throws Exception {
    Path bad = Files.createTempFile("bad-case", ".json");
    Files.writeString(bad, "{\"caseId\": \"x\"}");
    Run r = run("suggest", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("thrive: invalid case file: $.age: is required");
  }
}
