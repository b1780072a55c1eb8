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
 */
public record HelpHistory(ImmutableList<HelpEpisode> episodes, Progress latestReview, Engagement engagement) {
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
  }

  /** No previous help; engagement as given. */
  public static HelpHistory firstContact(Engagement engagement) {
    return new HelpHistory(ImmutableList.of(), Progress.NOT_REVIEWED, engagement);
  }

  /** Whether there has been any help before. */
  public boolean isFirstContact() {
    return episodes.isEmpty();
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
