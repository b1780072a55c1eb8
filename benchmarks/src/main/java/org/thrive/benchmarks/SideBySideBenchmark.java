package org.thrive.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.AdvisorEvaluationOnly;
import org.thrive.rules.HandWrittenCore;
import org.thrive.rules.PlainDroolsBaseline;
import org.thrive.rules.ThriveAdvisor;
import org.thrive.rules.facts.RuleFact;

/**
 * The advisor side by side with the plain Drools integration a team would write first (the same
 * DRL, classic compiler, a new session per call, the same facts, fired rule names collected), in
 * one JVM, and the limit (the core of the rules written by hand in Java, checked to give the
 * advisor's needs-only grouping on every case), on the twelve vignette cases cycled and on
 * distinct synthetic cases; and the floor under the advisor, its own Drools work on a case with
 * nothing else ({@link AdvisorEvaluationOnly}). Run from the project root:
 * {@code java -jar benchmarks/target/benchmarks.jar SideBySide -prof gc}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SideBySideBenchmark {
  @Param({"cases"})
  public String cases;

  /**
   * The cases: {@code vignettes}, the twelve in {@link #cases} cycled (each is seen again and
   * again, so the advisor's outcome cache answers after the first call); or {@code distinct},
   * 20,000 different synthetic cases cycled, more than the cache keeps, so every call evaluates.
   */
  @Param({"vignettes", "distinct"})
  public String workload;

  /** The advisor's outcome cache size ({@link ThriveAdvisor.Builder#outcomeCacheSize}); 0 is off. */
  @Param({"512", "0"})
  public int outcomeCache;

  private ThriveAdvisor advisor;
  private PlainDroolsBaseline plain;
  private List<ThriveCase> all;
  private List<List<RuleFact>> facts;
  private AdvisorEvaluationOnly floor;
  private List<AdvisorEvaluationOnly.Prepared> prepared;

  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    advisor = ThriveAdvisor.builder().outcomeCacheSize(outcomeCache).build();
    plain = new PlainDroolsBaseline();
    if (workload.equals("distinct")) {
      org.thrive.batch.SyntheticCaseload synthetic = org.thrive.batch.SyntheticCaseload.seeded(1);
      all = java.util.stream.LongStream.range(0, 20_000).mapToObj(synthetic::get).toList();
    } else {
      all = AdvisorBenchmark.read(Path.of(cases));
    }
    facts = all.stream().map(plain::facts).toList();
    floor = new AdvisorEvaluationOnly(advisor);
    prepared = all.stream().map(floor::prepare).toList();
    // the limit is measured only if it gives the advisor's answer on every case and the completeness set
    ThriveAdvisor checking = ThriveAdvisor.builder().outcomeCacheSize(0).build();
    HandWrittenCore.checkAgainst(checking, all);
    HandWrittenCore.checkAgainst(checking, HandWrittenCore.completenessCases());
  }

  private int next(Cursor c) {
    int i = c.next;
    c.next = (i + 1) % all.size();
    return i;
  }

  @Benchmark
  @Threads(1)
  public Advice advise1Thread(Cursor c) {
    return advisor.advise(all.get(next(c)));
  }

  @Benchmark
  @Threads(2)
  public Advice advise2Threads(Cursor c) {
    return advisor.advise(all.get(next(c)));
  }

  /** The plain integration is given the facts ready-made: it is charged only for Drools. */
  @Benchmark
  @Threads(1)
  public List<String> plainDrools1Thread(Cursor c) {
    return plain.evaluate(facts.get(next(c)));
  }

  @Benchmark
  @Threads(2)
  public List<String> plainDrools2Threads(Cursor c) {
    return plain.evaluate(facts.get(next(c)));
  }

  /** The limit: what the needs alone suggest, written by hand in Java, from the case (no engine, no explanation). */
  @Benchmark
  @Threads(1)
  public Optional<Grouping> handWrittenCore1Thread(Cursor c) {
    return HandWrittenCore.needsOnly(all.get(next(c)));
  }

  @Benchmark
  @Threads(2)
  public Optional<Grouping> handWrittenCore2Threads(Cursor c) {
    return HandWrittenCore.needsOnly(all.get(next(c)));
  }

  /**
   * The floor: the advisor's own Drools work on a case (both evaluations, as {@code advise()} makes
   * them) with the facts ready-made, and nothing else; {@code advise()} cannot be faster than this.
   */
  @Benchmark
  @Threads(1)
  public int advisorDroolsOnly1Thread(Cursor c) {
    return floor.evaluate(prepared.get(next(c)));
  }

  @Benchmark
  @Threads(2)
  public int advisorDroolsOnly2Threads(Cursor c) {
    return floor.evaluate(prepared.get(next(c)));
  }
}
