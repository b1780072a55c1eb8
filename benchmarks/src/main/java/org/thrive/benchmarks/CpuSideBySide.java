package org.thrive.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.thrive.batch.SyntheticCaseload;
import org.thrive.model.ThriveCase;
import org.thrive.rules.AdvisorEvaluationOnly;
import org.thrive.rules.HandWrittenCore;
import org.thrive.rules.PlainDroolsBaseline;
import org.thrive.rules.facts.RuleFact;
import org.thrive.rules.ThriveAdvisor;

/**
 * The side-by-side comparison per thread-CPU-second, which holds up on a shared machine where
 * wall-clock throughput does not: each variant runs on this thread for a while, in interleaved
 * rounds, and is charged only the CPU time this thread used ({@link ThreadMXBean}); the best round
 * of each is reported. GC and JIT threads are not charged to anyone. Usage:
 * {@code CpuSideBySide [CASES_DIR] [SECONDS_PER_ROUND] [ROUNDS]}.
 */
public final class CpuSideBySide {
  private CpuSideBySide() {}

  public static void main(String[] args) throws Exception {
    List<ThriveCase> vignettes = AdvisorBenchmark.read(Path.of(args.length > 0 ? args[0] : "cases"));
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    SyntheticCaseload synthetic = SyntheticCaseload.seeded(1);
    List<ThriveCase> distinct = LongStream.range(0, 20_000).mapToObj(synthetic::get).toList();
    ThriveAdvisor cached = ThriveAdvisor.builder().build();
    ThriveAdvisor uncached = ThriveAdvisor.builder().outcomeCacheSize(0).build();
    PlainDroolsBaseline plain = new PlainDroolsBaseline();
    List<List<RuleFact>> vignetteFacts = vignettes.stream().map(plain::facts).toList();
    List<List<RuleFact>> distinctFacts = distinct.stream().map(plain::facts).toList();
    AdvisorEvaluationOnly floor = new AdvisorEvaluationOnly(uncached);
    List<AdvisorEvaluationOnly.Prepared> distinctPrepared = distinct.stream().map(floor::prepare).toList();

    // the limit is measured only if it gives the advisor's answer, on these cases and the completeness set
    HandWrittenCore.checkAgainst(uncached, distinct);
    HandWrittenCore.checkAgainst(uncached, HandWrittenCore.completenessCases());

    String[] names = {"advise, cache on, vignettes", "advise, cache off, vignettes", "plain Drools, vignettes",
        "advise, cache on, distinct", "advise, cache off, distinct", "plain Drools, distinct",
        "hand-written core, distinct", "advisor's Drools only, distinct", "advisor's first evaluation only"};
    List<Consumer<Integer>> work = List.of(
        i -> cached.advise(vignettes.get(i % vignettes.size())),
        i -> uncached.advise(vignettes.get(i % vignettes.size())),
        i -> plain.evaluate(vignetteFacts.get(i % vignetteFacts.size())),
        i -> cached.advise(distinct.get(i % distinct.size())),
        i -> uncached.advise(distinct.get(i % distinct.size())),
        i -> plain.evaluate(distinctFacts.get(i % distinctFacts.size())),
        i -> HandWrittenCore.needsOnly(distinct.get(i % distinct.size())),
        i -> floor.evaluate(distinctPrepared.get(i % distinctPrepared.size())),
        i -> floor.evaluateFirst(distinctPrepared.get(i % distinctPrepared.size())));
    double[] best = new double[work.size()];
    // the ratio of advise (cache off) to the plain integration within each round, measured back to
    // back, is less moved by the machine's drift than the ratio of the best rounds
    List<Double> distinctRatios = new java.util.ArrayList<>();
    List<Double> vignetteRatios = new java.util.ArrayList<>();
    List<Double> floorRatios = new java.util.ArrayList<>();
    List<Double> firstRatios = new java.util.ArrayList<>();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = -1; r < rounds; r++) { // round -1 warms up
      double[] round = new double[work.size()];
      for (int w = 0; w < work.size(); w++) {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int n = 0;
        while (System.nanoTime() < end) {
          work.get(w).accept(n++);
        }
        round[w] = n / ((mx.getCurrentThreadCpuTime() - cpu0) / 1e9);
        if (r >= 0) {
          best[w] = Math.max(best[w], round[w]);
        }
      }
      if (r >= 0) {
        vignetteRatios.add(round[1] / round[2]);
        distinctRatios.add(round[4] / round[5]);
        floorRatios.add(round[7] / round[5]);
        firstRatios.add(round[8] / round[5]);
      }
    }
    for (int w = 0; w < work.size(); w++) {
      System.out.printf("%-32s %,12.0f per CPU-second%n", names[w], best[w]);
    }
    System.out.printf("ratio advise / plain Drools (best rounds): vignettes cache on %.2fx, cache off %.2fx; distinct cache on"
        + " %.2fx, cache off %.2fx%n", best[0] / best[2], best[1] / best[2], best[3] / best[5], best[4] / best[5]);
    System.out.printf("ratio advise, cache off / plain Drools, median of the rounds: vignettes %.2fx, distinct %.2fx%n",
        median(vignetteRatios), median(distinctRatios));
    System.out.printf("hand-written core / advise, cache off, distinct: %.0fx%n", best[6] / best[4]);
    System.out.printf("the floor: the advisor's Drools work alone / plain Drools, distinct, median of the rounds: both"
        + " evaluations %.2fx, the first alone %.2fx; advise, cache off / its Drools work alone %.2fx%n",
        median(floorRatios), median(firstRatios), best[4] / best[7]);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
