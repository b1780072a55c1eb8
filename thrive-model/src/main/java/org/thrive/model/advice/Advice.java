package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.grouping.Input;

/**
 * An explained suggestion for one case: the grouping to discuss and the input it implies, the
 * reasons with the case facts behind them, the safeguards that apply whatever is agreed, every
 * risk signal in the case, and where the advice came from.
 *
 * <p>Advice is a suggestion for the young person, family and professionals to discuss through
 * shared decision making. It is never a decision: {@link #NOTICE} says so and every rendering
 * shows it.
 *
 * <p>Immutable and thread-safe. Holds case content (goal wording, strengths) in its facts: show it
 * to the people deciding, do not log it.
 */
public final class Advice {
  /** Shown with every suggestion. */
  public static final String NOTICE =
      "This is a suggestion to discuss with the young person and their family. It is not a decision.";

  private final String caseId;
  private final AdviceStatus status;
  private final Optional<Grouping> suggestion;
  private final Optional<Grouping> needsOnly;
  private final ImmutableList<Reason> reasons;
  private final ImmutableList<Safeguard> safeguards;
  private final ImmutableList<CaseFact> riskSignals;
  private final ImmutableList<CaseFact> notKnown;
  private final boolean neurodevelopmentalAssessment;
  private final ImmutableList<MissingInformation> missing;
  private final Optional<Resolution> resolution;
  private final Provenance provenance;
  private final Optional<ChoiceEffect> choiceEffect;
  private final ImmutableList<WhyNot> whyNot;
  private final ImmutableList<OptionToDiscuss> options;
  private final Optional<Endings> endings;
  private final Optional<ChangesToDiscuss> changes;

  private Advice(Builder b) {
    this.caseId = b.caseId;
    this.status = b.status;
    this.suggestion = Optional.ofNullable(b.suggestion);
    this.needsOnly = Optional.ofNullable(b.needsOnly);
    this.reasons = b.reasons.build();
    this.safeguards = b.safeguards.build();
    this.riskSignals = b.riskSignals.build();
    this.notKnown = b.notKnown.build();
    this.neurodevelopmentalAssessment = b.neurodevelopmentalAssessment != null && b.neurodevelopmentalAssessment;
    this.missing = b.missing.build();
    this.resolution = Optional.ofNullable(b.resolution);
    this.provenance = b.provenance;
    this.choiceEffect = Optional.ofNullable(b.choiceEffect);
    this.whyNot = b.whyNot.build();
    this.options = b.options.build();
    this.endings = Optional.ofNullable(b.endings);
    this.changes = Optional.ofNullable(b.changes);
    checkState((status == AdviceStatus.SUGGESTION) == suggestion.isPresent(),
        "Advice.Builder.suggestion: must be set exactly when the status is SUGGESTION");
    checkState(status == AdviceStatus.SUGGESTION || !missing.isEmpty(),
        "Advice.Builder.missing: advice that cannot suggest a grouping must say what is missing");
  }

  private Advice(Advice a, String caseId, Provenance provenance) {
    this.caseId = caseId;
    this.status = a.status;
    this.suggestion = a.suggestion;
    this.needsOnly = a.needsOnly;
    this.reasons = a.reasons;
    this.safeguards = a.safeguards;
    this.riskSignals = a.riskSignals;
    this.notKnown = a.notKnown;
    this.neurodevelopmentalAssessment = a.neurodevelopmentalAssessment;
    this.missing = a.missing;
    this.resolution = a.resolution;
    this.provenance = provenance;
    this.choiceEffect = a.choiceEffect;
    this.whyNot = a.whyNot;
    this.options = a.options;
    this.endings = a.endings;
    this.changes = a.changes;
  }

