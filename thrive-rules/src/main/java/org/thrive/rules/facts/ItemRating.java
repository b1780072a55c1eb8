package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Rating;

/**
 * The rating of one problem, contextual or education item. In DRL:
 * {@code ItemRating(part == Part.PROBLEM, number == 9, rating == Rating.MODERATE)}; use
 * {@code difficulty} (Mild or worse) and {@code atLeastModerate} for ranges; {@code belowRatedAge}
 * when the young person is younger than the age from which the item is rated.
 */
public record ItemRating(CurrentViewItem item, Part part, int number, Rating rating,
    boolean difficulty, boolean atLeastModerate, boolean belowRatedAge) implements RuleFact {

  /**
   * A rating; {@code belowRatedAge} says the young person is younger than the age from which the
   * Current View completion guidance rates this item (local configuration).
   */
  public static ItemRating of(CurrentViewItem item, Rating rating, boolean belowRatedAge) {
    return new ItemRating(item, item.part(), item.number(), rating, rating.isDifficulty(),
        rating.isAtLeast(Rating.MODERATE), belowRatedAge);
  }

  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(new CaseFact("needs." + item.code(), item.label(), rating.label()));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "ItemRating";
  }
}
