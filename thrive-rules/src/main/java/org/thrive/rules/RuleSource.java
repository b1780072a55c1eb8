package org.thrive.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where an advisor's rules come from: the default THRIVE rules, a directory of local DRL files, or
 * the defaults extended by a directory (a local rule with a default rule's {@code @id} replaces
 * it). Immutable; reading happens when the advisor loads or reloads.
 *
 * <p>A directory holds {@code .drl} files (subdirectories included, read in path order) and
 * optionally a {@code ruleset.properties} with {@code name} and {@code version}.
 */
public final class RuleSource {
  private enum Kind { DEFAULTS, DIRECTORY, DEFAULTS_AND_DIRECTORY }

  private final Kind kind;
  private final Path directory;

  private RuleSource(Kind kind, Path directory) {
    this.kind = kind;
    this.directory = directory;
  }

  /** The default THRIVE rules, compiled when the library was built. */
  public static RuleSource defaults() {
    return new RuleSource(Kind.DEFAULTS, null);
  }

  /** Only the rules in this directory. */
  public static RuleSource directory(Path directory) {
    return new RuleSource(Kind.DIRECTORY, checkNotNull(directory, "directory"));
  }

  /** The default rules, extended by the rules in this directory; a local rule with a default rule's id replaces it. */
  public static RuleSource defaultsWith(Path directory) {
    return new RuleSource(Kind.DEFAULTS_AND_DIRECTORY, checkNotNull(directory, "directory"));
  }

  /** The local directory, if any. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * Reads and compiles the rules.
   *
   * @throws RuleSetException listing every problem (file, line, rule, what to do)
   */
  RuleSet load() {
    if (kind == Kind.DEFAULTS) {
      return RuleSet.loadDefault();
    }
    List<RuleSet.DrlFile> local = readDirectory(directory);
    Properties props = localProperties(directory);
    List<RuleSet.DrlFile> defaults = kind == Kind.DEFAULTS_AND_DIRECTORY ? RuleSet.defaultSources() : List.of();
    String defaultName = kind == Kind.DEFAULTS_AND_DIRECTORY ? RuleSet.DEFAULT_NAME + "+" + directory.getFileName()
        : String.valueOf(directory.getFileName());
    return RuleCompiler.compile(props.getProperty("name", defaultName), props.getProperty("version", "local"),
        defaults, local);
  }

  static List<RuleSet.DrlFile> readDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RuleSetException("rules cannot be loaded:", List.of(new RuleProblem(dir.toString(), 0, Optional.empty(),
          "is not a directory")));
    }
    List<RuleSet.DrlFile> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList()) {
        out.add(new RuleSet.DrlFile(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new RuleSetException("rules cannot be loaded:", List.of(new RuleProblem(dir.toString(), 0, Optional.empty(),
          "cannot be read (" + e.getClass().getSimpleName() + ")")));
    }
    if (out.isEmpty()) {
      throw new RuleSetException("rules cannot be loaded:", List.of(new RuleProblem(dir.toString(), 0, Optional.empty(),
          "holds no .drl files")));
    }
    return out;
  }

  private static Properties localProperties(Path dir) {
    Properties props = new Properties();
    Path file = dir.resolve("ruleset.properties");
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return props;
  }

  @Override
  public String toString() {
    return kind == Kind.DEFAULTS ? "default rules" : kind == Kind.DIRECTORY ? "rules in " + directory
        : "default rules with " + directory;
  }
}
