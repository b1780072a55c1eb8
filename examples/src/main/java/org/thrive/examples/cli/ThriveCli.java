package org.thrive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thrive.examples.json.AdviceJson;
import org.thrive.examples.json.CaseFileException;
import org.thrive.examples.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.rules.RuleEvaluationException;
import org.thrive.rules.RuleSetException;
import org.thrive.rules.ThriveAdvisor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code thrive} command line.
 *
 * <p>Exit codes: 0 success; 1 the case file is malformed, invalid or unreadable; 2 the command
 * line is wrong; 3 the rules failed (a broken rule set, or a rule failed on this case).
 */
@Command(name = "thrive", mixinStandardHelpOptions = true, versionProvider = ThriveCli.Version.class,
    description = "Suggests a THRIVE needs-based grouping for a case, with its explanation. It suggests; people decide.",
    subcommands = {ThriveCli.Suggest.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the case file is malformed, invalid or unreadable",
        "2:the command line is wrong", "3:the rules failed"})
public final class ThriveCli implements Runnable {
  static final int CASE_ERROR = 1;
  static final int USAGE_ERROR = 2;
  static final int RULES_ERROR = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: suggest");
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams, returning the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new ThriveCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CaseFileException ? CASE_ERROR
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
    if (e instanceof RuleSetException r) {
      return "the rules cannot be used: " + String.join("; ", r.problems());
    }
    return "the rules failed: " + e.getMessage();
  }

  @Command(name = "suggest", mixinStandardHelpOptions = true,
      description = "Suggest a grouping for the case in CASE.json and explain it.")
  static final class Suggest implements Callable<Integer> {
    @Parameters(paramLabel = "CASE.json", description = "The case file (see README: the case file format).")
    Path caseFile;

    @Option(names = "--json", description = "Print the advice as JSON for other programs.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      ThriveCase thriveCase;
      try {
        thriveCase = new CaseReader().read(caseFile);
      } catch (NoSuchFileException e) {
        throw new CaseFileException(caseFile.toString(), "no such file");
      } catch (IOException e) {
        throw new CaseFileException(caseFile.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
      }
      Advice advice = ThriveAdvisor.withDefaultRules().advise(thriveCase);
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? new AdviceJson().write(advice) + System.lineSeparator() : AdviceText.render(advice));
      out.flush();
      return 0;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"thrive " + ThriveAdvisor.LIBRARY_VERSION};
    }
  }
}
