package org.thrive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.thrive.json.AdviceJson;
import org.thrive.json.CaseFileException;
import org.thrive.json.CaseReader;
import org.thrive.json.DecisionJson;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.decision.Participant;
import org.thrive.model.decision.SafeguardSetAside;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.FamilyView;
import org.thrive.rules.PractitionerView;
import org.thrive.rules.RuleEvaluationException;
import org.thrive.rules.RuleSetException;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code thrive} command line. Every subcommand lists the exit codes in its help; they are
 * the same everywhere: 0 success; 1 a case, decision or scenario file is malformed, invalid or
 * unreadable; 2 the command line is wrong; 3 the rules cannot be used or failed on a case; 4
 * {@code rules test} found a failure.
 *
 * <p>The command line prints no log line unless asked ({@code --log-level}); its own errors are
 * one line each on standard error, and never a stack trace.
 */
@Command(name = "thrive", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
    description = "Suggests a THRIVE needs-based grouping for a case, with its explanation. It suggests; people decide.",
    exitCodeListHeading = ThriveCli.EXIT_CODES_HEADING, exitCodeList = {ThriveCli.EXIT_0, ThriveCli.EXIT_1,
        ThriveCli.EXIT_2, ThriveCli.EXIT_3, ThriveCli.EXIT_4})
public final class ThriveCli implements Runnable {
  static final int CASE_ERROR = 1;
  static final int USAGE_ERROR = 2;
  static final int RULES_ERROR = 3;
  static final int SCENARIOS_FAILED = 4;

