package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Endings and reviews for the suggested grouping: THRIVE asks for clarity on endings as well as
 * beginnings.
 *
 * @param successCriteria what success looks like: the agreed goals (Getting Help, Getting More
 *     Help) or safety outcomes (Getting Risk Support)
 * @param reviewDate when to review: the assessment date plus the configured period for the grouping
 * @param atReview what the review looks at and what happens then, in both wordings
 * @param ifNotMet what happens if goals are not met (treatment), or how the plan changes (risk support)
 * @param transition the transition a re-assessment after an episode implies, if any
 */
public record Endings(
    ImmutableList<String> successCriteria,
    Optional<LocalDate> reviewDate,
    Wording atReview,
    Optional<Wording> ifNotMet,
    Optional<Wording> transition) {
  public Endings {
    successCriteria = ImmutableList.copyOf(checkNotNull(successCriteria, "successCriteria"));
    checkNotNull(reviewDate, "reviewDate");
    checkNotNull(atReview, "atReview");
    checkNotNull(ifNotMet, "ifNotMet");
    checkNotNull(transition, "transition");
  }
}
