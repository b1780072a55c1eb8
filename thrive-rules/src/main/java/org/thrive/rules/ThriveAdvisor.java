package org.thrive.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;

/**
 * Suggests a THRIVE grouping for a case and explains it. The one entry point of the library.
 *
 * <p>Build one advisor and share it: it is immutable after construction and thread-safe, and
 * {@link #advise} may be called from any number of threads. Building compiles nothing: the
 * default rules are compiled to an executable model when the library is built.
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

  private final RuleSet ruleSet;
  private final Clock clock;
  private final int maxFirings;
  private final String libraryVersion;

  private ThriveAdvisor(Builder b) {
    this.ruleSet = RuleSet.loadDefault();
    this.clock = b.clock;
    this.maxFirings = b.maxFirings;
    this.libraryVersion = LIBRARY_VERSION;
    LOG.info("thrive rule set {} {} loaded: {} rules, sha256 {}", ruleSet.name(), ruleSet.version(),
        ruleSet.rules().size(), ruleSet.sha256());
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
    RuleSet rules = ruleSet;
    Evaluation.Result result = Evaluation.run(rules, CaseFacts.of(thriveCase), maxFirings);
    Advice advice = AdviceAssembler.assemble(thriveCase, rules, result, libraryVersion, clock.instant());
    if (LOG.isDebugEnabled()) {
      LOG.debug("advised: status={} rules={}", advice.status(), advice.provenance().firedRuleIds());
    }
    return advice;
  }

  /** The loaded rules with their metadata, sorted by id. */
  public ImmutableList<RuleInfo> rules() {
    return ruleSet.rules();
  }

  /** The name of the loaded rule set. */
  public String ruleSetName() {
    return ruleSet.name();
  }

  /** The version of the loaded rule set. */
  public String ruleSetVersion() {
    return ruleSet.version();
  }

  /** The SHA-256 of the loaded rule set's DRL content, in hex. */
  public String ruleSetSha256() {
    return ruleSet.sha256();
  }

  /** The thrive library version. */
  public String libraryVersion() {
    return libraryVersion;
  }

  /** Builds a {@link ThriveAdvisor}. Each option may be set once; not thread-safe. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int maxFirings = DEFAULT_MAX_FIRINGS;

    private Builder() {}

    /** The clock that stamps each advice's evaluation time (inject a fixed clock in tests). */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /** The most rule firings one case may take before evaluation stops with an error. */
    public Builder maxFirings(int maxFirings) {
      checkArgument(maxFirings > 0, "maxFirings must be positive, was %s", maxFirings);
      this.maxFirings = maxFirings;
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
