package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Rating;

/**
 * A summary of the 30 problem ratings. Always present. {@code highest} is the highest known
 * rating, or {@link Rating#NOT_KNOWN} when no problem is rated. {@code highestNeed} is the same
 * but counts the two neurodevelopmental items (difficulties sitting still or concentrating,
 * unexplained developmental difficulties) as at most Mild: a neurodevelopmental assessment alone
 * is not goals-based help, so those items call for advice and the assessment flag, not for a
 * grouping of their own. {@code severe} counts the problems rated Severe, {@code severeNeeds} those but the two neurodevelopmental items. In DRL:
 * {@code Problems(highestNeed == Rating.MODERATE)}, {@code Problems(notKnown == 0)},
 * {@code Problems(severeNeeds >= 2)}.
 *
 * @param difficulties the problems rated Mild or worse, shown as the facts behind a reason
 */
public record Problems(Rating highest, Rating highestNeed, int none, int mild, int moderate, int severe, int severeNeeds, int notKnown,
    ImmutableList<ItemRating> difficulties) implements RuleFact {

  /** The items whose need is a neurodevelopmental assessment rather than goals-based help. */
  public static final ImmutableSet<CurrentViewItem> NEURODEVELOPMENTAL = ImmutableSet.of(
      CurrentViewItem.DIFFICULTIES_SITTING_STILL_OR_CONCENTRATING, CurrentViewItem.UNEXPLAINED_DEVELOPMENTAL_DIFFICULTIES);

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Problems";
  }
}
