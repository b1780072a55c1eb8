package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.thrive.model.grouping.Grouping;

/**
 * Why a grouping was not suggested: the conditions of each rule that could propose it, and for
 * each whether the case does not meet it or met it but was outweighed.
 *
 * @param grouping the grouping not suggested
 * @param conditions one per rule that can propose the grouping, in rule id order
 * @param summary the whole answer in both wordings
 */
public record WhyNot(Grouping grouping, ImmutableList<Condition> conditions, Wording summary) {
  public WhyNot {
    checkNotNull(grouping, "grouping");
    conditions = ImmutableList.copyOf(checkNotNull(conditions, "conditions"));
    checkNotNull(summary, "summary");
  }

  /**
   * One rule's condition for the grouping.
   *
   * @param ruleId the rule that can propose the grouping
   * @param wording the condition, in both wordings
   * @param status whether this case meets it
   */
  public record Condition(String ruleId, Wording wording, Status status) {
    public Condition {
      checkNotNull(ruleId, "ruleId");
      checkNotNull(wording, "wording");
      checkNotNull(status, "status");
    }
  }

  /** Whether the case meets a rule's condition. */
  public enum Status {
    /** The case does not meet the condition. */
    NOT_MET,
    /** The condition is met and the rule proposed the grouping, but a proposal on a later basis (or the conflict policy) outweighed it. */
    MET_BUT_OUTWEIGHED
  }
}
