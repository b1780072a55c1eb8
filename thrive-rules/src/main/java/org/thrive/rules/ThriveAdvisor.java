package org.thrive.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.choice.Choices;

/**
 * Suggests a THRIVE grouping for a case and explains it. The one entry point of the library.
 *
 * <p>Rules come from a {@link RuleSource}: the default THRIVE rules (compiled when the library was
 * built), a directory of local DRL, or both; {@link #reload()} swaps in new rules safely.
 *
 * <p>Build one advisor and share it: it is thread-safe, {@link #advise} may be called from any
 * number of threads, and its rules change only through {@link #reload()}, atomically. On the
 * default rules, building compiles nothing: they are compiled to an executable model when the
 * library is built.
 *
 * <pre>{@code
 * ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
 * Advice advice = advisor.advise(thriveCase);
 * advice.suggestion();   // e.g. Optional[GETTING_HELP]
 * advice.reasons();      // why, in both wordings, with the facts behind each reason
 * advice.safeguards();   // what applies whatever is agreed
 * }</pre>
 *
 * <p>The advisor never logs case content: only rule ids, counts and timings.
 */
public final class ThriveAdvisor {
  private static final Logger LOG = LoggerFactory.getLogger(ThriveAdvisor.class);

  /** The default bound on rule firings per case; a rule set that exceeds it has a rule that never ends. */
  public static final int DEFAULT_MAX_FIRINGS = 10_000;

  /** The thrive library version, for example {@code 0.1.0}. */
  public static final String LIBRARY_VERSION = RuleSet.libraryVersion();

  /** The default bound on the time one call may spend evaluating rules. */
  public static final Duration DEFAULT_MAX_EVALUATION_TIME = Duration.ofSeconds(10);

