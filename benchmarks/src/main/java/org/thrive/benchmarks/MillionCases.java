package org.thrive.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.rules.ThriveAdvisor;

/**
 * A caseload: N explained suggestions (default 1,000,000) on T threads (default 2) sharing one
 * advisor, each case a vignette with its own case id, every advice checked and then dropped, as a
 * batch job that writes each advice out would. Run with a small heap to show nothing is retained:
 * {@code java -Xmx256m -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
 * org.thrive.benchmarks.MillionCases cases 1000000 2 [CACHE_SIZE]} (the advisor's outcome cache; 0 turns it
 * off, so that every case is evaluated).
 */
public final class MillionCases {
  private MillionCases() {}

  public static void main(String[] args) throws Exception {
    List<ThriveCase> vignettes = AdvisorBenchmark.read(Path.of(args.length > 0 ? args[0] : "cases"));
    long total = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int cacheSize = args.length > 3 ? Integer.parseInt(args[3]) : ThriveAdvisor.DEFAULT_OUTCOME_CACHE_SIZE;
    ThriveAdvisor advisor = ThriveAdvisor.builder().outcomeCacheSize(cacheSize).build();
    AtomicLong next = new AtomicLong();
    AtomicLong suggested = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> running = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(() -> {
        for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          ThriveCase c = vignettes.get((int) (i % vignettes.size())).toBuilder().caseId("batch-" + i).build();
          Advice a = advisor.advise(c);
          if (a.suggestion().isPresent()) {
            suggested.incrementAndGet();
          }
        }
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf("%d cases on %d threads in %.1f s (%.0f per second); %d suggested; max heap %d MiB, live after GC %d MiB%n",
        total, threads, seconds, total / seconds, suggested.get(), rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
  }
}
