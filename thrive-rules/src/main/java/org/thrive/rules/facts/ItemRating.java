package org.thrive.rules.facts;

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

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "ItemRating";
  }
}
