package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.Progress;

/**
 * The history of help, summarised. Always present. In DRL:
 * {@code History(firstContact)}, {@code History(unhelpedTreatmentEpisodes >= 2)},
 * {@code History(latestReview == Progress.NO_PROGRESS, reviewCurrent == true)},
 * {@code History(engagement == Engagement.NOT_ENGAGED)}.
 *
 * @param unhelpedTreatmentEpisodes treatment episodes that ended with no benefit or with the young person disengaging
 * @param noBenefitTreatmentEpisodes treatment episodes that ended with no benefit
 * @param specialistTried whether any episode was extensive (specialist) treatment
 * @param reviewCurrent whether the latest review belongs to the help of now: the latest episode is
 *     ongoing, or it ended within the review window before this assessment. A review of an episode
 *     that ended earlier describes that episode, not now: a later worsening is a new need.
 */
public record History(boolean firstContact, int episodes, int unhelpedTreatmentEpisodes, int noBenefitTreatmentEpisodes,
    int helpedEpisodes, boolean specialistTried, Progress latestReview, boolean reviewCurrent, Engagement engagement)
    implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    b.add(new CaseFact("history.episodes", "Previous or current episodes of help", String.valueOf(episodes)));
    if (unhelpedTreatmentEpisodes > 0) {
      b.add(new CaseFact("history.episodes.outcome", "Treatment episodes with no benefit or disengagement",
          String.valueOf(unhelpedTreatmentEpisodes)));
    }
    if (helpedEpisodes > 0) {
      b.add(new CaseFact("history.episodes.outcome", "Episodes with goals met or partly met", String.valueOf(helpedEpisodes)));
    }
    if (latestReview != Progress.NOT_REVIEWED) {
      b.add(new CaseFact("history.latestReview", reviewCurrent ? "Progress at latest review"
          : "Progress at the review of an earlier episode", Words.of(latestReview.name())));
    }
    b.add(new CaseFact("history.engagement", "Engagement with help now", Words.of(engagement.name())));
    return b.build();
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "History";
  }
}
