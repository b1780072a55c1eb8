package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.thrive.model.grouping.Grouping;

/**
 * Compiles DRL at run time with Drools' classic compiler, which reports errors against the DRL
 * the author wrote (the executable-model compiler reports consequence errors against generated
 * Java). Every problem is collected and translated into a message a rule author can act on; no
 * Drools exception or stack trace escapes.
 */
final class RuleCompiler {
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final String PREFIX = "src/main/resources/";

  /** The most local rules one rule set may hold. */
  static final int MAX_LOCAL_RULES = 1_000;

  private RuleCompiler() {}

  /**
   * Compiles the files. Rules in {@code local} whose {@code @id} equals the id of a rule in
   * {@code defaults} replace that rule.
   *
   * @throws RuleSetException listing every problem found
   */
  static RuleSet compile(String name, String version, List<RuleSet.DrlFile> defaults, List<RuleSet.DrlFile> local,
      boolean trustCode) {
    List<RuleSet.DrlFile> all = new ArrayList<>(defaults);
    all.addAll(local);
    List<RuleProblem> problems = new ArrayList<>();
    int ruleCount = 0;
    for (RuleSet.DrlFile f : local) {
      ruleCount += DrlSource.rules(f.name(), f.text()).size();
    }
    if (ruleCount > MAX_LOCAL_RULES) {
      throw failed(name, new ArrayList<>(List.of(new RuleProblem(name, 0, Optional.empty(), "holds " + ruleCount + " local rules, more"
          + " than the limit of " + MAX_LOCAL_RULES))));
    }
    for (RuleSet.DrlFile f : local) {
      problems.addAll(RuleSandbox.typeCheck(f.name(), f.text()));
    }
    if (!trustCode) {
      // Restricted mode: nothing of a local file is compiled, and so nothing of it runs, until it passes.
      for (RuleSet.DrlFile f : local) {
        problems.addAll(RuleSandbox.check(f.name(), f.text()));
      }
      if (!problems.isEmpty()) {
        throw failed(name, problems);
      }
    }
    Map<String, DrlSource.RuleText> texts = new HashMap<>();
    Map<String, String> pathToName = new HashMap<>();
    Map<String, Integer> fileIndex = new HashMap<>();
    Map<String, String> packageOf = new HashMap<>();
    Set<String> defaultNames = new HashSet<>();
    defaults.forEach(f -> defaultNames.add(f.name()));
    Map<String, DrlSource.RuleText> idsInLocalFiles = new HashMap<>();
    boolean nameClash = false;
    for (RuleSet.DrlFile f : all) {
      if (fileIndex.put(f.name(), fileIndex.size()) != null) {
        problems.add(new RuleProblem(f.name(), 0, Optional.empty(), "the file is given twice"));
      }
      boolean isLocal = !defaultNames.contains(f.name());
      for (DrlSource.RuleText t : DrlSource.rules(f.name(), f.text())) {
        packageOf.putIfAbsent(f.name(), t.packageName());
        DrlSource.RuleText before = texts.put(t.key(), t);
        if (before != null) {
          nameClash = true;
          problems.add(new RuleProblem(f.name(), t.line(), Optional.of(t.name()), "a rule with this name is already in"
              + " package " + t.packageName() + " (" + before.file() + ":" + before.line() + "); give your local files"
              + " their own package line (for example 'package local.myarea;'); to replace a default rule, keep its"
              + " @id, not its package and name"));
        }
        if (isLocal) {
          Optional<RuleProblem> missing = missingMetadata(t);
          missing.ifPresent(problems::add);
          t.id().ifPresent(id -> {
            DrlSource.RuleText other = idsInLocalFiles.putIfAbsent(id, t);
            if (other != null) {
              problems.add(new RuleProblem(f.name(), t.line(), Optional.of(t.name()), "@id \"" + id + "\" is already"
                  + " used by rule \"" + other.name() + "\" in " + other.file() + "; every rule needs its own id (to"
                  + " replace a default rule, give the local rule the default's id and load it with the defaults)"));
            }
          });
        }
        t.unknownGrouping().ifPresent(g -> problems.add(new RuleProblem(f.name(), t.line(), Optional.of(t.name()),
            "unknown grouping Grouping." + g + "; the groupings are " + java.util.Arrays.toString(Grouping.values()))));
        t.proposalProblem().ifPresent(why -> problems.add(new RuleProblem(f.name(), t.line(), Optional.of(t.name()),
            why)));
        t.plainInsert().ifPresent(type -> problems.add(new RuleProblem(f.name(), t.line(), Optional.of(t.name()),
            "insert(new " + type + "(...)) must be insertLogical(new " + type + "(...)): conclusions are withdrawn"
                + " when their conditions stop holding, which plain insert does not do")));
      }
    }

    if (nameClash) {
      // Compiling clashing names only adds the compiler's confusing echo of the same mistake.
      throw failed(name, problems);
    }
    KieServices ks = KieServices.Factory.get();
    ReleaseId release = ks.newReleaseId("org.thrive.runtime", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(release);
    for (RuleSet.DrlFile f : all) {
      // In the folder of its package (Drools warns otherwise), named uniquely.
      String pkg = packageOf.getOrDefault(f.name(), "");
      String relative = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + "f" + fileIndex.get(f.name()) + "_"
          + f.name().replaceAll("[^A-Za-z0-9._-]", "_");
      pathToName.put(PREFIX + relative, f.name());
      pathToName.put(relative, f.name());
      kfs.write(PREFIX + relative, f.text());
    }
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs).buildAll();
    } catch (RuntimeException e) {
      problems.add(new RuleProblem(name, 0, Optional.empty(), "the rules could not be compiled ("
          + e.getClass().getSimpleName() + "); check the files for a syntax error near the start"));
      throw failed(name, problems);
    }
    List<RuleProblem> compileProblems = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String file = m.getPath() == null ? name : pathToName.getOrDefault(m.getPath(), m.getPath().replace(PREFIX, ""));
      int line = Math.max(0, m.getLine());
      String text = m.getText() == null ? "" : m.getText();
      if (line == 0) {
        line = lineInText(text);
      }
      Optional<String> rule = ruleOf(text);
      if (rule.isEmpty() && line > 0) {
        rule = ruleAt(texts.values(), file, line);
      }
      if (line == 0 && rule.isPresent()) {
        for (DrlSource.RuleText t : texts.values()) {
          if (t.file().equals(file) && t.name().equals(rule.get())) {
            line = t.line();
          }
        }
      }
      compileProblems.add(new RuleProblem(file, line, rule, translate(text)));
    }
    // "Parser returned a null Package" only repeats that the file did not parse: drop it when the file has a real error.
    for (RuleProblem p : compileProblems) {
      boolean echo = p.message().startsWith("Parser returned a null Package")
          && compileProblems.stream().anyMatch(o -> o != p && o.file().equals(p.file()));
      if (!echo) {
        problems.add(p);
      }
    }
    if (!problems.isEmpty()) {
      throw failed(name, problems);
    }
    KieContainer container = ks.newKieContainer(release);
    KieBase base;
    try {
      base = container.getKieBase();
    } finally {
      ks.getRepository().removeKieModule(release); // one module per build; keep the repository from growing
    }

    // Local rules replace default rules with the same id.
    Set<String> defaultFiles = new HashSet<>();
    defaults.forEach(f -> defaultFiles.add(f.name()));
    Set<String> localIds = new HashSet<>();
    for (DrlSource.RuleText t : texts.values()) {
      if (!defaultFiles.contains(t.file())) {
        t.id().ifPresent(localIds::add);
      }
    }
    for (DrlSource.RuleText t : new ArrayList<>(texts.values())) {
      if (defaultFiles.contains(t.file()) && t.id().isPresent() && localIds.contains(t.id().get())) {
        Rule rule = base.getRule(t.packageName(), t.name());
        if (rule != null) {
          base.removeRule(t.packageName(), t.name());
        }
        texts.remove(t.key());
      }
    }
    return new RuleSet(name, version, RuleSet.sha256(all), base, texts, true).withRuleCode(
        trustCode ? org.thrive.model.advice.RuleCode.TRUSTED : org.thrive.model.advice.RuleCode.RESTRICTED);
  }

  /** The metadata the library needs, checked in the text so it is reported with any compile errors. */
  private static Optional<RuleProblem> missingMetadata(DrlSource.RuleText t) {
    List<String> missing = new ArrayList<>();
    for (String key : List.of(RuleSet.ID, RuleSet.PRACTITIONER, RuleSet.FAMILY, RuleSet.SOURCE)) {
      if (!t.metadataKeys().contains(key)) {
        missing.add(key);
      }
    }
    if (t.proposes().isPresent() || t.unknownGrouping().isPresent()) {
      for (String key : List.of(RuleSet.CONDITION, RuleSet.FAMILY_CONDITION)) {
        if (!t.metadataKeys().contains(key)) {
          missing.add(key);
        }
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String first = missing.get(0);
    return Optional.of(new RuleProblem(t.file(), t.line(), Optional.of(t.name()), "@" + first + "(\"...\") is missing or"
        + " empty" + (missing.size() > 1 ? " (also @" + String.join(", @", missing.subList(1, missing.size())) + ")" : "")
        + "; every rule needs @id, @practitioner, @family and @source, and a rule that proposes a grouping also"
        + " @condition and @familyCondition (see RULE-AUTHORING.md)"));
  }

  private static RuleSetException failed(String name, List<RuleProblem> problems) {
    problems.sort(RuleSet.PROBLEM_ORDER);
    return new RuleSetException("rule set " + name + " does not compile (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "):", ImmutableList.copyOf(problems));
  }

  private static final Pattern LINE_IN_TEXT = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):");

  private static Optional<String> ruleOf(String text) {
    Matcher m = Pattern.compile("ruleName=([^,\\]\\n]+)").matcher(text);
    if (m.find()) {
      return Optional.of(m.group(1).trim());
    }
    m = Pattern.compile("Rule name='([^']+)'").matcher(text);
    if (m.find()) {
      return Optional.of(m.group(1).trim());
    }
    return Optional.empty();
  }

  /** The rule whose header is the last one at or before the line. */
  private static Optional<String> ruleAt(java.util.Collection<DrlSource.RuleText> texts, String file, int line) {
    return texts.stream().filter(t -> t.file().equals(file) && t.line() <= line)
        .max(java.util.Comparator.comparingInt(DrlSource.RuleText::line)).map(DrlSource.RuleText::name);
  }

  private static int lineInText(String text) {
    Matcher m = LINE_IN_TEXT.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Turns compiler text into a message a rule author can act on. */
  static String translate(String text) {
    String t = text.replaceAll("\\s+", " ").trim();
    Matcher m = Pattern.compile("Unable to resolve ObjectType '([^']+)'").matcher(t);
    if (m.find()) {
      return "unknown fact type '" + m.group(1) + "'; the fact types are " + FactCatalog.TYPE_NAMES
          + " (see RULE-AUTHORING.md), and each needs an import";
    }
    m = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)").matcher(t);
    if (m.find()) {
      String type = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
      return "unknown field '" + m.group(2) + "' of " + type + "; its fields are " + FactCatalog.fieldsOf(type);
    }
    m = Pattern.compile("Unknown accessor: ([\\w]+)|unable to find field ([\\w]+)|Field Reader does not exist for declaration '(\\w+)'").matcher(t);
    if (m.find()) {
      String field = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      return "unknown field '" + field + "'; " + t;
    }
    m = Pattern.compile("\\[ERR \\d+\\] Line \\d+:\\d+ (.*)").matcher(t);
    if (m.find()) {
      return "syntax error: " + m.group(1).replaceAll(" in rule .*$", "")
          + "; check this line and the lines before it for an unclosed bracket or quote, or a missing 'when', 'then' or 'end'";
    }
    if (t.startsWith("Rule Compilation error")) {
      return "the consequence (then ... end) does not compile: " + t.replaceFirst("Rule Compilation error\\s*", "")
          .replaceAll("\\S+Rule_\\S+\\.java \\(\\d+:\\d+\\) : ", "");
    }
    return t;
  }
}
