package org.thrive.rules.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.thrive.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.rules.ThriveAdvisor;

/** The vignette case files and a shared advisor on a fixed clock. */
final class Vignettes {
  static final Path CASES = Path.of("..", "cases");
  static final Path VIGNETTES_MD = Path.of("..", "docs", "vignettes.md");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
  static final ThriveAdvisor ADVISOR = ThriveAdvisor.builder().clock(CLOCK).build();

  private Vignettes() {}

  static Path file(String id) {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(p -> p.getFileName().toString().startsWith(id + "-")).findFirst()
          .orElseThrow(() -> new AssertionError("no case file for vignette " + id + " in " + CASES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ThriveCase read(String id) {
    try {
      return new CaseReader().read(file(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> all() {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
