package org.thrive.model.history;

import static org.thrive.model.InvalidCaseException.check;
import static org.thrive.model.InvalidCaseException.requirePresent;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One episode of help, past or current.
 *
 * @param kind the kind of help
 * @param start when it started
 * @param end when it ended; empty while it is ongoing
 * @param outcome how it ended; {@link Outcome#ONGOING} exactly when there is no end
 */
public record HelpEpisode(HelpKind kind, LocalDate start, Optional<LocalDate> end, Outcome outcome) {
  public HelpEpisode {
    requirePresent(kind, "HelpEpisode.kind");
    requirePresent(start, "HelpEpisode.start");
    requirePresent(end, "HelpEpisode.end");
    requirePresent(outcome, "HelpEpisode.outcome");
    end.ifPresent(e -> check(!e.isBefore(start), "HelpEpisode.end", "must not be before the start"));
    check(end.isPresent() || outcome == Outcome.ONGOING, "HelpEpisode.outcome",
        "an episode with no end must be ONGOING");
    check(end.isEmpty() || outcome != Outcome.ONGOING, "HelpEpisode.outcome",
        "an episode that has ended cannot be ONGOING");
  }

  /** A finished episode. */
  public static HelpEpisode ended(HelpKind kind, LocalDate start, LocalDate end, Outcome outcome) {
    return new HelpEpisode(kind, start, Optional.of(end), outcome);
  }

  /** An episode still going. */
  public static HelpEpisode ongoing(HelpKind kind, LocalDate start) {
    return new HelpEpisode(kind, start, Optional.empty(), Outcome.ONGOING);
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "HelpEpisode";
  }
}
