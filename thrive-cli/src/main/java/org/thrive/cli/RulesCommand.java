package org.thrive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.thrive.json.Scenario;
import org.thrive.json.ScenarioReader;
import org.thrive.testing.ScenarioResult;
import org.thrive.testing.ScenarioRunner;
import org.thrive.rules.CompletenessCheck;
import org.thrive.rules.RuleInfo;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code thrive rules check|test|list}: the rule author's workflow. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
    description = "Check, test and list rules. RULES_DIR is a directory of local DRL files, loaded with the default"
        + " rules unless --rules-only is given; the word 'defaults' means the default rules alone.",
    subcommands = {RulesCommand.Check.class, RulesCommand.Test.class, RulesCommand.ListRules.class})
final class RulesCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, test or list");
  }

  /** {@code rule set NAME VERSION (N rules), sha256 HEX}: the one line every rules command starts with. */
  static String describe(ThriveAdvisor advisor) {
    return "rule set " + advisor.ruleSetName() + " " + advisor.ruleSetVersion() + " (" + advisor.rules().size()
        + " rules), sha256 " + advisor.ruleSetSha256();
  }

  static RuleSource source(String dir, boolean rulesOnly, boolean trustCode) {
    if (dir == null || dir.equals("defaults")) {
      return RuleSource.defaults();
    }
    RuleSource source = rulesOnly ? RuleSource.directory(Path.of(dir)) : RuleSource.defaultsWith(Path.of(dir));
    return trustCode ? source.trustingCode() : source;
  }

  static final String TRUST_HELP = "Trust the local rule files as code: skip the restricted-mode check, so their"
      + " Java can do anything this process can. Only for files written and approved inside your own trust boundary;"
      + " advice says so in its provenance.";

  @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
      description = "Compile the rules and check their metadata; print every problem as FILE:LINE: rule \"NAME\": MESSAGE.")
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "RULES_DIR", description = "The local rules directory, or 'defaults'.")
    String dir;

    @Option(names = "--rules-only", description = "Check the directory without the default rules.")
    boolean rulesOnly;

    @Option(names = "--trust-rule-code", description = TRUST_HELP)
    boolean trustCode;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ThriveAdvisor advisor = ThriveAdvisor.builder().rules(source(dir, rulesOnly, trustCode)).build();
      PrintWriter out = spec.commandLine().getOut();
      out.println("ok: " + describe(advisor));
      out.flush();
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class, description = "List the loaded rules with their metadata.")
  static final class ListRules implements Callable<Integer> {
    @Parameters(paramLabel = "RULES_DIR", arity = "0..1", description = "The local rules directory (default: the default rules).")
    String dir;

    @Option(names = "--rules-only", description = "List the directory's rules without the default rules.")
    boolean rulesOnly;

    @Option(names = "--trust-rule-code", description = TRUST_HELP)
    boolean trustCode;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ThriveAdvisor advisor = ThriveAdvisor.builder().rules(source(dir, rulesOnly, trustCode)).build();
      PrintWriter out = spec.commandLine().getOut();
      out.println(describe(advisor));
      for (RuleInfo r : advisor.rules()) {
        out.println();
        out.println(r.id() + "  \"" + r.name() + "\"  (" + r.file() + ")");
        r.proposes().ifPresent(g -> out.println("  proposes: " + g.label()));
        out.println("  practitioner: " + r.practitioner());
        out.println("  family: " + r.family());
        r.condition().ifPresent(c -> out.println("  condition: " + c.practitioner() + " | family: " + c.family()));
        out.println("  source: " + r.source());
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
      description = {"Run the scenarios in each SCENARIOS_DIR against the rules; report failures, rules no scenario"
          + " makes fire, and gaps and conflicts over 13,824 generated cases.",
          "The last line is the verdict, PASSED or FAILED with why, and agrees with the exit code."})
  static final class Test implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RULES_DIR", description = "The local rules directory, or 'defaults'.")
    String dir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SCENARIOS_DIR",
        description = "Directories of scenario files (*.json); their scenarios run together, so coverage counts them all.")
    List<Path> scenarios;

    @Option(names = "--rules-only", description = "Test the directory without the default rules.")
    boolean rulesOnly;

    @Option(names = "--trust-rule-code", description = TRUST_HELP)
    boolean trustCode;

    @Option(names = "--strict", description = "Also fail (exit 4) when a rule never fires or a generated case gets no grouping.")
    boolean strict;

    @Option(names = "--no-completeness", description = "Skip the generated-case check for gaps and conflicts.")
    boolean noCompleteness;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      ThriveAdvisor advisor;
      try {
        advisor = ThriveAdvisor.builder().rules(source(dir, rulesOnly, trustCode)).build();
      } catch (RuntimeException e) {
        out.println("FAILED: the rules cannot be used (see standard error)");
        out.flush();
        throw e;
      }
      List<Scenario> all = new java.util.ArrayList<>();
      for (Path d : scenarios) {
        try {
          all.addAll(new ScenarioReader().readDirectory(d));
        } catch (org.thrive.json.CaseFileException e) {
          out.println("FAILED: a scenario file cannot be used (see standard error)");
          out.flush();
          throw new ThriveCli.FileFailed("invalid scenario file: " + e.getMessage());
        }
      }
      ScenarioRunner runner = new ScenarioRunner(advisor);
      List<ScenarioResult> results = runner.runAll(all);
      out.println(describe(advisor));
      int failed = 0;
      for (ScenarioResult r : results) {
        out.println((r.passed() ? "PASS " : "FAIL ") + r.scenario().name() + "  (" + r.scenario().file() + ")");
        for (String f : r.failures()) {
          out.println("    " + f);
        }
        failed += r.passed() ? 0 : 1;
      }
      List<String> never = runner.neverFired(results);
      out.println();
      out.println("coverage: " + (advisor.rules().size() - never.size()) + " of " + advisor.rules().size()
          + " rules fired in at least one scenario" + (never.isEmpty() ? "" : "; never fired: " + String.join(", ", never)));
      int gaps = 0;
      if (!noCompleteness) {
        CompletenessCheck.Report c = CompletenessCheck.run(advisor);
        gaps = c.gaps().size();
        out.println("completeness: " + c.cases() + " generated cases; " + c.gaps().size() + " with no grouping, "
            + c.conflicts().size() + " where rules on the same basis disagreed, " + c.askForInformation().size()
            + " where the rules ask for more information");
        c.gaps().stream().limit(5).forEach(g -> out.println("    no grouping: " + g.description()));
        c.conflicts().stream().limit(5).forEach(g -> out.println("    disagreement: " + g.description()
            + g.detail().map(d -> " -- " + d).orElse("")));
      }
      out.println();
      out.println((results.size() - failed) + " passed, " + failed + " failed");
      List<String> why = new java.util.ArrayList<>();
      if (failed > 0) {
        why.add(failed + " of " + results.size() + " scenario" + (results.size() == 1 ? "" : "s") + " failed");
      }
      if (strict && !never.isEmpty()) {
        why.add("--strict: " + never.size() + " rule" + (never.size() == 1 ? "" : "s") + " never fired ("
            + String.join(", ", never) + ")");
      }
      if (strict && gaps > 0) {
        why.add("--strict: " + gaps + " generated case" + (gaps == 1 ? "" : "s") + " got no grouping");
      }
      out.println(why.isEmpty() ? "PASSED: " + results.size() + " scenario" + (results.size() == 1 ? "" : "s")
          + " passed" + (strict ? "; every rule fired" + (noCompleteness ? "" : "; no gaps") : "")
          : "FAILED: " + String.join("; ", why));
      out.flush();
      return why.isEmpty() ? 0 : ThriveCli.SCENARIOS_FAILED;
    }
  }
}
