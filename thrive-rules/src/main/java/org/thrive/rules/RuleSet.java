package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
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
  static final String REQUIRES = "requires";
  static final String FAMILY_CONDITION = "familyCondition";
  static final String PROPOSES = "proposes";

  static final String DEFAULTS = "org/thrive/rules/defaults/";
  static final String DEFAULT_NAME = "thrive-default";
  private static final String MODEL_INDEX = "META-INF/kie/org.thrive/thrive-rules/drools-model";

  /** A DRL file: its name for messages (relative to its directory) and its text. */
  record DrlFile(String name, String text) {}

  private final String name;
  private final String version;
  private final String sha256;
  private final KieBase kieBase;
  /** The rules by package, then by Drools name (read for every firing: no key is built per lookup). */
  private final ImmutableMap<String, ImmutableMap<String, RuleInfo>> byPackageAndName;
  private final ImmutableMap<String, RuleInfo> byId;
  private final ImmutableList<RuleInfo> rules;
  private final ImmutableMap<Grouping, ImmutableList<RuleInfo>> proposers;
  private final com.google.common.collect.ImmutableSet<Criterion> criteriaListed;
  private final KieSessionsPool sessions;
  private final FactRelevance relevance;
  private final boolean compiledAtRunTime;
  private org.thrive.model.advice.RuleCode ruleCode = org.thrive.model.advice.RuleCode.BUILT_IN;

  /** How far this rule set's code was trusted when it was loaded. */
  org.thrive.model.advice.RuleCode ruleCode() {
    return ruleCode;
  }

  RuleSet withRuleCode(org.thrive.model.advice.RuleCode code) {
    this.ruleCode = code;
    return this;
  }

  /**
   * Reads and checks the metadata of every rule in the base.
   *
   * @throws RuleSetException listing every rule whose metadata is missing or whose id is not unique
   */
  RuleSet(String name, String version, String sha256, KieBase kieBase, Map<String, DrlSource.RuleText> texts,
      boolean compiledAtRunTime) {
    this.compiledAtRunTime = compiledAtRunTime;
    this.name = name;
    this.version = version;
    this.sha256 = sha256;
    this.kieBase = kieBase;
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RuleInfo> infos = new HashMap<>();
    Map<String, RuleInfo> byId = new HashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        String key = DrlSource.key(pkg.getName(), rule.getName());
        Optional<DrlSource.RuleText> text = Optional.ofNullable(texts.get(key));
        String file = text.map(DrlSource.RuleText::file).orElse(pkg.getName());
        Where where = new Where(file, text.map(DrlSource.RuleText::line).orElse(0), rule.getName(), problems);
        String id = where.meta(rule, ID);
        Optional<Grouping> proposes = proposes(rule, where, text);
        Optional<Wording> condition = condition(rule, where, proposes.isPresent());
        RuleInfo info = new RuleInfo(id, rule.getName(), where.meta(rule, PRACTITIONER), where.meta(rule, FAMILY),
            where.meta(rule, SOURCE), file, proposes, condition, requires(rule, where));
        if (!id.isEmpty()) {
          RuleInfo clash = byId.putIfAbsent(id, info);
          if (clash != null) {
            where.problem("@id \"" + id + "\" is already used by rule \"" + clash.name() + "\" in " + clash.file()
                + "; every rule needs its own id (to replace a default rule, give the local rule the default's id"
                + " and load it with the defaults)");
          }
        }
        infos.put(key, info);
      }
    }
    if (infos.isEmpty()) {
      problems.add(new RuleProblem(name, 0, Optional.empty(), "the rule set holds no rules"));
    }
    if (!problems.isEmpty()) {
      problems.sort(PROBLEM_ORDER);
      throw new RuleSetException("rule set " + name + " is not usable:", problems);
    }
    Map<String, Map<String, RuleInfo>> byPackage = new HashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        byPackage.computeIfAbsent(pkg.getName(), k -> new HashMap<>())
            .put(rule.getName(), infos.get(DrlSource.key(pkg.getName(), rule.getName())));
      }
    }
    ImmutableMap.Builder<String, ImmutableMap<String, RuleInfo>> packages = ImmutableMap.builder();
    byPackage.forEach((pkg, rules) -> packages.put(pkg, ImmutableMap.copyOf(rules)));
    this.byPackageAndName = packages.build();
    this.byId = ImmutableMap.copyOf(byId);
    this.rules = ImmutableList.sortedCopyOf(Comparator.comparing(RuleInfo::id), infos.values());
    java.util.EnumMap<Grouping, ImmutableList<RuleInfo>> proposers = new java.util.EnumMap<>(Grouping.class);
    for (Grouping g : Grouping.values()) {
      proposers.put(g, rules.stream().filter(r -> r.proposes().equals(Optional.of(g)))
          .collect(ImmutableList.toImmutableList()));
    }
    this.proposers = com.google.common.collect.Maps.immutableEnumMap(proposers);
    java.util.EnumSet<Criterion> parts = java.util.EnumSet.noneOf(Criterion.class);
    rules.forEach(r -> parts.addAll(r.requires()));
    this.criteriaListed = com.google.common.collect.Sets.immutableEnumSet(parts);
    this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.relevance = FactRelevance.of(kieBase);
  }

  /** Which facts some rule of this set can match: only those are inserted. */
  FactRelevance relevance() {
    return relevance;
  }

  /**
   * A session from this rule set's pool (sessions are reset and reused: about half the cost of a
   * new one). Not thread-safe: one evaluation uses it, then disposes it, which returns it.
   */
  KieSession newSession() {
    return sessions.newKieSession();
  }

  /** Explanation parts that depend only on this rule set and their key (see {@link #explained}); bounded. */
  private final java.util.concurrent.ConcurrentHashMap<Object, Object> explanations =
      new java.util.concurrent.ConcurrentHashMap<>();
  static final int MAX_EXPLANATIONS = 20_000;
  private volatile boolean keepsExplanations = true;

  /** This rule set, making every explanation part afresh: for the tests that prove what is kept exact. */
  RuleSet explainingAfresh() {
    keepsExplanations = false;
    return this;
  }

  /**
   * The explanation part for {@code key}, made once by {@code make}: {@code make} must depend on
   * nothing but the key and this rule set, so that what is kept is what would be made afresh. Past
   * {@link #MAX_EXPLANATIONS} keys, it is made afresh each time. Kept with the rule set, so a
   * reload starts afresh.
   */
  @SuppressWarnings("unchecked")
  <T> T explained(Object key, java.util.function.Supplier<T> make) {
    if (!keepsExplanations) {
      return make.get();
    }
    Object kept = explanations.get(key);
    if (kept == null) {
      kept = make.get();
      if (explanations.size() < MAX_EXPLANATIONS) {
        explanations.putIfAbsent(key, kept);
      }
    }
    return (T) kept;
  }

  /** How many explanation parts this rule set keeps. */
  int explanationsKept() {
    return explanations.size();
  }

  static final Comparator<RuleProblem> PROBLEM_ORDER = Comparator.comparing(RuleProblem::file)
      .thenComparingInt(RuleProblem::line).thenComparing(RuleProblem::message);

  /** Reports problems at one rule. */
  private record Where(String file, int line, String rule, List<RuleProblem> problems) {
    void problem(String message) {
      problems.add(new RuleProblem(file, line, Optional.of(rule), message));
    }

    String meta(Rule r, String key) {
      Object value = r.getMetaData().get(key);
      String text = value == null ? "" : unquote(value.toString()).trim();
      if (text.isEmpty()) {
        problem("@" + key + "(\"...\") is missing or empty; every rule needs @id, @practitioner, @family and @source,"
            + " and a rule that proposes a grouping also @condition and @familyCondition (see RULE-AUTHORING.md)");
      }
      return text;
    }
  }

  /**
   * The grouping a rule proposes, as it declares in {@code @proposes("GROUPING")}, checked against
   * its consequence: a rule whose consequence inserts a {@code Proposal} must declare the same
   * grouping, and one that declares a grouping must propose it. The library relies on the declared
   * grouping (why a grouping was not suggested lists the rules that could propose it), so a
   * mismatch is a problem, never a guess.
   */
  private static Optional<Grouping> proposes(Rule rule, Where where, Optional<DrlSource.RuleText> text) {
    Object value = rule.getMetaData().get(PROPOSES);
    String declared = value == null ? "" : unquote(value.toString()).trim();
    Optional<Grouping> inserted = text.flatMap(DrlSource.RuleText::proposes);
    if (declared.isEmpty()) {
      inserted.ifPresent(g -> where.problem("its consequence inserts a Proposal for Grouping." + g.name()
          + " but the rule does not declare it; add @proposes(\"" + g.name() + "\")"));
      return Optional.empty();
    }
    Grouping grouping;
    try {
      grouping = Grouping.valueOf(declared);
    } catch (IllegalArgumentException e) {
      where.problem("@proposes names no grouping; it takes one of " + java.util.Arrays.stream(Grouping.values())
          .map(Grouping::name).collect(java.util.stream.Collectors.joining(", ")));
      return Optional.empty();
    }
    if (text.isPresent() && inserted.isEmpty() && text.get().unknownGrouping().isEmpty()
        && text.get().proposalProblem().isEmpty()) {
      where.problem("@proposes(\"" + grouping.name() + "\") is declared but the consequence inserts no Proposal;"
          + " remove @proposes, or insertLogical(new Proposal(Grouping." + grouping.name() + ", ...))");
    } else if (inserted.isPresent() && inserted.get() != grouping) {
      where.problem("@proposes(\"" + grouping.name() + "\") does not match the consequence, which proposes Grouping."
          + inserted.get().name() + "; declare what the rule proposes");
    }
    return Optional.of(grouping);
  }

  /** The parts of the condition a rule lists in {@code @requires("PART, PART")}; an unknown part is a problem. */
  private static ImmutableList<Criterion> requires(Rule rule, Where where) {
    Object value = rule.getMetaData().get(REQUIRES);
    if (value == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Criterion> out = ImmutableList.builder();
    for (String part : unquote(value.toString()).split(",")) {
      String name = part.trim();
      try {
        out.add(Criterion.valueOf(name));
      } catch (IllegalArgumentException e) {
        where.problem("@requires names \"" + (name.length() > 60 ? name.substring(0, 60) + "..." : name)
            + "\", which is not a known part of a condition (see Criterion in RULE-AUTHORING.md)");
      }
    }
    return out.build();
  }

  /** Rules that propose a grouping need their condition in both wordings, to say why a grouping was not suggested. */
  private static Optional<Wording> condition(Rule rule, Where where, boolean proposes) {
    Object p = rule.getMetaData().get(CONDITION);
    Object f = rule.getMetaData().get(FAMILY_CONDITION);
    if (p == null && f == null && !proposes) {
      return Optional.empty();
    }
    return Optional.of(new Wording(where.meta(rule, CONDITION), where.meta(rule, FAMILY_CONDITION)));
  }

  /**
   * Loads the default rule set from the executable model generated at build time, naming the
   * model classes from the index the build wrote: no classpath scanning, and it works in a
   * shaded jar. Fails fast if the model or the rules are missing.
   *
   * <p>The compiled base is built once per class loader and shared: it is immutable and safe to
   * share between threads, and every default rule set is the same. Each call still gets its own
   * rule set, with its own sessions and explanation cache.
   */
  static RuleSet loadDefault() {
    Properties props = defaultProperties();
    // What is needed from the DRL text was read from it when the library was built.
    DefaultRuleIndex index = DefaultRuleIndex.load(RuleSet.class.getClassLoader());
    return new RuleSet(props.getProperty("name", DEFAULT_NAME), props.getProperty("version", "unknown"),
        index.sha256(), DEFAULT_BASE.get(), index.texts(), false);
  }

  /** Built on first use; a failed build is not kept, so the next caller gets the same error. */
  private static final com.google.common.base.Supplier<KieBase> DEFAULT_BASE =
      com.google.common.base.Suppliers.memoize(RuleSet::buildDefaultBase);

  /**
   * Starts building the default base on a background (daemon) thread and returns at once; a
   * caller that needs it meanwhile waits for that build instead of starting another. Any error is
   * left for the caller that needs the base.
   */
  static void preloadDefault() {
    Thread t = new Thread(() -> {
      try {
        DEFAULT_BASE.get();
      } catch (RuntimeException | LinkageError e) {
        // Reported to whoever loads the default rules next, with its own message.
      }
    }, "thrive-preload");
    t.setDaemon(true);
    t.start();
  }

  private static KieBase buildDefaultBase() {
    ClassLoader loader = RuleSet.class.getClassLoader();
    List<Model> models = new ArrayList<>();
    for (String line : new String(resource(loader, MODEL_INDEX), StandardCharsets.UTF_8).lines().toList()) {
      if (line.isBlank() || line.startsWith("Drools-Model-Version")) {
        continue;
      }
      try {
        models.add((Model) Class.forName(line.trim(), true, loader).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | LinkageError e) {
        throw missing("model class " + line.trim() + " from " + MODEL_INDEX + " cannot be instantiated ("
            + e.getClass().getSimpleName() + "); rebuild thrive-rules");
      }
    }
    if (models.isEmpty()) {
      throw missing(MODEL_INDEX + " names no model classes; the build did not compile the rules");
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }

  /** The default rules' DRL, as shipped in the jar, in load order. */
  static List<DrlFile> defaultSources() {
    ClassLoader loader = RuleSet.class.getClassLoader();
    List<DrlFile> out = new ArrayList<>();
    for (String file : defaultProperties().getProperty("files", "").split(",")) {
      String f = file.trim();
      out.add(new DrlFile("defaults/" + f, new String(resource(loader, DEFAULTS + "source/" + f), StandardCharsets.UTF_8)));
    }
    return out;
  }

  static Properties defaultProperties() {
    Properties props = new Properties();
    try {
      props.load(new InputStreamReader(new java.io.ByteArrayInputStream(
          resource(RuleSet.class.getClassLoader(), DEFAULTS + "ruleset.properties")), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  /** The SHA-256 over the files' names and contents, in the order given. */
  static String sha256(List<DrlFile> files) {
    Hasher hasher = Hashing.sha256().newHasher();
    for (DrlFile f : files) {
      hasher.putString(f.name(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putString(f.text(), StandardCharsets.UTF_8).putByte((byte) 0);
    }
    return hasher.hash().toString();
  }

  static RuleSetException missing(String problem) {
    return new RuleSetException("the default rule set cannot be loaded:",
        List.of(new RuleProblem("thrive-rules.jar", 0, Optional.empty(), problem)));
  }

  private static byte[] resource(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw missing(path + " is missing from the jar; the build did not package the rules");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  /** Whether the rules were compiled at run time from DRL a local author wrote (not the default rules built with the library). */
  boolean compiledAtRunTime() {
    return compiledAtRunTime;
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

  /** The rule's metadata by its package and Drools name. */
  /** The rule with this id, if the rule set has one. */
  java.util.Optional<RuleInfo> byId(String id) {
    return java.util.Optional.ofNullable(byId.get(id));
  }

  RuleInfo info(String packageName, String ruleName) {
    ImmutableMap<String, RuleInfo> inPackage = byPackageAndName.get(packageName);
    RuleInfo info = inPackage == null ? null : inPackage.get(ruleName);
    if (info == null) {
      throw new IllegalStateException("no metadata for a rule that fired; the rule set changed under an evaluation");
    }
    return info;
  }

  /** Every rule, sorted by id. */
  ImmutableList<RuleInfo> rules() {
    return rules;
  }

  /** The rules that can propose the grouping, by id. */
  ImmutableList<RuleInfo> proposersOf(Grouping grouping) {
    return proposers.get(grouping);
  }

  /** The parts of a condition that some rule lists in {@code @requires}. */
  com.google.common.collect.ImmutableSet<Criterion> criteriaListed() {
    return criteriaListed;
  }

  /** The classic compiler keeps the quotes of a metadata value; the executable model does not. */
  static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
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
