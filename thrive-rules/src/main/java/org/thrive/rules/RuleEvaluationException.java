package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.thrive.model.advice.Safeguard;

/**
 * Rules failed while evaluating a case: a rule's consequence threw or ran out of stack or memory,
 * the rules kept firing past the advisor's limit (a rule that never ends), the evaluation was
 * halted before it finished, or it did not finish in time. It is never a quiet "cannot suggest
 * yet": no advice is made. The message names rule ids and counts only.
 *
 * <p>{@link #safeguards()} holds the safeguards the library's safety net owns for the case (for
 * example an immediate crisis response for immediate danger), so a host can still show them.
 */
public final class RuleEvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final transient ImmutableList<Safeguard> safeguards;

  RuleEvaluationException(String message) {
    this(message, null, ImmutableList.of());
  }

  RuleEvaluationException(String message, String ruleId) {
    this(message, ruleId, ImmutableList.of());
  }

  private RuleEvaluationException(String message, String ruleId, ImmutableList<Safeguard> safeguards) {
    super(message);
    this.ruleId = ruleId;
    this.safeguards = safeguards;
  }

  /** The id of the rule that failed or was firing, when known. */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /** The safeguards the safety net raises for the case whatever the rules did; empty when none apply. */
  public ImmutableList<Safeguard> safeguards() {
    return safeguards == null ? ImmutableList.of() : safeguards;
  }

  RuleEvaluationException withSafeguards(ImmutableList<Safeguard> owned) {
    RuleEvaluationException e = new RuleEvaluationException(getMessage(), ruleId, owned);
    e.setStackTrace(getStackTrace());
    return e;
  }
}
