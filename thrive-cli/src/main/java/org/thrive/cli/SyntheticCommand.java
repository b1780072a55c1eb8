package org.thrive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thrive.batch.SyntheticCaseload;
import org.thrive.json.CaseWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code thrive synthetic}: writes a synthetic caseload. */
@Command(name = "synthetic", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
    description = {"Write a synthetic caseload as NDJSON (one case per line), for trying out batch grouping, reports"
        + " and local rules. Never real data: the cases are drawn from documented distributions (see README), and"
        + " the same seed gives the same caseload."})
final class SyntheticCommand implements Callable<Integer> {
  @Option(names = "--count", paramLabel = "N", required = true, description = "How many cases.")
  long count;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "The seed (default 1).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Where to write (default: standard output).")
  String out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--count: N must not be negative");
    }
    SyntheticCaseload caseload = SyntheticCaseload.seeded(seed);
    CaseWriter writer = new CaseWriter();
    PrintWriter stdout = spec.commandLine().getOut();
    Writer w = out.equals("-") ? stdout : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
    try {
      for (long i = 0; i < count; i++) {
        w.write(writer.toTree(caseload.get(i)).toString());
        w.write('\n');
      }
      w.flush();
    } finally {
      if (w != stdout) {
        w.close();
      }
    }
    return 0;
  }
}
