package org.thrive.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.thrive.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.rules.ThriveAdvisor;

/**
 * A quick throughput measurement: explained suggestions per second over the sample cases, on one
 * and on two threads sharing one advisor; the cost of adviseForDiscussion; and, given a local rule
 * directory, run-time compilation, reload and the completeness check. Usage:
 * {@code QuickThroughput CASES_DIR [SECONDS] [LOCAL_RULES_DIR]}.
 * A rough figure for a shared machine; the JMH benchmarks are the careful measurement.
 */
public final class QuickThroughput {
  private QuickThroughput() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "cases");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<ThriveCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        cases.add(new CaseReader().read(p));
      }
    }
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
    System.out.printf("cases: %d%n", cases.size());
    run(advisor, cases, 1, seconds); // warm-up
    for (int threads : new int[] {1, 2}) {
      double rate = run(advisor, cases, threads, seconds);
      System.out.printf("advise: threads=%d  suggestions/s=%.0f%n", threads, rate);
    }
    // adviseForDiscussion: what would change it re-evaluates hundreds of varied cases
    long start = System.nanoTime();
    int variations = 0;
    int rounds = 3;
    for (int r = 0; r < rounds; r++) {
      for (ThriveCase c : cases) {
        variations += advisor.adviseForDiscussion(c).changes().orElseThrow().evaluated();
      }
    }
    double ms = (System.nanoTime() - start) / 1e6 / (rounds * cases.size());
    System.out.printf("adviseForDiscussion: %.1f ms per case, %d varied cases per case on average%n", ms,
        variations / (rounds * cases.size()));
    if (args.length > 2) {
      Path local = Path.of(args[2]);
      long t0 = System.nanoTime();
      ThriveAdvisor withLocal = ThriveAdvisor.builder().rules(org.thrive.rules.RuleSource.defaultsWith(local)).build();
      System.out.printf("compile defaults + %s at run time: %.0f ms (first, cold)%n", local, (System.nanoTime() - t0) / 1e6);
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 10; i++) {
        long t = System.nanoTime();
        withLocal.reload();
        best = Math.min(best, System.nanoTime() - t);
      }
      System.out.printf("reload (compile off to the side and swap): best of 10 %.0f ms%n", best / 1e6);
      long t1 = System.nanoTime();
      org.thrive.rules.CompletenessCheck.Report report = org.thrive.rules.CompletenessCheck.run(advisor);
      System.out.printf("completeness check: %d cases in %.0f ms%n", report.cases(), (System.nanoTime() - t1) / 1e6);
    }
  }

  private static double run(ThriveAdvisor advisor, List<ThriveCase> cases, int threads, int seconds)
      throws InterruptedException {
    LongAdder done = new LongAdder();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    CountDownLatch finished = new CountDownLatch(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      Thread thread = new Thread(() -> {
        int i = offset;
        long sink = 0;
        while (System.nanoTime() < end) {
          Advice a = advisor.advise(cases.get(i++ % cases.size()));
          sink += a.reasons().size();
          done.increment();
        }
        if (sink == 42) {
          System.out.print("");
        }
        finished.countDown();
      });
      thread.start();
    }
    finished.await();
    return done.sum() / ((System.nanoTime() - start) / 1e9);
  }
}
