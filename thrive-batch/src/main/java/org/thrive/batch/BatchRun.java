package org.thrive.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.thrive.model.advice.Advice;
import org.thrive.model.ThriveCase;
import org.thrive.rules.RuleEvaluationException;
import org.thrive.rules.ThriveAdvisor;

/**
 * Groups a caseload: every entry is advised on a pool of threads and handed to the sink <b>in
 * caseload order</b>, on the calling thread, so the sink needs no locking and the output is the
 * same whatever the number of threads. At most a bounded number of cases are in flight, so memory
 * does not grow with the caseload.
 *
 * <p><b>A case is never dropped</b>: an entry that could not be read, or on which the rules
 * failed, reaches the sink as a {@link Result} with its error, and the run goes on. With a second
 * advisor ({@link Builder#compareWith}), each case is advised by both, for comparing rule sets.
 *
 * <pre>{@code
 * try (Stream<Caseload.Entry> cases = Caseload.ndjson(path)) {
 *   CaseloadSummary summary = new CaseloadSummary(advisor);
 *   BatchRun.builder(advisor).threads(2).build().run(cases, summary::add);
 * }
 * }</pre>
 */
public final class BatchRun {
  private final ThriveAdvisor advisor;
  private final Optional<ThriveAdvisor> compared;
  private final int threads;
  private final int window;

  private BatchRun(Builder b) {
    this.advisor = b.advisor;
    this.compared = Optional.ofNullable(b.compared);
    this.threads = b.threads;
    this.window = b.threads * 256;
  }

  public static Builder builder(ThriveAdvisor advisor) {
    return new Builder(advisor);
  }

  /**
   * One entry of the caseload, advised: the advice (and the compared advice), or the error. The
   * error names the line or file and what is wrong, never case content.
   */
  public record Result(Caseload.Entry entry, Optional<Advice> advice, Optional<Advice> compared,
      Optional<String> error) {
    public Result {
      checkNotNull(entry, "entry");
      checkArgument(advice.isPresent() != error.isPresent(), "a result holds advice or an error");
    }

    /** Whether the case was advised. */
    public boolean ok() {
      return advice.isPresent();
    }

    /** Names the type only: values are case content and must never reach a log. */
    @Override
    public String toString() {
      return "Result[" + entry.number() + "]";
    }
  }

  /** Totals of a run. */
  public record Totals(long cases, long advised, long failed) {}

  /**
   * Advises every entry and passes each result to {@code sink}, in order, on this thread. Returns
   * when every entry has reached the sink.
   */
  public Totals run(Stream<Caseload.Entry> entries, Consumer<Result> sink) {
    checkNotNull(entries, "entries");
    checkNotNull(sink, "sink");
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "thrive-batch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    long cases = 0;
    long advised = 0;
    try {
      ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>(window);
      Iterator<Caseload.Entry> it = entries.iterator();
      while (it.hasNext()) {
        Caseload.Entry e = it.next();
        inFlight.add(pool.submit(() -> advise(e)));
        if (inFlight.size() >= window) {
          Result r = take(inFlight.poll());
          cases++;
          advised += r.ok() ? 1 : 0;
          sink.accept(r);
        }
      }
      while (!inFlight.isEmpty()) {
        Result r = take(inFlight.poll());
        cases++;
        advised += r.ok() ? 1 : 0;
        sink.accept(r);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Totals(cases, advised, cases - advised);
  }

  private Result advise(Caseload.Entry e) {
    if (e.thriveCase().isEmpty()) {
      return new Result(e, Optional.empty(), Optional.empty(), e.error());
    }
    ThriveCase c = e.thriveCase().get();
    try {
      Advice a = advisor.advise(c);
      Optional<Advice> b = compared.map(other -> other.advise(c));
      return new Result(e, Optional.of(a), b, Optional.empty());
    } catch (RuleEvaluationException ex) {
      // its message names the rule and the problem, never case content
      return new Result(e, Optional.empty(), Optional.empty(), Optional.of("the rules failed: " + ex.getMessage()));
    } catch (RuntimeException ex) {
      return new Result(e, Optional.empty(), Optional.empty(),
          Optional.of("the rules failed (" + ex.getClass().getSimpleName() + ")"));
    }
  }

  private static Result take(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the batch was interrupted", e);
    } catch (ExecutionException e) {
      // advise() catches what the rules throw; an Error (out of memory) ends the run
      throw new IllegalStateException("the batch failed", e.getCause());
    }
  }

  public static final class Builder {
    private final ThriveAdvisor advisor;
    private ThriveAdvisor compared;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder(ThriveAdvisor advisor) {
      this.advisor = checkNotNull(advisor, "advisor");
    }

    /** Worker threads (default: one per processor). */
    public Builder threads(int threads) {
      checkArgument(threads >= 1 && threads <= 256, "threads must be 1 to 256");
      this.threads = threads;
      return this;
    }

    /** Also advise each case with another advisor (another rule set), for {@link RuleSetComparison}. */
    public Builder compareWith(ThriveAdvisor other) {
      this.compared = checkNotNull(other, "other");
      return this;
    }

    public BatchRun build() {
      return new BatchRun(this);
    }
  }
}