  /**
   * This advice for another case id, made at another time: everything else is shared (the advice
   * is immutable). For an advisor that reuses the explanation of a case with the same content.
   */
  public Advice forCase(String caseId, Instant evaluatedAt) {
    checkArgument(caseId != null && !caseId.isBlank(), "Advice.forCase: caseId must not be blank");
    Provenance p = provenance;
    return new Advice(this, caseId, new Provenance(p.ruleSetName(), p.ruleSetVersion(), p.ruleSetSha256(),
        p.firedRuleIds(), p.libraryVersion(), checkNotNull(evaluatedAt, "evaluatedAt"), p.ruleCode()));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The case this advice is for. */
  public String caseId() {
    return caseId;
  }

  public AdviceStatus status() {
    return status;
  }

  /** The suggested grouping; empty when the case lacks the information to suggest one. */
  public Optional<Grouping> suggestion() {
    return suggestion;
  }

  /** The input the suggested grouping implies (treatment or risk support, advice or prevention). */
  public Optional<Input> input() {
    return suggestion.map(Grouping::input);
  }

  /** What the needs alone suggest, before review, choice and risk history are considered. */
  public Optional<Grouping> needsOnly() {
    return needsOnly;
  }

  /** The rules that applied, needs first, each with its facts. */
  public ImmutableList<Reason> reasons() {
    return reasons;
  }

  /** Safeguards that apply whatever grouping is agreed. */
  public ImmutableList<Safeguard> safeguards() {
    return safeguards;
  }

  /** Whether a safeguard of this kind applies. */
  public boolean hasSafeguard(SafeguardKind kind) {
    return safeguards.stream().anyMatch(s -> s.kind() == kind);
  }

  /** Every risk signal in the case, read from the input, whatever the rules said. */
  public ImmutableList<CaseFact> riskSignals() {
    return riskSignals;
  }

  /**
   * Every field of the case recorded as Not known (ratings, complexity factors, risk, engagement,
   * the history of help), read from the input at every grouping, whatever the rules said: what to
   * ask about. Unknown is never treated as none.
   */
  public ImmutableList<CaseFact> notKnown() {
    return notKnown;
  }

  /** Whether a neurodevelopmental assessment should be considered alongside any grouping. */
  public boolean neurodevelopmentalAssessment() {
    return neurodevelopmentalAssessment;
  }

  /** What the case lacks; never empty when no grouping is suggested. */
  public ImmutableList<MissingInformation> missing() {
    return missing;
  }

  /** How rules that disagreed were settled, if they did. */
  public Optional<Resolution> resolution() {
    return resolution;
  }

  public Provenance provenance() {
    return provenance;
  }

  /** Needs versus choice: what the needs alone suggest and what the choice changed. */
  public Optional<ChoiceEffect> choiceEffect() {
    return choiceEffect;
  }

  /** For each grouping not suggested, the conditions it would need that this case does not meet. */
  public ImmutableList<WhyNot> whyNot() {
    return whyNot;
  }

  /** The option grid: the suggested grouping and the nearest alternatives. */
  public ImmutableList<OptionToDiscuss> options() {
    return options;
  }

  /** Success criteria, review date and what happens next, for the suggested grouping. */
  public Optional<Endings> endings() {
    return endings;
  }

  /**
   * What would change the suggestion: present when the advice was made for discussion
   * ({@code ThriveAdvisor.adviseForDiscussion}), which re-evaluates varied copies of the case.
   */
  public Optional<ChangesToDiscuss> changes() {
    return changes;
  }

  /** The ids of the rules behind the reasons, in order. */
  public ImmutableList<String> reasonIds() {
    return reasons.stream().map(Reason::ruleId).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Advice a
        && caseId.equals(a.caseId) && status == a.status && suggestion.equals(a.suggestion)
        && needsOnly.equals(a.needsOnly) && reasons.equals(a.reasons) && safeguards.equals(a.safeguards)
        && riskSignals.equals(a.riskSignals) && notKnown.equals(a.notKnown) && neurodevelopmentalAssessment == a.neurodevelopmentalAssessment
        && missing.equals(a.missing) && resolution.equals(a.resolution) && provenance.equals(a.provenance)
        && choiceEffect.equals(a.choiceEffect) && whyNot.equals(a.whyNot) && options.equals(a.options)
        && endings.equals(a.endings) && changes.equals(a.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, status, suggestion, needsOnly, reasons, safeguards, riskSignals, notKnown,
        neurodevelopmentalAssessment, missing, resolution, provenance, choiceEffect, whyNot, options, endings, changes);
  }

  /** Names the status only: the grouping, the rules that fired and the case id say things about the case. */
  @Override
  public String toString() {
    return "Advice{" + status + "}";
  }

  /**
   * Builds {@link Advice}. Each value is checked when it is set, and may be set once; lists are
   * added to. Used by advisors and by readers of stored advice; not thread-safe.
   */
  public static final class Builder {
    private String caseId;
    private AdviceStatus status;
    private Grouping suggestion;
    private Grouping needsOnly;
    private final ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
    private final ImmutableList.Builder<Safeguard> safeguards = ImmutableList.builder();
    private final ImmutableList.Builder<CaseFact> riskSignals = ImmutableList.builder();
    private final ImmutableList.Builder<CaseFact> notKnown = ImmutableList.builder();
    private Boolean neurodevelopmentalAssessment;
    private final ImmutableList.Builder<MissingInformation> missing = ImmutableList.builder();
    private Resolution resolution;
    private Provenance provenance;
    private ChoiceEffect choiceEffect;
    private final ImmutableList.Builder<WhyNot> whyNot = ImmutableList.builder();
    private final ImmutableList.Builder<OptionToDiscuss> options = ImmutableList.builder();
    private Endings endings;
    private ChangesToDiscuss changes;

    private Builder() {}

    /** A builder holding everything in this advice; what the advice lacks can still be set once. */
    public static Builder from(Advice a) {
      Builder b = new Builder().caseId(a.caseId).status(a.status)
          .addReasons(a.reasons).addSafeguards(a.safeguards).addRiskSignals(a.riskSignals).addNotKnown(a.notKnown)
          .neurodevelopmentalAssessment(a.neurodevelopmentalAssessment).addMissing(a.missing)
          .provenance(a.provenance).addWhyNot(a.whyNot).addOptions(a.options);
      a.suggestion.ifPresent(b::suggestion);
      a.needsOnly.ifPresent(b::needsOnly);
      a.resolution.ifPresent(b::resolution);
      a.choiceEffect.ifPresent(b::choiceEffect);
      a.endings.ifPresent(b::endings);
      a.changes.ifPresent(b::changes);
      return b;
    }

    private static <T> T once(T current, T value, String name) {
      checkNotNull(value, "Advice.Builder.%s: must not be null", name);
      checkState(current == null, "Advice.Builder.%s: was already set", name);
      return value;
    }

    public Builder caseId(String v) {
      caseId = once(caseId, v, "caseId");
      checkArgument(!v.isBlank(), "Advice.Builder.caseId: must not be blank");
      return this;
    }

    public Builder status(AdviceStatus v) {
      status = once(status, v, "status");
      return this;
    }

    /** The grouping suggested; set it exactly when the status is {@link AdviceStatus#SUGGESTION}. */
    public Builder suggestion(Grouping v) {
      suggestion = once(suggestion, v, "suggestion");
      return this;
    }

    /** What the needs alone suggest, when they suggest anything. */
    public Builder needsOnly(Grouping v) {
      needsOnly = once(needsOnly, v, "needsOnly");
      return this;
    }

    public Builder addReasons(Iterable<Reason> v) {
      reasons.addAll(checkNotNull(v, "Advice.Builder.reasons: must not be null"));
      return this;
    }

    public Builder addSafeguards(Iterable<Safeguard> v) {
      safeguards.addAll(checkNotNull(v, "Advice.Builder.safeguards: must not be null"));
      return this;
    }

    public Builder addRiskSignals(Iterable<CaseFact> v) {
      riskSignals.addAll(checkNotNull(v, "Advice.Builder.riskSignals: must not be null"));
      return this;
    }

    public Builder addNotKnown(Iterable<CaseFact> v) {
      notKnown.addAll(checkNotNull(v, "Advice.Builder.notKnown: must not be null"));
      return this;
    }

    public Builder neurodevelopmentalAssessment(boolean v) {
      neurodevelopmentalAssessment = once(neurodevelopmentalAssessment, v, "neurodevelopmentalAssessment");
      return this;
    }

    public Builder addMissing(Iterable<MissingInformation> v) {
      missing.addAll(checkNotNull(v, "Advice.Builder.missing: must not be null"));
      return this;
    }

    public Builder resolution(Resolution v) {
      resolution = once(resolution, v, "resolution");
      return this;
    }

    public Builder provenance(Provenance v) {
      provenance = once(provenance, v, "provenance");
      return this;
    }

    public Builder choiceEffect(ChoiceEffect v) {
      choiceEffect = once(choiceEffect, v, "choiceEffect");
      return this;
    }

    public Builder addWhyNot(Iterable<WhyNot> v) {
      whyNot.addAll(checkNotNull(v, "Advice.Builder.whyNot: must not be null"));
      return this;
    }

    public Builder addOptions(Iterable<OptionToDiscuss> v) {
      options.addAll(checkNotNull(v, "Advice.Builder.options: must not be null"));
      return this;
    }

    public Builder endings(Endings v) {
      endings = once(endings, v, "endings");
      return this;
    }

    public Builder changes(ChangesToDiscuss v) {
      changes = once(changes, v, "changes");
      return this;
    }

    /**
     * @throws IllegalStateException if the case id, status or provenance was not set, or the
     *     status and the suggestion disagree
     */
    public Advice build() {
      checkState(caseId != null, "Advice.Builder.caseId: is required");
      checkState(status != null, "Advice.Builder.status: is required");
      checkState(provenance != null, "Advice.Builder.provenance: is required");
      return new Advice(this);
    }
  }
}
