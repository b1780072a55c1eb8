package org.thrive.rules;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.thrive.model.grouping.Grouping;

/**
 * What loading the default rules needs from their DRL text, worked out once when the library is
 * built rather than every time an advisor starts: the SHA-256 of the sources (for provenance) and,
 * for each rule, its file, line and the grouping its consequence proposes. Reading and scanning the
 * DRL text was a fifth of the time from a fresh JVM to the first suggestion.
 *
 * <p>The build runs {@link #main} after compiling the rules and writes {@value #RESOURCE} into the
 * jar. {@code DefaultRuleIndexTest} proves the index equal to a fresh reading of the DRL shipped
 * in the same jar. Local rule sets are always read from their text.
 *
 * <p>Public only so the build can run it; not part of the library's API.
 */
public final class DefaultRuleIndex {
  static final String RESOURCE = RuleSet.DEFAULTS + "rule-index.tsv";
  private static final String HEADER = "# The default rules' index, written by the build from the DRL; not edited by hand.";

  private final String sha256;
  private final ImmutableMap<String, DrlSource.RuleText> texts;

  private DefaultRuleIndex(String sha256, ImmutableMap<String, DrlSource.RuleText> texts) {
    this.sha256 = sha256;
    this.texts = texts;
  }

  String sha256() {
    return sha256;
  }

  /** Each rule by {@link DrlSource#key}: file, package, name, line and proposal (the rest is left empty). */
  ImmutableMap<String, DrlSource.RuleText> texts() {
    return texts;
  }

  /** The index of the DRL files given, as {@link #write} writes it. */
  static String render(List<RuleSet.DrlFile> files) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    out.append("sha256\t").append(RuleSet.sha256(files)).append('\n');
    for (RuleSet.DrlFile f : files) {
      for (DrlSource.RuleText t : DrlSource.rules(f.name(), f.text())) {
        if (t.proposalProblem().isPresent() || t.unknownGrouping().isPresent()) {
          throw new IllegalStateException(f.name() + ":" + t.line() + " rule \"" + t.name() + "\": "
              + t.proposalProblem().orElse("unknown grouping Grouping." + t.unknownGrouping().orElse("")));
        }
        out.append("rule\t").append(t.file()).append('\t').append(t.packageName()).append('\t').append(t.name())
            .append('\t').append(t.line()).append('\t').append(t.proposes().map(Grouping::name).orElse("-"))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Reads an index written by {@link #render}; a malformed one fails, naming the line. */
  static DefaultRuleIndex parse(String text) {
    String sha = null;
    Map<String, DrlSource.RuleText> texts = new LinkedHashMap<>();
    int n = 0;
    for (String line : text.lines().toList()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f[0].equals("sha256") && f.length == 2) {
        sha = f[1];
      } else if (f[0].equals("rule") && f.length == 6) {
        Optional<Grouping> proposes;
        int ruleLine;
        try {
          proposes = f[5].equals("-") ? Optional.empty() : Optional.of(Grouping.valueOf(f[5]));
          ruleLine = Integer.parseInt(f[4]);
        } catch (IllegalArgumentException e) {
          throw malformed(n);
        }
        DrlSource.RuleText t = new DrlSource.RuleText(f[1], f[2], f[3], ruleLine, Optional.empty(), proposes,
            Optional.empty(), Optional.empty(), Set.of(), Optional.empty());
        texts.put(t.key(), t);
      } else {
        throw malformed(n);
      }
    }
    if (sha == null || texts.isEmpty()) {
      throw malformed(n);
    }
    return new DefaultRuleIndex(sha, ImmutableMap.copyOf(texts));
  }

  /** The index in the jar. */
  static DefaultRuleIndex load(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw RuleSet.missing(RESOURCE + " is missing from the jar; the build did not index the rules");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RuleSetException malformed(int line) {
    return RuleSet.missing(RESOURCE + " is malformed at line " + line + "; rebuild thrive-rules");
  }

  /**
   * Writes the index: {@code args[0]} is the directory holding {@code ruleset.properties} and the
   * DRL files it lists, {@code args[1]} the file to write.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DefaultRuleIndex <defaults directory> <index file>");
    }
    Path dir = Path.of(args[0]);
    Properties props = new Properties();
    try (InputStreamReader in = new InputStreamReader(Files.newInputStream(dir.resolve("ruleset.properties")),
        StandardCharsets.UTF_8)) {
      props.load(in);
    }
    List<RuleSet.DrlFile> files = new ArrayList<>();
    for (String file : props.getProperty("files", "").split(",")) {
      String name = file.trim();
      files.add(new RuleSet.DrlFile("defaults/" + name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8)));
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    Files.writeString(out, render(files), StandardCharsets.UTF_8);
  }
}
