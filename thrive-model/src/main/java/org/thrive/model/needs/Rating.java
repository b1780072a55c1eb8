package org.thrive.model.needs;

import java.util.Locale;
import java.util.Optional;

/**
 * A Current View rating. {@link #NOT_KNOWN} means there is too little information to rate the
 * item; it is not {@link #NONE} and it is not between two ratings.
 *
 * <p>None, Mild, Moderate and Severe form a scale (scored 0 to 3 in NHS data); Not known is
 * outside it. Use {@link #isAtLeast(Rating)} rather than comparing ordinals.
 */
public enum Rating {
  NONE("None", 0),
  MILD("Mild", 1),
  MODERATE("Moderate", 2),
  SEVERE("Severe", 3),
  NOT_KNOWN("Not known", -1);

  private final String label;
  private final int score;

  Rating(String label, int score) {
    this.label = label;
    this.score = score;
  }

  /** The word used on the Current View form, for example {@code "Not known"}. */
  public String label() {
    return label;
  }

  /** Whether the item was rated at all (anything but Not known). */
  public boolean isKnown() {
    return this != NOT_KNOWN;
  }

  /** The MHSDS score 0 to 3; empty for Not known. */
  public Optional<Integer> score() {
    return isKnown() ? Optional.of(score) : Optional.empty();
  }

  /**
   * Whether this rating is known and at least {@code other}. Not known is never at least
   * anything, and nothing is at least Not known.
   */
  public boolean isAtLeast(Rating other) {
    return isKnown() && other.isKnown() && score >= other.score;
  }

  /** Whether this rating is Mild, Moderate or Severe. */
  public boolean isDifficulty() {
    return isAtLeast(MILD);
  }

  /**
   * The rating for a form word: {@code "None"}, {@code "Mild"}, {@code "Moderate"},
   * {@code "Severe"} or {@code "Not known"}, ignoring case, spaces and underscores.
   */
  public static Optional<Rating> fromLabel(String text) {
    String key = normalise(text);
    for (Rating rating : values()) {
      if (normalise(rating.label).equals(key) || normalise(rating.name()).equals(key)) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }

  /**
   * The rating for an MHSDS score: 0 None, 1 Mild, 2 Moderate, 3 Severe; empty for any other value
   * (NHS extracts also hold codes such as 888 and 999). A reader of coded data treats an empty
   * result as {@link #NOT_KNOWN}, never as None: an item that was not rated is not an item without
   * difficulty.
   */
  public static Optional<Rating> fromScore(int score) {
    return switch (score) {
      case 0 -> Optional.of(NONE);
      case 1 -> Optional.of(MILD);
      case 2 -> Optional.of(MODERATE);
      case 3 -> Optional.of(SEVERE);
      default -> Optional.empty();
    };
  }

  static String normalise(String text) {
    return text.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
  }
}
