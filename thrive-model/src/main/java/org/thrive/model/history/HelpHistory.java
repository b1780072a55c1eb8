package org.thrive.model.history;

import static org.thrive.model.InvalidCaseException.requirePresent;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;

/**
 * The help a young person has had, progress at the latest review and current engagement.
 * Episodes are kept sorted by start date (then kind, then outcome), so two histories with the
 * same episodes in a different order are equal.
 *
 * @param episodes past and current episodes
 * @param latestReview progress at the latest review of the current or last episode
 * @param engagement whether the young person can and will use goal-based help now
 * @param episodesKnown whether the help the young person has had is known; false when it was not
 *     recorded (for example a case built from an extract that holds no history). A history that is
 *     not known has no episodes, and it is not a first contact: unknown is not none
 */
public record HelpHistory(ImmutableList<HelpEpisode> episodes, Progress latestReview, Engagement engagement,
    boolean episodesKnown) {
  private static final Comparator<HelpEpisode> ORDER = Comparator.comparing(HelpEpisode::start)
      .thenComparing(HelpEpisode::kind)
      .thenComparing(HelpEpisode::outcome)
      .thenComparing(e -> e.end().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

  public HelpHistory {
    requirePresent(episodes, "HelpHistory.episodes");
    for (int i = 0; i < episodes.size(); i++) {
      requirePresent(episodes.get(i), "HelpHistory.episodes[" + i + "]");
    }
    episodes = ImmutableList.sortedCopyOf(ORDER, episodes);
    requirePresent(latestReview, "HelpHistory.latestReview");
    requirePresent(engagement, "HelpHistory.engagement");
    if (!episodesKnown && !episodes.isEmpty()) {
      throw new org.thrive.model.InvalidCaseException("HelpHistory.episodes",
          "must be empty when the history of help is not known");
    }
  }

  /** A history whose episodes are known (the usual case). */
  public HelpHistory(ImmutableList<HelpEpisode> episodes, Progress latestReview, Engagement engagement) {
    this(episodes, latestReview, engagement, true);
  }

  /** The history of help is not known (not recorded); engagement as given. */
  public static HelpHistory notKnown(Engagement engagement) {
    return new HelpHistory(ImmutableList.of(), Progress.NOT_REVIEWED, engagement, false);
  }

  /** No previous help; engagement as given. */
  public static HelpHistory firstContact(Engagement engagement) {
    return new HelpHistory(ImmutableList.of(), Progress.NOT_REVIEWED, engagement);
  }

  /** Whether there has been no help before: false when the history of help is not known. */
  public boolean isFirstContact() {
    return episodesKnown && episodes.isEmpty();
  }

  /** The number of treatment episodes that brought no benefit or from which the young person disengaged. */
  public long unhelpedTreatmentEpisodes() {
    return episodes.stream().filter(e -> e.kind().isTreatment() && e.outcome().isUnhelped()).count();
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "HelpHistory";
  }
}
