package org.thrive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.thrive.batch.BatchRun;
import org.thrive.batch.Caseload;
import org.thrive.batch.CaseloadSummary;
import org.thrive.batch.HtmlReport;
import org.thrive.batch.RuleSetComparison;
import org.thrive.json.AdviceJson;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.ThriveAdvisor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code thrive batch}: groups a caseload. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
    description = {"Group a whole caseload: one advice per line (NDJSON), a summary, and optionally a self-contained"
        + " HTML report.",
        "The caseload is NDJSON (one case per line; - for standard input), a directory of case files, or an"
            + " MHSDS-shaped extract (--extract SCORES.csv COMPANION.csv). It is read as it streams and grouped on"
            + " every core. A case that cannot be read or advised never stops the run and is never lost: it is"
            + " reported, with its line and the error (never case content), in the errors file and the summary, and"
            + " the exit code is 1.",
        "The counts are of suggestions to discuss, not of decisions."})
final class BatchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "CASELOAD", arity = "0..1",
      description = "An NDJSON file (one case per line), - for NDJSON on standard input, or a directory of *.json"
          + " case files.")
  String caseload;

  @Option(names = "--extract", arity = "2", paramLabel = "CSV",
      description = "Read an MHSDS-shaped extract instead: the scores file and the companion file (see README).")
  List<Path> extract;

  @Option(names = "--synthetic", paramLabel = "COUNT",
      description = "Group COUNT cases of the synthetic caseload instead (never real data; see --seed).")
  Long synthetic;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
      description = "The synthetic caseload's seed (default 1): the same seed gives the same cases.")
  long seed;

  @CommandLine.Mixin
  ThriveCli.RulesOption rules = new ThriveCli.RulesOption();

  @Option(names = "--compare", paramLabel = "DIR",
      description = "Also group the caseload under the default rules with the local rules in DIR, and report how many"
          + " cases move, from which grouping to which, and because of which rules.")
  Path compare;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-",
      description = "Where the advice goes, one JSON object per line in caseload order (default: standard output).")
  String out;

  @Option(names = "--brief", description = "Write one short line per case (grouping, needs alone, safeguards,"
      + " missing, not known, rules fired) instead of the full advice.")
  boolean brief;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Where the cases that failed are reported, one JSON object per line with the line (or file) and"
          + " the error (default: standard error).")
  Path errors;

  @Option(names = "--summary", paramLabel = "FILE",
      description = "Also write the summary as JSON (counts, rule ids and field names only).")
  Path summaryFile;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the HTML report: one self-contained file, with charts, that can be mailed.")
  Path report;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show a progress bar on standard error when it is a terminal (default); --no-progress never.")
  boolean progress;

  @CommandLine.ParentCommand
  ThriveCli parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    int sources = (caseload == null ? 0 : 1) + (extract == null ? 0 : 1) + (synthetic == null ? 0 : 1);
    if (sources != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "name one caseload: a file, a directory, - (standard input), --extract SCORES COMPANION or --synthetic COUNT");
    }
    if (synthetic != null && synthetic < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--synthetic: COUNT must not be negative");
    }
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(rules.source()).build();
    Optional<ThriveAdvisor> other = Optional.ofNullable(compare).map(dir -> ThriveAdvisor.builder()
        .rules(RulesCommand.source(dir.toString(), false, rules.trustCode)).build());
    BatchRun.Builder run = BatchRun.builder(advisor);
    if (threads != null) {
      if (threads < 1 || threads > 256) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--threads: N must be 1 to 256");
      }
      run.threads(threads);
    }
    other.ifPresent(run::compareWith);

    CaseloadSummary summary = new CaseloadSummary(advisor);
    Optional<RuleSetComparison> comparison = other.map(o -> new RuleSetComparison(advisor, o));
    PrintWriter err = spec.commandLine().getErr();
    boolean toStdout = out.equals("-");
    long total = total();
    BatchRun.Totals totals;
    try (Stream<Caseload.Entry> entries = entries();
        Writer adviceOut = toStdout ? new NonClosing(spec.commandLine().getOut())
            : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
        Writer errorsOut = errors == null ? new NonClosing(err) : Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
        ProgressBar bar = progressBar(total)) {
      AdviceJson adviceJson = new AdviceJson();
      totals = run.build().run(entries, r -> {
        summary.add(r);
        comparison.ifPresent(c -> c.add(r));
        try {
          if (r.ok()) {
            adviceOut.write(JSON.writeValueAsString(line(r, adviceJson)));
            adviceOut.write('\n');
          } else {
            ObjectNode e = JSON.createObjectNode();
            e.put(r.entry().where().startsWith("line ") ? "line" : "entry", r.entry().where().startsWith("line ")
                ? String.valueOf(r.entry().number()) : r.entry().where());
            e.put("error", r.error().orElseThrow());
            errorsOut.write((errors == null ? "thrive: " : "") + JSON.writeValueAsString(e));
            errorsOut.write('\n');
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (bar != null) {
          bar.step();
        }
      });
    }
    if (summaryFile != null) {
      ObjectNode s = summary.toJson();
      comparison.ifPresent(c -> s.set("comparison", c.toJson()));
      Files.writeString(summaryFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(s) + "\n",
          StandardCharsets.UTF_8);
    }
    if (report != null) {
      Files.writeString(report, HtmlReport.render(summary, comparison), StandardCharsets.UTF_8);
    }
    // the summary goes to standard output, unless the advice does
    PrintWriter text = toStdout ? err : spec.commandLine().getOut();
    text.print(summary.toText());
    comparison.ifPresent(c -> {
      text.println();
      text.print(c.toText());
    });
    text.flush();
    if (totals.failed() > 0) {
      throw new ThriveCli.CasesFailed(totals.failed(), totals.cases(), ThriveCli.CASE_ERROR, "advised and written");
    }
    return 0;
  }

  private Stream<Caseload.Entry> entries() throws IOException {
    if (synthetic != null) {
      return Caseload.synthetic(synthetic, seed);
    }
    if (extract != null) {
      return Caseload.extract(extract.get(0), extract.get(1));
    }
    if (caseload.equals("-")) {
      return Caseload.ndjson(parent.stdin);
    }
    Path p = Path.of(caseload);
    if (Files.isDirectory(p)) {
      return Caseload.directory(p);
    }
    if (!Files.isRegularFile(p)) {
      throw new ThriveCli.FileFailed("thrive: cannot read the caseload " + caseload + ": no such file");
    }
    return Caseload.ndjson(p);
  }

  /** The number of cases, where it can be known before reading them (for the progress bar); -1 if not. */
  private long total() throws IOException {
    if (!progress || System.console() == null) {
      return -1;
    }
    if (synthetic != null) {
      return synthetic;
    }
    if (caseload != null && !caseload.equals("-") && Files.isRegularFile(Path.of(caseload))) {
      try (Stream<String> lines = Files.lines(Path.of(caseload), StandardCharsets.ISO_8859_1)) {
        return lines.filter(l -> !l.isBlank()).count();
      }
    }
    return -1;
  }

  /** A progress bar on standard error, only when asked and when there is a terminal to show it on. */
  private ProgressBar progressBar(long total) {
    if (!progress || System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("Grouping").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
        .setUnit(" cases", 1).showSpeed().continuousUpdate().build();
  }

  private ObjectNode line(BatchRun.Result r, AdviceJson adviceJson) {
    Advice a = r.advice().orElseThrow();
    ObjectNode o;
    if (brief || r.compared().isPresent()) {
      o = brief(a);
      r.compared().ifPresent(b -> {
        o.set("compared", brief(b));
        o.put("moved", !RuleSetComparison.label(a).equals(RuleSetComparison.label(b)));
      });
    } else {
      o = (ObjectNode) adviceJson.toTree(a);
    }
    o.put("line", r.entry().number());
    return o;
  }

  static ObjectNode brief(Advice a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("caseId", a.caseId());
    o.put("status", a.status().name());
    o.put("suggestion", a.suggestion().map(Grouping::label).orElse(null));
    o.put("needsOnly", a.needsOnly().map(Grouping::label).orElse(null));
    ArrayNode safeguards = o.putArray("safeguards");
    a.safeguards().stream().map(Safeguard::kind).distinct().forEach(k -> safeguards.add(k.name()));
    ArrayNode missing = o.putArray("missing");
    a.missing().stream().map(MissingInformation::field).forEach(missing::add);
    ArrayNode notKnown = o.putArray("notKnown");
    a.notKnown().stream().map(CaseFact::field).forEach(notKnown::add);
    a.choiceEffect().ifPresent(e -> o.put("choiceEffect", e.kind().name()));
    ArrayNode fired = o.putArray("fired");
    a.provenance().firedRuleIds().forEach(fired::add);
    o.put("ruleSet", a.provenance().ruleSetName() + " " + a.provenance().ruleSetVersion());
    o.put("sha256", a.provenance().ruleSetSha256());
    o.put("notice", "A suggestion to discuss, not a decision.");
    return o;
  }

  /** Writes to a writer the command line owns, without closing it. */
  private static final class NonClosing extends Writer {
    private final Writer w;

    NonClosing(Writer w) {
      this.w = w;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      w.write(buf, off, len);
    }

    @Override
    public void flush() throws IOException {
      w.flush();
    }

    @Override
    public void close() throws IOException {
      w.flush();
    }
  }
}
