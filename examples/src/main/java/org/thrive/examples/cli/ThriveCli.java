package org.thrive.examples.cli;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thrive.examples.json.AdviceJson;
import org.thrive.examples.json.CaseFileException;
import org.thrive.examples.json.CaseReader;
import org.thrive.examples.json.DecisionJson;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.decision.Participant;
import org.thrive.model.decision.SafeguardSetAside;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.rules.RuleEvaluationException;
import org.thrive.rules.RuleSetException;
import org.thrive.rules.RuleSource;
import org.thrive.rules.FamilyView;
import org.thrive.rules.PractitionerView;
import org.thrive.rules.ThriveAdvisor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code thrive} command line.
 *
 * <p>Exit codes: 0 success; 1 the case file (or the decision) is malformed, invalid or unreadable; 2 the command
 * line is wrong; 3 the rules failed (a broken rule set, or a rule failed on this case).
 */
@Command(name = "thrive", mixinStandardHelpOptions = true, versionProvider = ThriveCli.Version.class,
    description = "Suggests a THRIVE needs-based grouping for a case, with its explanation. It suggests; people decide.",
    subcommands = {ThriveCli.Suggest.class, ThriveCli.Decide.class, RulesCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a case, decision or scenario file is malformed, invalid or unreadable",
        "2:the command line is wrong", "3:the rules do not compile or are not usable, or failed on a case",
        "4:rules test: a scenario failed (with --strict, also a rule never fired or a gap)"})
public final class ThriveCli implements Runnable {
  static final int CASE_ERROR = 1;
  static final int USAGE_ERROR = 2;
  static final int RULES_ERROR = 3;
  static final int SCENARIOS_FAILED = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: suggest, decide or rules");
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams, returning the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new ThriveCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Audience.class, v -> Words.parse(Audience.class, v));
    cli.registerConverter(Grouping.class, v -> Words.parse(Grouping.class, v));
    cli.registerConverter(Participant.class, v -> Words.parse(Participant.class, v));
    cli.registerConverter(DifferenceReason.class, v -> Words.parse(DifferenceReason.class, v));
    cli.registerConverter(SafeguardSetAside.class, Words::setAside);
    cli.setExitCodeExceptionMapper(e -> e instanceof CaseFileException || e instanceof InvalidCaseException ? CASE_ERROR
        : e instanceof CommandLine.ParameterException ? USAGE_ERROR : RULES_ERROR);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("thrive: " + oneLine(e));
      commandLine.getErr().flush();
      return commandLine.getExitCodeExceptionMapper().getExitCode(e);
    });
    return cli.execute(args);
  }

  private static String oneLine(Exception e) {
    if (e instanceof CaseFileException) {
      return "invalid case file: " + e.getMessage();
    }
    if (e instanceof InvalidCaseException) {
      return "invalid decision: " + e.getMessage();
    }
    if (e instanceof RuleSetException r) {
      return "the rules cannot be used (" + r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s") + "):"
          + r.problems().stream().map(p -> System.lineSeparator() + p).reduce("", String::concat);
    }
    return "the rules failed: " + e.getMessage();
  }

  /** Where the rules come from, for every command that runs them. */
  static final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
        description = "A directory of local DRL rules, loaded with the default rules (a local rule with a default"
            + " rule's @id replaces it).")
    Path rulesDir;

    @Option(names = "--rules-only", description = "Use only the rules in --rules DIR, not the default rules.")
    boolean rulesOnly;

    @Option(names = "--trust-rule-code", description = RulesCommand.TRUST_HELP)
    boolean trustCode;

    RuleSource source() {
      return RulesCommand.source(rulesDir == null ? null : rulesDir.toString(), rulesOnly, trustCode);
    }
  }

  @Command(name = "suggest", mixinStandardHelpOptions = true,
      description = "Suggest a grouping for the case in CASE.json and explain it.")
  static final class Suggest implements Callable<Integer> {
    @Parameters(paramLabel = "CASE.json", description = "The case file (see README: the case file format).")
    Path caseFile;

    @CommandLine.Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--json", description = "Print the advice as JSON for other programs.")
    boolean json;

    @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "practitioner",
        description = "Who the explanation is for: practitioner (default), family (the young person) or parent"
            + " (a parent or carer).")
    Audience audience;

    @Option(names = "--harm-from-others-safe-to-share",
        description = "For --audience family or parent: a practitioner has judged it safe to tell this reader about"
            + " worries of harm from others. Without it, those sentences are replaced by a neutral one, because"
            + " someone in the family may be the source of harm.")
    boolean harmSafeToShare;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ThriveCase thriveCase = readCase(caseFile);
      Advice advice = ThriveAdvisor.builder().rules(rules.source()).build().adviseForDiscussion(thriveCase);
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? new AdviceJson().write(advice) + System.lineSeparator()
          : audience == Audience.PRACTITIONER ? PractitionerView.render(advice)
          : FamilyView.render(advice, new FamilyView.Options(audience == Audience.PARENT
              ? FamilyView.Audience.PARENT_OR_CARER : FamilyView.Audience.YOUNG_PERSON, harmSafeToShare)).text());
      out.flush();
      return 0;
    }
  }

  /** Who an explanation is written for. */
  enum Audience {
    PRACTITIONER,
    FAMILY,
    PARENT
  }

  @Command(name = "decide", mixinStandardHelpOptions = true,
      description = "Record the grouping agreed for the case in CASE.json, with who took part and why, and print the record.")
  static final class Decide implements Callable<Integer> {
    @Parameters(paramLabel = "CASE.json", description = "The case file.")
    Path caseFile;

    @Option(names = "--agreed", required = true, paramLabel = "GROUPING",
        description = "The grouping agreed: thriving, getting-advice, getting-help, getting-more-help, getting-risk-support.")
    Grouping agreed;

    @Option(names = "--participants", required = true, split = ",", paramLabel = "WHO",
        description = "Who took part, comma-separated: young-person, parent-or-carer, practitioner, other-agency.")
    List<Participant> participants;

    @Option(names = "--reason", paramLabel = "CODE",
        description = "Why the agreed grouping differs from the suggestion: young-person-choice, family-choice,"
            + " clinical-judgement, new-information, service-availability, other.")
    DifferenceReason reason;

    @Option(names = "--set-aside", paramLabel = "SAFEGUARD=REASON", split = ",",
        description = "A safeguard not actioned and why, e.g. clinical-review-required=clinical-review-completed."
            + " It stays on the record.")
    List<SafeguardSetAside> setAside = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "Free text for the record.")
    String note;

    @Option(names = "--json", description = "Print the record as JSON.")
    boolean json;

    @CommandLine.Mixin
    RulesOption rules = new RulesOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ThriveCase thriveCase = readCase(caseFile);
      Advice advice = ThriveAdvisor.builder().rules(rules.source()).build().advise(thriveCase);
      AgreedDecision decision = AgreedDecision.of(advice, agreed, new HashSet<>(participants),
          Optional.ofNullable(reason), setAside, note, Instant.now());
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? new DecisionJson().write(decision) + System.lineSeparator() : DecisionText.render(decision));
      out.flush();
      return 0;
    }
  }

  static ThriveCase readCase(Path caseFile) {
    try {
      return new CaseReader().read(caseFile);
    } catch (NoSuchFileException e) {
      throw new CaseFileException(caseFile.toString(), "no such file");
    } catch (IOException e) {
      throw new CaseFileException(caseFile.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"thrive " + ThriveAdvisor.LIBRARY_VERSION};
    }
  }
}
