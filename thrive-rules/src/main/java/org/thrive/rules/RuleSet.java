package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.thrive.model.advice.Wording;
import org.thrive.model.grouping.Grouping;

/**
 * A compiled rule set with its metadata: the rules by Drools name, their ids, the SHA-256 of their
 * DRL content and the version. Immutable and shared by every evaluation.
 */
final class RuleSet {
  static final String ID = "id";
  static final String PRACTITIONER = "practitioner";
  static final String FAMILY = "family";
  static final String SOURCE = "source";
  static final String CONDITION = "condition";
  static final String FAMILY_CONDITION = "familyCondition";

  private static final String DEFAULTS = "org/thrive/rules/defaults/";
  private static final String MODEL_INDEX = "META-INF/kie/org.thrive/thrive-rules/drools-model";

  private final String name;
  private final String version;
  private final String sha256;
  private final KieBase kieBase;
  private final ImmutableMap<String, RuleInfo> byRuleName;
  private final ImmutableList<RuleInfo> rules;

  RuleSet(String name, String version, String sha256, KieBase kieBase, Map<String, DrlSource.RuleText> texts) {
    this.name = name;
    this.version = version;
    this.sha256 = sha256;
    this.kieBase = kieBase;
    List<String> problems = new ArrayList<>();
    Map<String, RuleInfo> infos = new HashMap<>();
    Map<String, String> nameById = new HashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        DrlSource.RuleText text = texts.get(rule.getName());
        String file = text == null ? pkg.getName() : text.file();
        String where = text == null ? "rule \"" + rule.getName() + "\" in package " + pkg.getName()
            : text.file() + ":" + text.line() + ": rule \"" + rule.getName() + "\"";
        String id = meta(rule, ID, where, problems);
        Optional<Grouping> proposes = Optional.ofNullable(text == null ? null : text.proposes());
        Optional<Wording> condition = condition(rule, where, proposes.isPresent(), problems);
        RuleInfo info = new RuleInfo(id, rule.getName(), meta(rule, PRACTITIONER, where, problems),
            meta(rule, FAMILY, where, problems), meta(rule, SOURCE, where, problems), file, proposes, condition);
        if (!id.isEmpty()) {
          String clash = nameById.putIfAbsent(id, rule.getName());
          if (clash != null) {
            problems.add(where + ": @id \"" + id + "\" is already used by rule \"" + clash + "\"; ids must be unique");
          }
        }
        infos.put(rule.getName(), info);
      }
    }
    if (infos.isEmpty()) {
      problems.add("the rule set holds no rules");
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException("rule set " + name + " is not usable:", problems);
    }
    this.byRuleName = ImmutableMap.copyOf(infos);
    this.rules = ImmutableList.sortedCopyOf(Comparator.comparing(RuleInfo::id), infos.values());
  }

  /**
   * Loads the default rule set from the executable model generated at build time, naming the
   * model classes from the index the build wrote: no classpath scanning, and it works in a
   * shaded jar. Fails fast if the model or the rules are missing.
   */
  static RuleSet loadDefault() {
    ClassLoader loader = RuleSet.class.getClassLoader();
    Properties props = properties(loader, DEFAULTS + "ruleset.properties");
    List<Model> models = new ArrayList<>();
    for (String line : lines(loader, MODEL_INDEX)) {
      if (line.isBlank() || line.startsWith("Drools-Model-Version")) {
        continue;
      }
      try {
        models.add((Model) Class.forName(line.trim(), true, loader).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | LinkageError e) {
        throw new RuleSetException("the default rule set cannot be loaded:",
            List.of("model class " + line.trim() + " from " + MODEL_INDEX + " cannot be instantiated ("
                + e.getClass().getSimpleName() + "); rebuild thrive-rules"));
      }
    }
    if (models.isEmpty()) {
      throw new RuleSetException("the default rule set cannot be loaded:",
          List.of(MODEL_INDEX + " names no model classes; the build did not compile the rules"));
    }
    Hasher hasher = Hashing.sha256().newHasher();
    Map<String, DrlSource.RuleText> texts = new HashMap<>();
    for (String file : props.getProperty("files", "").split(",")) {
      String path = DEFAULTS + "source/" + file.trim();
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          throw new RuleSetException("the default rule set cannot be loaded:", List.of(path + " is missing from the jar"));
        }
        byte[] bytes = in.readAllBytes();
        hasher.putString(file.trim(), StandardCharsets.UTF_8).putByte((byte) 0).putBytes(bytes);
        texts.putAll(DrlSource.rules(file.trim(), new String(bytes, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
    return new RuleSet(props.getProperty("name", "thrive-default"), props.getProperty("version", "unknown"),
        hasher.hash().toString(), kieBase, texts);
  }

  String name() {
    return name;
  }

  String version() {
    return version;
  }

  String sha256() {
    return sha256;
  }

  KieBase kieBase() {
    return kieBase;
  }

  /** The rule's metadata by its Drools name. */
  RuleInfo info(String ruleName) {
    RuleInfo info = byRuleName.get(ruleName);
    if (info == null) {
      throw new IllegalStateException("no metadata for a rule that fired; the rule set changed under an evaluation");
    }
    return info;
  }

  /** Every rule, sorted by id. */
  ImmutableList<RuleInfo> rules() {
    return rules;
  }

  /** Rules that propose a grouping need their condition in both wordings, to say why a grouping was not suggested. */
  private static Optional<Wording> condition(Rule rule, String where, boolean proposes, List<String> problems) {
    Object p = rule.getMetaData().get(CONDITION);
    Object f = rule.getMetaData().get(FAMILY_CONDITION);
    if (p == null && f == null && !proposes) {
      return Optional.empty();
    }
    String practitioner = meta(rule, CONDITION, where, problems);
    String family = meta(rule, FAMILY_CONDITION, where, problems);
    return Optional.of(new Wording(practitioner, family));
  }

  /** The rules that can propose each grouping, by id. */
  ImmutableList<RuleInfo> proposersOf(Grouping grouping) {
    return rules.stream().filter(r -> r.proposes().equals(Optional.of(grouping))).collect(ImmutableList.toImmutableList());
  }

  private static String meta(Rule rule, String key, String where, List<String> problems) {
    Object value = rule.getMetaData().get(key);
    String text = value == null ? "" : unquote(value.toString()).trim();
    if (text.isEmpty()) {
      problems.add(where + ": @" + key + " is missing or empty");
    }
    return text;
  }

  /** The classic compiler keeps the quotes of a metadata value; the executable model does not. */
  static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  private static Properties properties(ClassLoader loader, String path) {
    Properties props = new Properties();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new RuleSetException("the default rule set cannot be loaded:", List.of(path + " is missing from the jar"));
      }
      props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return props;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new RuleSetException("the default rule set cannot be loaded:",
            List.of(path + " is missing from the jar; the build did not compile the rules"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String libraryVersion() {
    try (InputStream in = RuleSet.class.getResourceAsStream("/org/thrive/rules/library.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
