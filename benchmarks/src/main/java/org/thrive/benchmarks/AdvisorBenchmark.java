package org.thrive.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;
import org.thrive.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;

/**
 * The advisor's costs: explained suggestions per second on one and two threads sharing one
 * advisor, advice for discussion (with what would change it), reloading local rules, and the cold
 * path from building an advisor to the first suggestion in a fresh JVM. The cases are the twelve
 * vignettes in {@code cases}; run from the project root.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class AdvisorBenchmark {
  @Param({"cases"})
  public String cases;

  @Param({"local-rules/merton"})
  public String localRules;

  /**
   * The advisor's outcome cache size; 0 is off. With it on, the twelve vignettes cycled are answered
   * from the cache after the first call, and so are the varied cases a repeated discussion explores;
   * with it off every call evaluates.
   */
  @Param({"512", "0"})
  public int outcomeCache;

  private ThriveAdvisor advisor;
  private ThriveAdvisor localAdvisor;
  private List<ThriveCase> all;

  /** Per-thread position in the case list. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    advisor = ThriveAdvisor.builder().outcomeCacheSize(outcomeCache).build();
    localAdvisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(Path.of(localRules))).build();
    all = read(Path.of(cases));
  }

  static List<ThriveCase> read(Path dir) throws IOException {
    List<ThriveCase> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(new CaseReader().read(p));
      }
    }
    return out;
  }

  private ThriveCase next(Cursor c) {
    ThriveCase t = all.get(c.next);
    c.next = (c.next + 1) % all.size();
    return t;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(1)
  public Advice advise1Thread(Cursor c) {
    return advisor.advise(next(c));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Advice advise2Threads(Cursor c) {
    return advisor.advise(next(c));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Advice adviseForDiscussion(Cursor c) {
    return advisor.adviseForDiscussion(next(c));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Measurement(iterations = 5, time = 5)
  public Object reloadLocalRules() {
    return localAdvisor.reload();
  }

  /** Building the advisor and the first suggestion, once per fresh JVM (JVM start itself excluded). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public void coldFirstSuggestion(Blackhole bh) throws IOException {
    ThriveAdvisor fresh = ThriveAdvisor.withDefaultRules();
    bh.consume(fresh.advise(new CaseReader().read(Path.of(cases, "P12-getting-advice-choice.json"))));
  }
}
