package org.thrive.rules;

/**
 * Rules failed while evaluating a case: a rule's consequence threw, or the rules kept firing past
 * the advisor's limit (a rule that never ends). The message names rule ids and counts only.
 */
public final class RuleEvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleEvaluationException(String message) {
    super(message);
  }
}
