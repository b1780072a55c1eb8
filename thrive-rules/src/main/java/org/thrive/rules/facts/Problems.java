package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Rating;

/**
 * A summary of the 30 problem ratings. Always present. {@code highest} is the highest known
 * rating, or {@link Rating#NOT_KNOWN} when no problem is rated. In DRL:
 * {@code Problems(highest == Rating.MODERATE)}, {@code Problems(notKnown == 0)}.
 *
 * @param difficulties the problems rated Mild or worse, shown as the facts behind a reason
 */
public record Problems(Rating highest, int none, int mild, int moderate, int severe, int notKnown,
    ImmutableList<ItemRating> difficulties) implements RuleFact {

  /** Summarises problem ratings. */
  public static Problems of(Iterable<ItemRating> ratings) {
    int none = 0;
    int mild = 0;
    int moderate = 0;
    int severe = 0;
    int notKnown = 0;
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
    }
    Rating highest = severe > 0 ? Rating.SEVERE : moderate > 0 ? Rating.MODERATE : mild > 0 ? Rating.MILD
        : none > 0 ? Rating.NONE : Rating.NOT_KNOWN;
    return new Problems(highest, none, mild, moderate, severe, notKnown, difficulties.build());
  }

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
