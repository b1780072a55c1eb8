package org.thrive.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's sample case files (cases/ at the top of the repository). */
final class SampleCases {
  static final Path DIR = Path.of("..", "cases");

  private SampleCases() {}

  static Path file(String id) {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.getFileName().toString().startsWith(id + "-")).findFirst()
          .orElseThrow(() -> new AssertionError("no case file for vignette " + id + " in " + DIR));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> all() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
