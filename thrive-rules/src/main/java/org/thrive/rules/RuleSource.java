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
 *
 * <p><b>Rule files are code.</b> Local files are checked in restricted mode before anything of
 * them is compiled or run: they may use only the library's facts and model types and a short list
 * of JDK types (see RULE-AUTHORING.md). {@link #trustingCode()} opts out, for files inside the
 * host's own trust boundary. Never load rules from a place that people outside that boundary can
 * write to.
 */
public final class RuleSource {
  private enum Kind { DEFAULTS, DIRECTORY, DEFAULTS_AND_DIRECTORY }

  private final Kind kind;
  private final Path directory;
  private final boolean trustCode;

  private RuleSource(Kind kind, Path directory, boolean trustCode) {
    this.kind = kind;
    this.directory = directory;
    this.trustCode = trustCode;
  }

  /**
   * This source with its local rule files trusted as code: they are compiled and run without the
   * restricted-mode static check, so a consequence can do anything the host process can. Use only
   * for rule files written and approved inside the host's own trust boundary. Advice made with
   * them says so in its provenance ({@code RuleCode.TRUSTED}).
   */
  public RuleSource trustingCode() {
    return new RuleSource(kind, directory, true);
  }

  /** Whether local rule files are trusted as code (see {@link #trustingCode()}). */
  public boolean trustsCode() {
    return trustCode;
  }

  /** The default THRIVE rules, compiled when the library was built. */
  public static RuleSource defaults() {
    return new RuleSource(Kind.DEFAULTS, null, false);
  }

  /** Only the rules in this directory. */
  public static RuleSource directory(Path directory) {
    return new RuleSource(Kind.DIRECTORY, checkNotNull(directory, "directory"), false);
  }

  /** The default rules, extended by the rules in this directory; a local rule with a default rule's id replaces it. */
  public static RuleSource defaultsWith(Path directory) {
    return new RuleSource(Kind.DEFAULTS_AND_DIRECTORY, checkNotNull(directory, "directory"), false);
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
        defaults, local, trustCode);
  }

  static List<RuleSet.DrlFile> readDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RuleSetException("rules cannot be loaded:", List.of(new RuleProblem(dir.toString(), 0, Optional.empty(),
          "is not a directory")));
    }
    List<RuleSet.DrlFile> out = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          // never follow a link out of the rule directory
          problems.add(new RuleProblem(name, 0, Optional.empty(), "is a symbolic link; rule files must be real files"
              + " inside the rule directory"));
          continue;
        }
        if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        readFile(p, name, problems).ifPresent(text -> out.add(new RuleSet.DrlFile(name, text)));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new RuleSetException("rules cannot be loaded:", List.of(new RuleProblem(dir.toString(), 0, Optional.empty(),
          "cannot be read (" + e.getClass().getSimpleName() + ")")));
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException("rules cannot be loaded:", problems);
    }
    if (out.isEmpty()) {
      throw new RuleSetException("rules cannot be loaded:", List.of(new RuleProblem(dir.toString(), 0, Optional.empty(),
          "holds no .drl files")));
    }
    return out;
  }

  /** The largest rule file read, in bytes. */
  static final long MAX_FILE_BYTES = 1_048_576;

  /** One rule file as text: bounded, strict UTF-8, no binary; a problem naming the file otherwise. */
  private static Optional<String> readFile(Path p, String name, List<RuleProblem> problems) {
    try {
      if (Files.size(p) > MAX_FILE_BYTES) {
        problems.add(new RuleProblem(name, 0, Optional.empty(), "is larger than the limit of " + MAX_FILE_BYTES
            + " bytes"));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(p);
      for (byte b : bytes) {
        if (b == 0) {
          problems.add(new RuleProblem(name, 0, Optional.empty(), "is not a text file"));
          return Optional.empty();
        }
      }
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      problems.add(new RuleProblem(name, 0, Optional.empty(), "is not valid UTF-8"));
    } catch (IOException e) {
      problems.add(new RuleProblem(name, 0, Optional.empty(), "cannot be read (" + e.getClass().getSimpleName() + ")"));
    }
    return Optional.empty();
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
