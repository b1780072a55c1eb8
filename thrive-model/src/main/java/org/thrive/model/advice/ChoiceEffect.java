package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.thrive.model.grouping.Grouping;

/**
 * Needs versus choice: what the needs alone suggest, what the suggestion would be without the
 * young person's and family's choices, and what their choice changed.
 *
 * @param needsOnly what the Current View needs alone suggest
 * @param withoutChoice the suggestion if no choice had been expressed
 * @param withChoice the suggestion with the choices as expressed
 * @param kind how the choice acted
 * @param wording what happened, in both wordings
 * @param ruleIds the choice rules (and safeguards) behind it
 */
public record ChoiceEffect(
    Optional<Grouping> needsOnly,
    Optional<Grouping> withoutChoice,
    Optional<Grouping> withChoice,
    Kind kind,
    Wording wording,
    ImmutableList<String> ruleIds) {

  /** How the choice acted on the suggestion. */
  public enum Kind {
    /** No choice has been expressed yet. */
    NO_CHOICE_EXPRESSED,
    /** The choice agrees with what would be suggested anyway. */
    CONFIRMED,
    /** The choice changed the suggestion. */
    CHANGED,
    /** The choices expressed differ (for example the young person's and a parent's); one was set aside by the conflict policy. */
    CHOICES_DIFFER,
    /** The choice would lower support, but significant risk holds the suggestion; a clinician reviews. */
    HELD_BY_RISK
  }

  public ChoiceEffect {
    checkNotNull(needsOnly, "needsOnly");
    checkNotNull(withoutChoice, "withoutChoice");
    checkNotNull(withChoice, "withChoice");
    checkNotNull(kind, "kind");
    checkNotNull(wording, "wording");
    ruleIds = ImmutableList.copyOf(checkNotNull(ruleIds, "ruleIds"));
  }
}