  static final String EXIT_CODES_HEADING = "%nExit codes:%n";
  static final String EXIT_0 = "0:success";
  static final String EXIT_1 = "1:a case, decision or scenario file is malformed, invalid or unreadable (batch: some"
      + " cases failed; each is reported)";
  static final String EXIT_2 = "2:the command line is wrong";
  static final String EXIT_3 = "3:the rules cannot be used (they do not compile or lack metadata) or failed on a case";
  static final String EXIT_4 = "4:rules test: a scenario failed (with --strict, also a rule never fired or a gap)";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "off", scope = CommandLine.ScopeType.INHERIT,
      description = "Log lines to standard error at this level and above: off (default), error, warn, info, debug,"
          + " trace. The library logs rule-set names, ids, counts and hashes, never case content.")
  void logLevel(String level) {
    if (!LogLevel.set(level)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--log-level: expected one of off, error, warn, info, debug, trace");
    }
  }

  /** Standard input, for a case file named "-". */
  final InputStream stdin;

  ThriveCli(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a command: suggest, decide, batch, synthetic, rules or help (thrive help COMMAND for its options)");
  }

  public static void main(String[] args) {
    // Most commands use the default rules: build them while the options and the input are read.
    // slf4j-simple fixes its level when the first logger is made, which loading the rules does, so
    // the preload only runs when the level is the default (off), set here first.
    if (java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--log-level"))) {
      LogLevel.set("off");
      ThriveAdvisor.preloadDefaultRules();
    }
    System.exit(run(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams, returning the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(InputStream.nullInputStream(), out, err, args);
  }

  /** Runs the command line with the given streams, returning the exit code. */
  static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    LogLevel.set("off");
    CommandLine cli = new CommandLine(new ThriveCli(in));
    // Building a command's model is a large part of start-up, so when the arguments name one
    // command only that one is built; otherwise (help, completion, a mistake) every command is.
    Class<?> named = namedCommand(args);
    for (Class<?> command : named == null ? COMMANDS : List.<Class<?>>of(named)) {
      cli.addSubcommand(command);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Audience.class, v -> Words.parse(Audience.class, v));
    cli.registerConverter(Grouping.class, v -> Words.parse(Grouping.class, v));
    cli.registerConverter(Participant.class, v -> Words.parse(Participant.class, v));
    cli.registerConverter(DifferenceReason.class, v -> Words.parse(DifferenceReason.class, v));
    cli.registerConverter(SafeguardSetAside.class, Words::setAside);
    cli.setExitCodeExceptionMapper(ThriveCli::exitCode);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("thrive: " + oneLine(e));
      commandLine.getErr().flush();
      return exitCode(e);
    });
    // every subcommand's help lists the exit codes
    java.util.LinkedHashMap<String, String> codes = new java.util.LinkedHashMap<>();
    for (String c : List.of(EXIT_0, EXIT_1, EXIT_2, EXIT_3, EXIT_4)) {
      codes.put(c.substring(0, c.indexOf(':')), c.substring(c.indexOf(':') + 1));
    }
    for (CommandLine sub : allSubcommands(cli)) {
      sub.getCommandSpec().usageMessage().exitCodeListHeading(EXIT_CODES_HEADING).exitCodeList(codes);
    }
    return cli.execute(args);
  }

  /** The commands, in the order the help lists them. */
  static final List<Class<?>> COMMANDS = List.of(Suggest.class, Decide.class, BatchCommand.class,
      SyntheticCommand.class, RulesCommand.class, CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class);
  /** The commands that can be built on their own, by the name their {@code @Command} gives. */
  private static final java.util.Map<String, Class<?>> BUILT_ALONE = COMMANDS.stream()
      .filter(c -> c != CommandLine.HelpCommand.class && c != AutoComplete.GenerateCompletion.class)
      .collect(java.util.stream.Collectors.toUnmodifiableMap(c -> c.getAnnotation(Command.class).name(), c -> c));

  /**
   * The command the arguments name, when only that command needs building: the first argument,
   * or the first after {@code --log-level LEVEL}. Any other option before it (such as the root's
   * {@code --help}) needs every command, and so does a name that is not one of them.
   */
  static Class<?> namedCommand(String... args) {
    int i = 0;
    while (i < args.length && (args[i].equals("--log-level") || args[i].startsWith("--log-level="))) {
      i += args[i].equals("--log-level") ? 2 : 1;
    }
    return i < args.length ? BUILT_ALONE.get(args[i]) : null;
  }

  private static List<CommandLine> allSubcommands(CommandLine cli) {
    List<CommandLine> out = new ArrayList<>();
    for (CommandLine sub : cli.getSubcommands().values()) {
      out.add(sub);
      out.addAll(allSubcommands(sub));
    }
    return out;
  }

  static int exitCode(Throwable e) {
    return e instanceof CaseFileException || e instanceof InvalidCaseException || e instanceof FileFailed ? CASE_ERROR
        : e instanceof CommandLine.ParameterException ? USAGE_ERROR
        : e instanceof CasesFailed f ? f.code : RULES_ERROR;
  }

  static String oneLine(Exception e) {
    if (e instanceof CaseFileException) {
      return "invalid case file: " + e.getMessage();
    }
    if (e instanceof InvalidCaseException) {
      // name the options the user typed, not the record's fields
      return "invalid decision: " + e.getMessage().replace("AgreedDecision.participants", "--participants")
          .replace("AgreedDecision.differenceReason", "--reason").replace("AgreedDecision.setAside", "--set-aside")
          .replace("AgreedDecision.note", "--note").replace("AgreedDecision.agreed", "--agreed");
    }
    if (e instanceof RuleSetException r) {
      return "the rules cannot be used (" + r.problems().size() + " problem" + (r.problems().size() == 1 ? "" : "s") + "):"
          + r.problems().stream().map(p -> System.lineSeparator() + p).reduce("", String::concat);
    }
    if (e instanceof CasesFailed || e instanceof FileFailed) {
      return e.getMessage();
    }
    return "the rules failed: " + e.getMessage();
  }

  /** A file other than a case file (a scenario file) cannot be used; the message says which and why. */
  static final class FileFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileFailed(String message) {
      super(message);
    }
  }

  /** Some of several cases failed; each was reported as it failed. */
  static final class CasesFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    CasesFailed(int failed, int total, int code) {
      this(failed, total, code, "printed");
    }

    CasesFailed(long failed, long total, int code, String othersWere) {
      super(failed + " of " + total + " cases failed; the others were " + othersWere);
      this.code = code;
    }
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

  @Command(name = "suggest", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
      description = {"Suggest a grouping for each case and explain it.",
          "With several cases, each is printed in turn (with --json, as one JSON array in the order given); a case that"
              + " cannot be read is reported on standard error and the others are still printed."})
  static final class Suggest implements Callable<Integer> {
    @Parameters(paramLabel = "CASE.json", arity = "1..*",
        description = "Case files (see README: the case file format); - reads one case from standard input.")
    List<String> caseFiles;

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

    @CommandLine.ParentCommand
    ThriveCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ThriveAdvisor advisor = ThriveAdvisor.builder().rules(rules.source()).build();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (caseFiles.size() == 1) {
        print(out, advisor.adviseForDiscussion(readCase(caseFiles.get(0), parent.stdin)));
        return 0;
      }
      if (caseFiles.stream().filter("-"::equals).count() > 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "standard input (-) can be read only once");
      }
      int failed = 0;
      int worst = 0;
      List<String> jsons = new ArrayList<>();
      for (int i = 0; i < caseFiles.size(); i++) {
        String file = caseFiles.get(i);
        try {
          Advice advice = advisor.adviseForDiscussion(readCase(file, parent.stdin));
          if (json) {
            jsons.add(new AdviceJson().write(advice));
          } else {
            out.println("== " + (i + 1) + " of " + caseFiles.size() + ": " + file + " ==");
            print(out, advice);
            out.println();
          }
        } catch (CaseFileException | InvalidCaseException | RuleEvaluationException e) {
          err.println("thrive: " + file + ": " + oneLine(e));
          failed++;
          worst = Math.max(worst, exitCode(e));
        }
      }
      if (json) {
        out.println(jsons.isEmpty() ? "[]" : "[" + String.join("," + System.lineSeparator(), jsons) + "]");
      }
      out.flush();
      err.flush();
      if (failed > 0) {
        throw new CasesFailed(failed, caseFiles.size(), worst);
      }
      return 0;
    }

    private void print(PrintWriter out, Advice advice) {
      out.print(json ? new AdviceJson().write(advice) + System.lineSeparator()
          : audience == Audience.PRACTITIONER ? PractitionerView.render(advice)
          : FamilyView.render(advice, new FamilyView.Options(audience == Audience.PARENT
              ? FamilyView.Audience.PARENT_OR_CARER : FamilyView.Audience.YOUNG_PERSON, harmSafeToShare)).text());
      out.flush();
    }
  }

  /** Who an explanation is written for. */
  enum Audience {
    PRACTITIONER,
    FAMILY,
    PARENT
  }

  @Command(name = "decide", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
      description = "Record the grouping agreed for the case in CASE.json, with who took part and why, and print the record.")
  static final class Decide implements Callable<Integer> {
    @Parameters(paramLabel = "CASE.json", description = "The case file; - reads it from standard input.")
    String caseFile;

    @Option(names = "--agreed", required = true, paramLabel = "GROUPING",
        description = "The grouping agreed: thriving, getting-advice, getting-help, getting-more-help, getting-risk-support.")
    Grouping agreed;

    @Option(names = "--participants", required = true, split = ",", paramLabel = "WHO",
        description = "Who took part, comma-separated: young-person, parent-or-carer, practitioner, other-agency."
            + " The practitioner and the young person or a parent or carer must take part: the decision is shared.")
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

    @CommandLine.ParentCommand
    ThriveCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ThriveCase thriveCase = readCase(caseFile, parent.stdin);
      Advice advice = ThriveAdvisor.builder().rules(rules.source()).build().advise(thriveCase);
      if (new HashSet<>(participants).size() != participants.size()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--participants names someone twice");
      }
      AgreedDecision.Builder b = AgreedDecision.on(advice).agreed(agreed).participants(new HashSet<>(participants))
          .setAside(setAside).note(note).decidedAt(Instant.now());
      if (reason != null) {
        b.differenceReason(reason);
      }
      AgreedDecision decision = b.record();
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? new DecisionJson().write(decision) + System.lineSeparator() : DecisionText.render(decision));
      out.flush();
      return 0;
    }
  }

  static ThriveCase readCase(String caseFile, InputStream stdin) {
    try {
      if (caseFile.equals("-")) {
        return new CaseReader().read(stdin);
      }
      return new CaseReader().read(Path.of(caseFile));
    } catch (NoSuchFileException e) {
      throw new CaseFileException(caseFile, "no such file");
    } catch (IOException e) {
      throw new CaseFileException(caseFile.equals("-") ? "standard input" : caseFile,
          "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