  /**
   * Rules compiled at run time (local DRL) are evaluated on these daemon threads, so that a rule
   * whose consequence never returns (a loop in its Java code) cannot hang the caller: the caller
   * waits at most the evaluation time.
   */
  private static final ExecutorService EVALUATORS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "thrive-evaluation");
    t.setDaemon(true);
    return t;
  });

  /** The default number of cases whose advice an advisor keeps, to give again for a case with the same content. */
  public static final int DEFAULT_OUTCOME_CACHE_SIZE = 512;

  /** The default bound on varied cases evaluated when looking for what would change a suggestion. */
  public static final int DEFAULT_MAX_VARIATIONS = 1_000;

  private final RuleSource source;
  private final AtomicReference<RuleSet> ruleSet = new AtomicReference<>();
  private final Object reloading = new Object();
  private final Clock clock;
  private final int maxFirings;
  private final String libraryVersion;
  private final LocalConfiguration local;
  private final int maxVariations;
  private final Duration maxExploreTime;
  private final Duration maxEvaluationTime;
  private final ExecutorService evaluators;
  private final int outcomeCacheSize;
  private final AtomicReference<OutcomeCache> outcomes = new AtomicReference<>();
  private final boolean insertEveryFact;
  private final boolean explainAfresh;

  private RuleSet load() {
    RuleSet loaded = source.load();
    return explainAfresh ? loaded.explainingAfresh() : loaded;
  }

  private ThriveAdvisor(Builder b) {
    this.insertEveryFact = b.insertEveryFact;
    this.outcomeCacheSize = b.outcomeCacheSize;
    this.evaluators = b.evaluators == null ? EVALUATORS : b.evaluators;
    this.source = b.source;
    this.explainAfresh = b.explainAfresh;
    this.ruleSet.set(load());
    this.clock = b.clock;
    this.maxFirings = b.maxFirings;
    this.libraryVersion = LIBRARY_VERSION;
    this.local = b.local;
    this.maxVariations = b.maxVariations;
    this.maxExploreTime = b.maxExploreTime;
    this.maxEvaluationTime = b.maxEvaluationTime;
    RuleSet loaded = ruleSet.get();
    LOG.info("thrive rule set {} {} loaded: {} rules, sha256 {}", loaded.name(), loaded.version(),
        loaded.rules().size(), loaded.sha256());
  }

  /**
   * Starts building the default rules on a background thread and returns at once, so that a
   * program with other start-up work (reading its options and its input) overlaps the two. An
   * advisor built later on the default rules alone ({@link RuleSource#defaults()}) uses that
   * build, waiting for it if it has not finished; an error, if any, is reported then, as it would
   * be without the preload. Calling it is never needed: it only moves work earlier. The compiled
   * default rules are built once per class loader either way and shared by every advisor on them
   * (each advisor keeps its own sessions and caches). Local rule sets are compiled when loaded.
   */
  public static void preloadDefaultRules() {
    RuleSet.preloadDefault();
  }

  /** An advisor on the default THRIVE rules and the system clock. */
  public static ThriveAdvisor withDefaultRules() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Suggests a grouping for the case, with its explanation.
   *
   * @throws RuleEvaluationException if a rule fails or the rules do not finish within the firing bound
   */
  public Advice advise(ThriveCase thriveCase) {
    checkNotNull(thriveCase, "thriveCase");
    RuleSet rules = ruleSet.get();
    OutcomeCache cache = cacheFor(rules);
    OutcomeCache.Key key = cache == null ? null : new OutcomeCache.Key(thriveCase); // hashed once, for both
    Advice kept = cache == null ? null : cache.kept(key, clock.instant());
    if (kept != null) {
      return kept;
    }
    try {
      Advice advice = bounded(rules, maxEvaluationTime, () -> advise(rules, thriveCase));
      if (cache != null) {
        cache.keep(key, advice);
      }
      return advice;
    } catch (RuleEvaluationException e) {
      throw e.withSafeguards(SafetyNet.complete(thriveCase, List.of(), Optional.empty(), Optional.empty()));
    }
  }

  /**
   * Runs an evaluation on an evaluation thread and waits at most {@code limit}. On time-out the
   * session is halted, the thread interrupted, and the caller gets an error naming the rule that
   * was firing.
   */
  private Advice bounded(RuleSet rules, Duration limit, java.util.function.Supplier<Advice> work) {
    if (!rules.compiledAtRunTime()) {
      // The default rules are built and tested with the library: they run on the caller's thread
      // (bounded by maxFirings), which avoids a thread hand-off per call.
      return work.get();
    }
    RunningRule running = new RunningRule();
    Future<Advice> future = evaluators.submit(() -> {
      running.bind();
      try {
        return work.get();
      } finally {
        running.unbind();
      }
    });
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      KieSession session = running.session;
      if (session != null) {
        session.halt();
      }
      future.cancel(true);
      String ruleId = running.ruleName == null ? null : idOf(rules, running.packageName, running.ruleName);
      String rule = ruleId == null ? "no rule (the evaluation had not started firing)" : "rule " + ruleId;
      LOG.warn("thrive evaluation stopped after {} ms", limit.toMillis());
      throw new RuleEvaluationException("rule evaluation did not finish within " + limit.toMillis() + " ms; " + rule
          + " was firing. A consequence that never returns (for example a loop in its Java code) is the likely cause",
          ruleId);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new RuleEvaluationException("rule evaluation was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof StackOverflowError || e.getCause() instanceof OutOfMemoryError) {
        throw new RuleEvaluationException("a rule ran out of " + (e.getCause() instanceof StackOverflowError ? "stack"
            : "memory") + " while evaluating a case");
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new RuleEvaluationException("rule evaluation failed (" + e.getCause().getClass().getSimpleName() + ")");
    }
  }

  private static String idOf(RuleSet rules, String packageName, String ruleName) {
    try {
      return rules.info(packageName, ruleName).id();
    } catch (IllegalStateException e) {
      return "\"" + ruleName + "\"";
    }
  }

  /** All of one advice comes from one rule set, even if a reload swaps the rules meanwhile. */
  private Advice advise(RuleSet rules, ThriveCase thriveCase) {
    checkNotNull(thriveCase, "thriveCase");
    Instant now = clock.instant();
    AdviceAssembler.Assessment core;
    Advice withoutChoice;
    boolean noChoicesRecorded = thriveCase.choices().choices().isEmpty() && thriveCase.choices().goals().isEmpty();
    if (noChoicesRecorded) {
      core = evaluate(rules, thriveCase, now);
      withoutChoice = core.advice();
    } else {
      // one session: the case, then the same case without its choices (see Evaluation.run)
      ThriveCase noChoices = thriveCase.toBuilder().choices(Choices.none()).build();
      ImmutableList<org.thrive.rules.facts.RuleFact> facts = CaseFacts.of(thriveCase, local);
      Evaluation.Result[] both = Evaluation.run(rules, facts, CaseFacts.withoutChoices(facts), maxFirings,
          relevance(rules));
      core = AdviceAssembler.assemble(thriveCase, rules, both[0], libraryVersion, now);
      withoutChoice = AdviceAssembler.assemble(noChoices, rules, both[1], libraryVersion, now, false).advice();
    }
    Optional<org.thrive.model.advice.Safeguard> review = SafetyNet.choiceStepDown(thriveCase, core.advice().suggestion(),
        withoutChoice.suggestion(), core.advice().safeguards());
    if (review.isEmpty()) {
      review = SafetyNet.sameHelpAgain(thriveCase, local, core.advice().suggestion(), core.advice().safeguards());
    }
    if (review.isPresent()) {
      core = new AdviceAssembler.Assessment(Advice.Builder.from(core.advice()).addSafeguards(List.of(review.get())).build(),
          core.usedChoices(), core.choiceRuleIds(), core.readFacts());
    }
    if (noChoicesRecorded) {
      withoutChoice = core.advice();
    } else {
      // the case without its choices gets the same check, so a review it would need anyway is not credited to a choice
      Optional<org.thrive.model.advice.Safeguard> before = SafetyNet.sameHelpAgain(thriveCase, local,
          withoutChoice.suggestion(), withoutChoice.safeguards());
      if (before.isPresent()) {
        withoutChoice = Advice.Builder.from(withoutChoice).addSafeguards(List.of(before.get())).build();
      }
    }
    Advice advice = Discussion.enrich(core, withoutChoice, thriveCase, rules, local);
    if (LOG.isDebugEnabled()) {
      LOG.debug("advised: status={}, {} rules fired", advice.status(), advice.provenance().firedRuleIds().size());
    }
    return advice;
  }

  /**
   * Advice for a shared discussion: everything {@link #advise} gives, plus
   * {@link Advice#changes()}, what would change the suggestion, found by re-evaluating the rules on
   * systematically varied copies of the case (bounded by {@link Builder#maxVariations} and
   * {@link Builder#maxExploreTime}). Costs several hundred evaluations; use it for one case in
   * front of people, not for a caseload.
   */
  public Advice adviseForDiscussion(ThriveCase thriveCase) {
    checkNotNull(thriveCase, "thriveCase");
    RuleSet rules = ruleSet.get();
    try {
      return bounded(rules, maxEvaluationTime.plus(maxExploreTime), () -> discuss(rules, thriveCase));
    } catch (RuleEvaluationException e) {
      throw e.withSafeguards(SafetyNet.complete(thriveCase, List.of(), Optional.empty(), Optional.empty()));
    }
  }

  private Advice discuss(RuleSet rules, ThriveCase thriveCase) {
    OutcomeCache cache = cacheFor(rules);
    OutcomeCache.Key caseKey = cache == null ? null : new OutcomeCache.Key(thriveCase);
    Advice advice = cache == null ? null : cache.kept(caseKey, clock.instant());
    if (advice == null) {
      advice = advise(rules, thriveCase);
      if (cache != null) {
        cache.keep(caseKey, advice);
      }
    }
    Instant now = advice.provenance().evaluatedAt();
    java.util.function.Function<ThriveCase, Optional<org.thrive.model.grouping.Grouping>> suggest =
        varied -> AdviceAssembler.assemble(varied, rules, Evaluation.run(rules, CaseFacts.of(varied, local), null,
            maxFirings, relevance(rules))[0], libraryVersion, now, false).advice().suggestion();
    java.util.function.Function<ThriveCase, Optional<org.thrive.model.grouping.Grouping>> suggestion = cache == null
        ? suggest : varied -> {
          OutcomeCache.Key key = new OutcomeCache.Key(varied);
          Optional<org.thrive.model.grouping.Grouping> seen = cache.suggestions.getIfPresent(key);
          if (seen == null) {
            seen = suggest.apply(varied);
            cache.suggestions.put(key, seen);
          }
          return seen;
        };
    ChangesToDiscuss changes = ChangeExplorer.explore(thriveCase, local.choiceStage(thriveCase.age()), advice.suggestion(),
        suggestion::apply, maxVariations, maxExploreTime, System::nanoTime);
    if (!changes.complete()) {
      LOG.warn("search for changes to discuss stopped at its bound after {} evaluations", changes.evaluated());
    }
    return Advice.Builder.from(advice).changes(changes).build();
  }

  /** The outcome cache of this rule set (a new one, empty, after a reload), or null when caching is off. */
  private OutcomeCache cacheFor(RuleSet rules) {
    if (outcomeCacheSize == 0) {
      return null;
    }
    OutcomeCache c = outcomes.get();
    while (c == null || c.rules != rules) {
      OutcomeCache fresh = new OutcomeCache(rules, outcomeCacheSize);
      if (outcomes.compareAndSet(c, fresh)) {
        return fresh;
      }
      c = outcomes.get();
    }
    return c;
  }

  /**
   * Advice already made by one rule set, keyed on the case content (everything but the case id):
   * the suggestion and explanation are a function of the case content, the rule set and the
   * advisor's local configuration, so advice for a case with the same content is the same advice
   * with another case id and time ({@link Advice#forCase}). Exact by construction, emptied with the
   * rule set on reload, and bounded in size; {@code OutcomeCacheTest} proves cached advice equal to
   * fresh advice.
   */
  private static final class OutcomeCache {
    final RuleSet rules;
    final com.google.common.cache.Cache<Key, Advice> advice;
    final com.google.common.cache.Cache<Key, Optional<org.thrive.model.grouping.Grouping>> suggestions;

    OutcomeCache(RuleSet rules, int size) {
      this.rules = rules;
      this.advice = com.google.common.cache.CacheBuilder.newBuilder().maximumSize(size).build();
      this.suggestions = com.google.common.cache.CacheBuilder.newBuilder().maximumSize(size * 16L).build();
    }

    /** The advice kept for a case with this content, for this case at this time; null if none is kept. */
    Advice kept(Key key, Instant now) {
      Advice seen = advice.getIfPresent(key);
      return seen == null ? null : seen.forCase(key.c.caseId(), now);
    }

    void keep(Key key, Advice a) {
      advice.put(key, a);
    }

    static final class Key {
      private final ThriveCase c;
      private final int hash;

      Key(ThriveCase c) {
        this.c = c;
        this.hash = c.contentHashCode();
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof Key k && k.hash == hash && k.c.sameContentAs(c);
      }

      @Override
      public int hashCode() {
        return hash;
      }
    }
  }

  private AdviceAssembler.Assessment evaluate(RuleSet rules, ThriveCase c, Instant now) {
    Evaluation.Result result = Evaluation.run(rules, CaseFacts.of(c, local), null, maxFirings, relevance(rules))[0];
    return AdviceAssembler.assemble(c, rules, result, libraryVersion, now);
  }

  /** Which facts are inserted: those some rule can match, or every fact where the builder said so (tests compare the two). */
  private FactRelevance relevance(RuleSet rules) {
    return insertEveryFact ? FactRelevance.ALL : rules.relevance();
  }

  /** The local configuration in use (option grid, review periods). */
  public LocalConfiguration localConfiguration() {
    return local;
  }

  /**
   * Reloads the rules from the advisor's {@link RuleSource}: compiles them off to the side and, only
   * if they are clean, swaps them in atomically. A failed reload keeps the previous rules serving
   * and says why. Advice made during a reload comes wholly from the old or wholly from the new rule
   * set; its provenance says which. Reloads are serialised; advising never waits for one.
   */
  public ReloadResult reload() {
    synchronized (reloading) {
      RuleSet old = ruleSet.get();
      try {
        RuleSet fresh = load();
        ruleSet.set(fresh);
        LOG.info("thrive rules reloaded: {} rules, sha256 {} (was {})", fresh.rules().size(), fresh.sha256(), old.sha256());
        return new ReloadResult(true, fresh.sha256(), ImmutableList.of());
      } catch (RuleSetException e) {
        LOG.warn("thrive rules reload failed with {} problem(s); still serving sha256 {}", e.problems().size(), old.sha256());
        return new ReloadResult(false, old.sha256(), e.problems());
      } catch (RuntimeException e) {
        // For example a file removed while it was being read: the old rules keep serving.
        LOG.warn("thrive rules reload failed ({}); still serving sha256 {}", e.getClass().getSimpleName(), old.sha256());
        return new ReloadResult(false, old.sha256(), ImmutableList.of(new RuleProblem(source.toString(), 0,
            Optional.empty(), "the rules could not be read (" + e.getClass().getSimpleName() + "); try the reload again")));
      }
    }
  }

  /**
   * Watches the advisor's rule directory and reloads when a file changes, after {@code quietPeriod}
   * without further changes. Close the watcher to stop.
   *
   * @throws IllegalStateException if the advisor runs on the default rules only (there is no directory)
   */
  public RuleDirectoryWatcher watch(Duration quietPeriod, java.util.function.Consumer<ReloadResult> onReload) {
    Path dir = source.directory().orElseThrow(() -> new IllegalStateException(
        "the advisor runs on the default rules only; there is no rule directory to watch"));
    return RuleDirectoryWatcher.start(dir, quietPeriod, () -> onReload.accept(reload()));
  }

  /** The rule set serving now (for tests in this package). */
  RuleSet loadedRules() {
    return ruleSet.get();
  }

  /** Where the rules come from. */
  public RuleSource ruleSource() {
    return source;
  }

  /** The loaded rules with their metadata, sorted by id. */
  public ImmutableList<RuleInfo> rules() {
    return ruleSet.get().rules();
  }

  /** The name of the loaded rule set. */
  public String ruleSetName() {
    return ruleSet.get().name();
  }

  /** The version of the loaded rule set. */
  public String ruleSetVersion() {
    return ruleSet.get().version();
  }

  /** The SHA-256 of the loaded rule set's DRL content, in hex. */
  public String ruleSetSha256() {
    return ruleSet.get().sha256();
  }

  /** The thrive library version. */
  public String libraryVersion() {
    return libraryVersion;
  }

  /** Builds a {@link ThriveAdvisor}. Each option may be set once; not thread-safe. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int maxFirings = DEFAULT_MAX_FIRINGS;
    private LocalConfiguration local = LocalConfiguration.defaults();
    private RuleSource source = RuleSource.defaults();
    private int maxVariations = DEFAULT_MAX_VARIATIONS;
    private Duration maxExploreTime = Duration.ofSeconds(5);
    private Duration maxEvaluationTime = DEFAULT_MAX_EVALUATION_TIME;
    private ExecutorService evaluators;
    private int outcomeCacheSize = DEFAULT_OUTCOME_CACHE_SIZE;
    private boolean insertEveryFact;
    private boolean explainAfresh;
    /** The options set so far: each may be set once. */
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder() {}

    /**
     * The executor that evaluates rules compiled at run time (local DRL), so that the caller can
     * stop waiting at {@link #maxEvaluationTime}. The default is a cached pool of daemon threads.
     * On a time-out the session is halted and the thread interrupted; Java cannot stop a thread
     * that ignores both, so a trusted consequence that spins keeps its thread busy. Restricted mode
     * (the default for local rules) rejects loops, so its consequences cannot spin.
     */
    public Builder evaluationExecutor(ExecutorService executor) {
      checkNotNull(executor, "evaluationExecutor: must not be null");
      checkState(this.evaluators == null, "evaluationExecutor was already set");
      this.evaluators = executor;
      return this;
    }

    /** The clock that stamps each advice's evaluation time (inject a fixed clock in tests). */
    public Builder clock(Clock clock) {
      checkNotNull(clock, "clock: must not be null");
      checkState(set.add("clock"), "clock was already set");
      this.clock = clock;
      return this;
    }

    /** The most rule firings one case may take before evaluation stops with an error. */
    public Builder maxFirings(int maxFirings) {
      checkArgument(maxFirings > 0, "maxFirings must be positive, was %s", maxFirings);
      checkState(set.add("maxFirings"), "maxFirings was already set");
      this.maxFirings = maxFirings;
      return this;
    }

    /** Where the rules come from; the default THRIVE rules unless set. */
    public Builder rules(RuleSource source) {
      checkNotNull(source, "rules: must not be null");
      checkState(set.add("rules"), "rules was already set");
      this.source = source;
      return this;
    }

    /** The area's local configuration: option grid content and review periods. */
    public Builder localConfiguration(LocalConfiguration local) {
      checkNotNull(local, "localConfiguration: must not be null");
      checkState(set.add("localConfiguration"), "localConfiguration was already set");
      this.local = local;
      return this;
    }

    /**
     * The longest one call may spend evaluating local rules (compiled at run time) before it stops
     * with a {@link RuleEvaluationException} (a consequence that never returns); default 10 s. The
     * default rules run on the caller's thread, bounded by {@link #maxFirings}.
     */
    public Builder maxEvaluationTime(Duration maxEvaluationTime) {
      checkNotNull(maxEvaluationTime, "maxEvaluationTime: must not be null");
      checkArgument(!maxEvaluationTime.isNegative() && !maxEvaluationTime.isZero(), "maxEvaluationTime must be positive, was %s",
          maxEvaluationTime);
      checkState(set.add("maxEvaluationTime"), "maxEvaluationTime was already set");
      this.maxEvaluationTime = maxEvaluationTime;
      return this;
    }

    /**
     * How many cases' advice the advisor keeps (default {@value ThriveAdvisor#DEFAULT_OUTCOME_CACHE_SIZE};
     * 0 keeps none). Advice for a case whose content (everything but the case id) equals one kept is
     * that advice again, with the new case id and time: the same suggestion and explanation a fresh
     * evaluation gives, without evaluating. The suggestions of the varied cases that
     * {@link ThriveAdvisor#adviseForDiscussion} explores are kept the same way (up to 16 times as
     * many). Everything kept belongs to one rule set and is dropped when a reload swaps the rules.
     * A kept advice holds no more than the advice itself, most of whose text is shared with the rule
     * set: 512 kept advices of distinct cases took about 2 MB of heap when measured.
     */
    public Builder outcomeCacheSize(int size) {
      checkArgument(size >= 0, "outcomeCacheSize must not be negative, was %s", size);
      checkState(set.add("outcomeCacheSize"), "outcomeCacheSize was already set");
      this.outcomeCacheSize = size;
      return this;
    }

    /**
     * Inserts every fact of a case into working memory, not only those some rule can match
     * ({@link FactRelevance}): the same advice, more slowly. For the tests that prove it the same.
     */
    Builder insertEveryFact() {
      this.insertEveryFact = true;
      return this;
    }

    /**
     * Makes every part of an explanation afresh, keeping none per rule set: the same advice, more
     * slowly. For the tests that prove what is kept the same as what is made afresh.
     */
    Builder explainAfresh() {
      this.explainAfresh = true;
      return this;
    }

    /** The most varied cases {@link ThriveAdvisor#adviseForDiscussion} evaluates. */
    public Builder maxVariations(int maxVariations) {
      checkArgument(maxVariations >= 0, "maxVariations must not be negative, was %s", maxVariations);
      checkState(set.add("maxVariations"), "maxVariations was already set");
      this.maxVariations = maxVariations;
      return this;
    }

    /** The longest {@link ThriveAdvisor#adviseForDiscussion} searches; a safety valve, the count bound is the rule. */
    public Builder maxExploreTime(Duration maxExploreTime) {
      checkNotNull(maxExploreTime, "maxExploreTime: must not be null");
      checkArgument(!maxExploreTime.isNegative(), "maxExploreTime must not be negative, was %s", maxExploreTime);
      checkState(set.add("maxExploreTime"), "maxExploreTime was already set");
      this.maxExploreTime = maxExploreTime;
      return this;
    }

    /**
     * Builds the advisor, loading the default rule set.
     *
     * @throws RuleSetException if the rule set is missing, empty or lacks required metadata
     */
    public ThriveAdvisor build() {
      return new ThriveAdvisor(this);
    }
  }
}
