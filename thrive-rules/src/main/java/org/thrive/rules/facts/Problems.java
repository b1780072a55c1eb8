package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.needs.Part;
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

  /** Summarises problem ratings. */
  public static Problems of(Iterable<ItemRating> ratings) {
    int none = 0;
    int mild = 0;
    int moderate = 0;
    int severe = 0;
    int notKnown = 0;
    Rating highestNeed = Rating.NOT_KNOWN;
    int severeNeeds = 0;
    ImmutableList.Builder<ItemRating> difficulties = ImmutableList.builder();
    for (ItemRating r : ratings) {
      if (r.part() != Part.PROBLEM) {
        continue;
      }
      switch (r.rating()) {
        case NONE -> none++;
        case MILD -> mild++;
        case MODERATE -> moderate++;
        case SEVERE -> severe++;
        case NOT_KNOWN -> notKnown++;
      }
      if (r.difficulty()) {
        difficulties.add(r);
      }
      if (r.rating() == Rating.SEVERE && !NEURODEVELOPMENTAL.contains(r.item())) {
        severeNeeds++;
      }
      if (r.rating().isKnown()) {
        Rating counted = NEURODEVELOPMENTAL.contains(r.item()) && r.atLeastModerate() ? Rating.MILD : r.rating();
        if (!highestNeed.isKnown() || counted.isAtLeast(highestNeed)) {
          highestNeed = counted;
        }
      }
    }
    Rating highest = severe > 0 ? Rating.SEVERE : moderate > 0 ? Rating.MODERATE : mild > 0 ? Rating.MILD
        : none > 0 ? Rating.NONE : Rating.NOT_KNOWN;
    return new Problems(highest, highestNeed, none, mild, moderate, severe, severeNeeds, notKnown, difficulties.build());
  }

  /** The items whose need is a neurodevelopmental assessment rather than goals-based help. */
  public static final ImmutableSet<CurrentViewItem> NEURODEVELOPMENTAL = ImmutableSet.of(
      CurrentViewItem.DIFFICULTIES_SITTING_STILL_OR_CONCENTRATING, CurrentViewItem.UNEXPLAINED_DEVELOPMENTAL_DIFFICULTIES);

  @Override
  public ImmutableList<CaseFact> describe() {
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    difficulties.forEach(d -> b.addAll(d.describe()));
    if (difficulties.isEmpty() && none > 0) {
      b.add(new CaseFact("needs.problem", "Problems rated None", none + " of " + (none + notKnown)));
    }
    if (notKnown > 0) {
      b.add(new CaseFact("needs.problem", "Problems rated Not known", String.valueOf(notKnown)));
    }
    return b.build();
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Problems";
  }
}
