package org.thrive.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.thrive.examples.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.rules.ThriveAdvisor;

/**
 * A quick throughput measurement: explained suggestions per second over the sample cases, on one
 * and on two threads sharing one advisor. Usage: {@code QuickThroughput CASES_DIR [SECONDS]}.
 * A rough figure for a shared machine; the JMH benchmarks are the careful measurement.
 */
public final class QuickThroughput {
  private QuickThroughput() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/cases");
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
      System.out.printf("threads=%d  suggestions/s=%.0f%n", threads, rate);
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
