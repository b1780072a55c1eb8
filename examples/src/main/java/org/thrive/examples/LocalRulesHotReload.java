package org.thrive.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.thrive.rules.ReloadResult;
import org.thrive.rules.RuleDirectoryWatcher;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;

/**
 * An area's local rules beside the default rules, reloaded while the advisor keeps serving: a
 * clean change is swapped in, a broken one is refused and the previous rules keep serving.
 *
 * <p>Run with a directory of local rules, for example the repository's {@code local-rules/merton}
 * (the program works on a copy, so the directory is not changed).
 */
public final class LocalRulesHotReload {
  private LocalRulesHotReload() {}

  /** What happened to the two edits. */
  public record Outcome(String startedOn, ReloadResult brokenEdit, ReloadResult goodEdit, int rulesAfter) {}

  public static Outcome run(Path localRules, Path workDir) throws IOException, InterruptedException {
    Path dir = copy(localRules, workDir);
    // local-rules:begin
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    LinkedBlockingQueue<ReloadResult> reloads = new LinkedBlockingQueue<>();
    try (RuleDirectoryWatcher watcher = advisor.watch(Duration.ofMillis(200), reloads::add)) {
      String startedOn = advisor.ruleSetSha256();

      // A rule author saves a file that does not compile: the reload is refused, the old rules serve.
      Files.writeString(dir.resolve("broken.drl"), "package org.thrive.rules.local;\nrule \"half written\"\nwhen\n");
      ReloadResult broken = next(reloads);

      // They fix it by removing the file: the rules reload.
      Files.delete(dir.resolve("broken.drl"));
      ReloadResult good = next(reloads);
      return new Outcome(startedOn, broken, good, advisor.rules().size());
    }
    // local-rules:end
  }

  private static ReloadResult next(LinkedBlockingQueue<ReloadResult> reloads) throws InterruptedException {
    ReloadResult r = reloads.poll(30, TimeUnit.SECONDS);
    if (r == null) {
      throw new IllegalStateException("no reload within 30 seconds");
    }
    return r;
  }

  private static Path copy(Path from, Path workDir) throws IOException {
    Path to = Files.createDirectories(workDir.resolve(from.getFileName().toString()));
    try (var files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
    return to;
  }

  public static void main(String[] args) throws Exception {
    Path rules = Path.of(args.length > 0 ? args[0] : "local-rules/merton");
    Outcome o = run(rules, Files.createTempDirectory("thrive-local-rules"));
    System.out.println("started on rule set sha256 " + o.startedOn());
    System.out.println("broken edit: reloaded=" + o.brokenEdit().reloaded() + ", " + o.brokenEdit().problems().size()
        + " problem(s), still serving " + o.brokenEdit().serving());
    o.brokenEdit().problems().forEach(p -> System.out.println("  " + p));
    System.out.println("fixed: reloaded=" + o.goodEdit().reloaded() + ", serving " + o.goodEdit().serving() + " ("
        + o.rulesAfter() + " rules)");
  }
}
