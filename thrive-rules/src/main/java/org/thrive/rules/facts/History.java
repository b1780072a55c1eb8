package org.thrive.rules.facts;

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
 * @param episodesKnown whether the help the young person has had is known; when it is not,
 *     {@code episodes} is 0 but this is not a first contact ({@code firstContact} is false)
 */
public record History(boolean firstContact, int episodes, int unhelpedTreatmentEpisodes, int noBenefitTreatmentEpisodes,
    int helpedEpisodes, boolean specialistTried, Progress latestReview, boolean reviewCurrent, Engagement engagement,
    boolean episodesKnown)
    implements RuleFact {

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "History";
  }
}
