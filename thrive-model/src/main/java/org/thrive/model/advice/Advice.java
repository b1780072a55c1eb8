package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
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
    this.caseId = checkNotNull(b.caseId, "caseId");
    this.status = checkNotNull(b.status, "status");
    this.suggestion = checkNotNull(b.suggestion, "suggestion");
    this.needsOnly = checkNotNull(b.needsOnly, "needsOnly");
    this.reasons = b.reasons.build();
    this.safeguards = b.safeguards.build();
    this.riskSignals = b.riskSignals.build();
    this.neurodevelopmentalAssessment = b.neurodevelopmentalAssessment;
    this.missing = b.missing.build();
    this.resolution = checkNotNull(b.resolution, "resolution");
    this.provenance = checkNotNull(b.provenance, "provenance");
    this.choiceEffect = checkNotNull(b.choiceEffect, "choiceEffect");
    this.whyNot = b.whyNot.build();
    this.options = b.options.build();
    this.endings = checkNotNull(b.endings, "endings");
    this.changes = checkNotNull(b.changes, "changes");
    checkArgument((status == AdviceStatus.SUGGESTION) == suggestion.isPresent(),
        "a suggestion must be present exactly when the status is SUGGESTION");
    checkArgument(status == AdviceStatus.SUGGESTION || !missing.isEmpty(),
        "advice that cannot suggest a grouping must say what is missing");
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
        && riskSignals.equals(a.riskSignals) && neurodevelopmentalAssessment == a.neurodevelopmentalAssessment
        && missing.equals(a.missing) && resolution.equals(a.resolution) && provenance.equals(a.provenance)
        && choiceEffect.equals(a.choiceEffect) && whyNot.equals(a.whyNot) && options.equals(a.options)
        && endings.equals(a.endings) && changes.equals(a.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, status, suggestion, needsOnly, reasons, safeguards, riskSignals,
        neurodevelopmentalAssessment, missing, resolution, provenance, choiceEffect, whyNot, options, endings, changes);
  }

  /** Names the status only: the grouping, the rules that fired and the case id say things about the case. */
  @Override
  public String toString() {
    return "Advice{" + status + "}";
  }

  /** Builds {@link Advice}. Used by advisors; not thread-safe. */
  public static final class Builder {
    private String caseId;
    private AdviceStatus status;
    private Optional<Grouping> suggestion = Optional.empty();
    private Optional<Grouping> needsOnly = Optional.empty();
    private final ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
    private final ImmutableList.Builder<Safeguard> safeguards = ImmutableList.builder();
    private final ImmutableList.Builder<CaseFact> riskSignals = ImmutableList.builder();
    private boolean neurodevelopmentalAssessment;
    private final ImmutableList.Builder<MissingInformation> missing = ImmutableList.builder();
    private Optional<Resolution> resolution = Optional.empty();
    private Provenance provenance;
    private Optional<ChoiceEffect> choiceEffect = Optional.empty();
    private final ImmutableList.Builder<WhyNot> whyNot = ImmutableList.builder();
    private final ImmutableList.Builder<OptionToDiscuss> options = ImmutableList.builder();
    private Optional<Endings> endings = Optional.empty();
    private Optional<ChangesToDiscuss> changes = Optional.empty();

    private Builder() {}

    /** A builder holding everything in this advice. */
    public static Builder from(Advice a) {
      Builder b = new Builder().caseId(a.caseId).status(a.status).suggestion(a.suggestion).needsOnly(a.needsOnly)
          .addReasons(a.reasons).addSafeguards(a.safeguards).addRiskSignals(a.riskSignals)
          .neurodevelopmentalAssessment(a.neurodevelopmentalAssessment).addMissing(a.missing)
          .resolution(a.resolution).provenance(a.provenance).choiceEffect(a.choiceEffect)
          .addWhyNot(a.whyNot).addOptions(a.options).endings(a.endings).changes(a.changes);
      return b;
    }

    public Builder choiceEffect(Optional<ChoiceEffect> v) {
      choiceEffect = v;
      return this;
    }

    public Builder addWhyNot(Iterable<WhyNot> v) {
      whyNot.addAll(v);
      return this;
    }

    public Builder addOptions(Iterable<OptionToDiscuss> v) {
      options.addAll(v);
      return this;
    }

    public Builder endings(Optional<Endings> v) {
      endings = v;
      return this;
    }

    public Builder changes(Optional<ChangesToDiscuss> v) {
      changes = v;
      return this;
    }

    public Builder caseId(String v) {
      caseId = v;
      return this;
    }

    public Builder status(AdviceStatus v) {
      status = v;
      return this;
    }

    public Builder suggestion(Optional<Grouping> v) {
      suggestion = v;
      return this;
    }

    public Builder needsOnly(Optional<Grouping> v) {
      needsOnly = v;
      return this;
    }

    public Builder addReasons(Iterable<Reason> v) {
      reasons.addAll(v);
      return this;
    }

    public Builder addSafeguards(Iterable<Safeguard> v) {
      safeguards.addAll(v);
      return this;
    }

    public Builder addRiskSignals(Iterable<CaseFact> v) {
      riskSignals.addAll(v);
      return this;
    }

    public Builder neurodevelopmentalAssessment(boolean v) {
      neurodevelopmentalAssessment = v;
      return this;
    }

    public Builder addMissing(Iterable<MissingInformation> v) {
      missing.addAll(v);
      return this;
    }

    public Builder resolution(Optional<Resolution> v) {
      resolution = v;
      return this;
    }

    public Builder provenance(Provenance v) {
      provenance = v;
      return this;
    }

    public Advice build() {
      return new Advice(this);
    }
  }
}
