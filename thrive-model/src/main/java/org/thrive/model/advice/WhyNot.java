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
   * @param notHeld the parts of the condition that do not hold for this case, in the rule's order
   *     (empty when the condition was met, or when the rule does not list its parts)
   * @param outweighedBy when the condition was met, the rules whose proposals outweighed it
   */
  public record Condition(String ruleId, Wording wording, Status status, ImmutableList<Wording> notHeld,
      ImmutableList<String> outweighedBy) {
    public Condition {
      checkNotNull(ruleId, "ruleId");
      checkNotNull(wording, "wording");
      checkNotNull(status, "status");
      notHeld = ImmutableList.copyOf(checkNotNull(notHeld, "notHeld"));
      outweighedBy = ImmutableList.copyOf(checkNotNull(outweighedBy, "outweighedBy"));
    }
  }

  /** Whether the case meets a rule's condition. */
  public enum Status {
    /** The case does not meet the condition. */
    NOT_MET,
    /** The condition is met and the rule proposed the grouping, but other proposals outweighed it ({@link Condition#outweighedBy()}). */
    MET_BUT_OUTWEIGHED
  }
}
