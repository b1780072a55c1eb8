package org.thrive.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.thrive.batch.BatchRun;
import org.thrive.batch.Caseload;
import org.thrive.batch.CaseloadSummary;
import org.thrive.rules.ThriveAdvisor;

/**
 * A synthetic caseload of N cases (default 1,000,000) grouped by {@link BatchRun} on T threads
 * (default 2) into a {@link CaseloadSummary}, as {@code thrive batch} does without writing the
 * advice. Prints the time, cases per second and the peak heap used. Run with a small heap:
 * {@code java -Xmx256m -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*"
 * org.thrive.benchmarks.MillionCaseload 1000000 2}.
 */
public final class MillionCaseload {
  private MillionCaseload() {}

  public static void main(String[] args) {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int cacheSize = args.length > 2 ? Integer.parseInt(args[2]) : ThriveAdvisor.DEFAULT_OUTCOME_CACHE_SIZE;
    ThriveAdvisor advisor = ThriveAdvisor.builder().outcomeCacheSize(cacheSize).build();
    CaseloadSummary summary = new CaseloadSummary(advisor);
    long start = System.nanoTime();
    BatchRun.Totals t = BatchRun.builder(advisor).threads(threads).build().run(Caseload.synthetic(total, 1), summary::add);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%d synthetic cases on %d threads in %.1f s (%.0f per second); %d failed; max heap %d MiB,"
        + " peak heap used %d MiB%n", t.cases(), threads, seconds, t.cases() / seconds, t.failed(),
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    System.out.print(summary.toText());
  }
}
