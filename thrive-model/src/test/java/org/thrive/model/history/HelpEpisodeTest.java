package org.thrive.model.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.model.Cases.assertInvalid;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelpEpisodeTest {
  private static final LocalDate START = LocalDate.of(2025, 5, 1);

  @Test
  void ended_endBeforeStart_failsOnEnd() {
    // given an episode that ends the day before it starts
    LocalDate end = START.minusDays(1);

    // when / then
    assertInvalid(() -> HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, START, end, Outcome.GOALS_MET),
        "HelpEpisode.end", "must not be before the start");
  }

  @Test
  void ended_endOnStartDay_succeeds() {
    // given a one-day episode
    // when it is made
    HelpEpisode e = HelpEpisode.ended(HelpKind.ADVICE, START, START, Outcome.GOALS_MET);

    // then it is accepted
    assertThat(e.end()).contains(START);
  }

  @Test
  void new_endedButOngoing_failsOnOutcome() {
    // given an episode with an end date whose outcome says it is still going
    Optional<LocalDate> end = Optional.of(START.plusMonths(3));

    // when / then
    assertInvalid(() -> new HelpEpisode(HelpKind.EXTENSIVE_TREATMENT, START, end, Outcome.ONGOING),
        "HelpEpisode.outcome", "an episode that has ended cannot be ONGOING");
  }

  @Test
  void new_openButNotOngoing_failsOnOutcome() {
    // given an episode with no end date whose outcome says how it ended
    Optional<LocalDate> noEnd = Optional.empty();

    // when / then
    assertInvalid(() -> new HelpEpisode(HelpKind.EXTENSIVE_TREATMENT, START, noEnd, Outcome.NO_BENEFIT),
        "HelpEpisode.outcome", "an episode with no end must be ONGOING");
  }

  @Test
  void new_missingParts_failOnTheMissingField() {
    // given episodes each missing one part
    // when / then
    assertInvalid(() -> new HelpEpisode(null, START, Optional.empty(), Outcome.ONGOING), "HelpEpisode.kind", "is required");
    assertInvalid(() -> new HelpEpisode(HelpKind.ADVICE, null, Optional.empty(), Outcome.ONGOING),
        "HelpEpisode.start", "is required");
    assertInvalid(() -> new HelpEpisode(HelpKind.ADVICE, START, null, Outcome.ONGOING), "HelpEpisode.end", "is required");
    assertInvalid(() -> new HelpEpisode(HelpKind.ADVICE, START, Optional.empty(), null),
        "HelpEpisode.outcome", "is required");
  }

  @Test
  void helpHistory_missingReviewOrEngagement_failsOnThatField() {
    // given histories missing their review or engagement
    // when / then
    assertInvalid(() -> new HelpHistory(ImmutableList.of(), null, Engagement.ENGAGED),
        "HelpHistory.latestReview", "is required");
    assertInvalid(() -> new HelpHistory(ImmutableList.of(), Progress.NOT_REVIEWED, null),
        "HelpHistory.engagement", "is required");
    assertInvalid(() -> new HelpHistory(null, Progress.NOT_REVIEWED, Engagement.ENGAGED),
        "HelpHistory.episodes", "is required");
  }

  @Test
  void helpHistory_episodesInAnyOrder_areEqualAndSortedByStart() {
    // given the same two episodes in two orders
    HelpEpisode first = HelpEpisode.ended(HelpKind.ADVICE, START, START.plusMonths(1), Outcome.GOALS_PARTLY_MET);
    HelpEpisode second = HelpEpisode.ongoing(HelpKind.EVIDENCE_BASED_INTERVENTION, START.plusMonths(2));

    // when histories are made from each order
    HelpHistory a = new HelpHistory(ImmutableList.of(first, second), Progress.PROGRESSING, Engagement.ENGAGED);
    HelpHistory b = new HelpHistory(ImmutableList.of(second, first), Progress.PROGRESSING, Engagement.ENGAGED);

    // then they are equal and in date order
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b.episodes()).containsExactly(first, second);
  }

  @Test
  void unhelpedTreatmentEpisodes_countsOnlyTreatmentWithNoBenefitOrDisengagement() {
    // given unhelped treatment, unhelped advice, and helped treatment
    HelpHistory h = new HelpHistory(ImmutableList.of(
        HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, START, START.plusMonths(1), Outcome.NO_BENEFIT),
        HelpEpisode.ended(HelpKind.EXTENSIVE_TREATMENT, START, START.plusMonths(2), Outcome.DISENGAGED),
        HelpEpisode.ended(HelpKind.ADVICE, START, START.plusMonths(3), Outcome.DISENGAGED),
        HelpEpisode.ended(HelpKind.RISK_SUPPORT, START, START.plusMonths(4), Outcome.NO_BENEFIT),
        HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION, START, START.plusMonths(5), Outcome.GOALS_MET)),
        Progress.NOT_REVIEWED, Engagement.AMBIVALENT);

    // when / then only the two treatment episodes count
    assertThat(h.unhelpedTreatmentEpisodes()).isEqualTo(2);
    assertThat(h.isFirstContact()).isFalse();
  }
}
