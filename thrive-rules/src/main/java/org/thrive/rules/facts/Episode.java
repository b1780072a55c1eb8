package org.thrive.rules.facts;

import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;

/**
 * One episode of help. {@code index} is its place in date order (0 is the earliest); {@code latest}
 * marks the last; {@code recent} is true when it is ongoing or ended within a year of the
 * assessment ({@link #RECENT_DAYS}), so that what it showed still bears on the help of now.
 */
public record Episode(int index, HelpKind kind, Outcome outcome, boolean latest, boolean recent) implements RuleFact {
  /** How many days after an episode ended it still counts as recent. */
  public static final int RECENT_DAYS = 365;

  /** Whether an episode is recent at the assessment: ongoing, or ended within {@link #RECENT_DAYS} days. */
  public static boolean recent(org.thrive.model.history.HelpEpisode e, java.time.LocalDate assessed) {
    return e.end().map(end -> !end.plusDays(RECENT_DAYS).isBefore(assessed)).orElse(true);
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Episode";
  }
}
