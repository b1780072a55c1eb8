package org.thrive.model.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.thrive.model.Cases.assertInvalid;

import org.junit.jupiter.api.Test;

class NeedsTest {

  @Test
  void builder_nothingRecorded_everyItemIsNotKnownNeverNone() {
    // given a Current View left blank
    // when it is built
    Needs needs = Needs.builder().build();

    // then every rated item is Not known and every complexity factor is Not known
    assertThat(needs.ratings()).hasSize(36).allSatisfy((item, rating) -> assertThat(rating).isEqualTo(Rating.NOT_KNOWN));
    assertThat(needs.complexityFactors()).hasSize(14)
        .allSatisfy((item, presence) -> assertThat(presence).isEqualTo(Presence.NOT_KNOWN));
    assertThat(needs).isEqualTo(Needs.notYetRecorded());
  }

  @Test
  void builder_oneProblemRated_othersStayNotKnown() {
    // given a form with only depression rated
    // when it is built
    Needs needs = Needs.builder().problem(9, Rating.MODERATE).build();

    // then depression is Moderate and, for example, self-harm is Not known, not None
    assertThat(needs.rating(CurrentViewItem.DEPRESSION_LOW_MOOD)).isEqualTo(Rating.MODERATE);
    assertThat(needs.rating(CurrentViewItem.SELF_HARM)).isEqualTo(Rating.NOT_KNOWN);
    assertThat(needs.notKnown(Part.PROBLEM)).hasSize(29).doesNotContain(CurrentViewItem.DEPRESSION_LOW_MOOD);
  }

  @Test
  void unlistedRatings_none_ratesEveryUnlistedItemNone() {
    // given a practitioner who rated the whole form and listed only the difficulties
    // when unlisted ratings are None
    Needs needs = Needs.builder().unlistedRatings(Rating.NONE).problem(9, Rating.MILD).build();

    // then every other rated item is None, and complexity factors keep their own default
    assertThat(needs.rating(CurrentViewItem.DEPRESSION_LOW_MOOD)).isEqualTo(Rating.MILD);
    assertThat(needs.rating(CurrentViewItem.SELF_HARM)).isEqualTo(Rating.NONE);
    assertThat(needs.rating(CurrentViewItem.CONTEXT_HOME)).isEqualTo(Rating.NONE);
    assertThat(needs.rating(CurrentViewItem.EET_ATTENDANCE_DIFFICULTIES)).isEqualTo(Rating.NONE);
    assertThat(needs.notKnown(Part.PROBLEM)).isEmpty();
    assertThat(needs.presence(CurrentViewItem.LOOKED_AFTER_CHILD)).isEqualTo(Presence.NOT_KNOWN);
  }

  @Test
  void unlistedComplexityFactors_no_recordsEveryUnlistedFactorNo() {
    // given a form where only one complexity factor applies
    // when unlisted factors are No
    Needs needs = Needs.builder().unlistedComplexityFactors(Presence.NO)
        .complexity(CurrentViewItem.YOUNG_CARER_STATUS, Presence.YES).build();

    // then
    assertThat(needs.presence(CurrentViewItem.YOUNG_CARER_STATUS)).isEqualTo(Presence.YES);
    assertThat(needs.presence(CurrentViewItem.LOOKED_AFTER_CHILD)).isEqualTo(Presence.NO);
    assertThat(needs.notKnown(Part.COMPLEXITY_FACTOR)).isEmpty();
  }

  @Test
  void rate_complexityFactor_failsNamingTheFactor() {
    // given a builder
    Needs.Builder b = Needs.builder();

    // when / then a complexity factor cannot take a rating
    assertInvalid(() -> b.rate(CurrentViewItem.LOOKED_AFTER_CHILD, Rating.MILD), "Needs.complexity.1",
        "is a complexity factor; record it as Yes, No or Not known, not as a rating");
  }

  @Test
  void complexity_ratedItem_failsNamingTheItem() {
    // given a builder
    Needs.Builder b = Needs.builder();

    // when / then a rated item cannot take a presence
    assertInvalid(() -> b.complexity(CurrentViewItem.SELF_HARM, Presence.YES), "Needs.problem.10",
        "is rated None to Severe; it is not a complexity factor");
  }

  @Test
  void problem_numberZero_failsOnProblem() {
    // given / when / then
    assertInvalid(() -> Needs.builder().problem(0, Rating.MILD), "Needs.problem",
        "item number must be between 1 and 30");
  }

  @Test
  void problem_number31_failsOnProblem() {
    // given / when / then
    assertInvalid(() -> Needs.builder().problem(31, Rating.MILD), "Needs.problem",
        "item number must be between 1 and 30");
  }

  @Test
  void problem_numbers1And30_areAccepted() {
    // given / when
    Needs needs = Needs.builder().problem(1, Rating.MILD).problem(30, Rating.SEVERE).build();

    // then
    assertThat(needs.rating(CurrentViewItem.ANXIOUS_AWAY_FROM_CAREGIVERS)).isEqualTo(Rating.MILD);
    assertThat(needs.rating(CurrentViewItem.ADJUSTMENT_TO_HEALTH_ISSUES)).isEqualTo(Rating.SEVERE);
  }

  @Test
  void rate_missingItemOrRating_failsOnThatField() {
    // given a builder
    Needs.Builder b = Needs.builder();

    // when / then
    assertInvalid(() -> b.rate(null, Rating.MILD), "Needs.item", "is required");
    assertInvalid(() -> b.rate(CurrentViewItem.DEPRESSION_LOW_MOOD, null), "Needs.problem.9", "is required");
    assertInvalid(() -> b.complexity(CurrentViewItem.LOOKED_AFTER_CHILD, null), "Needs.complexity.1", "is required");
    assertInvalid(() -> b.unlistedRatings(null), "Needs.unlistedRatings", "is required");
    assertInvalid(() -> b.unlistedComplexityFactors(null), "Needs.unlistedComplexityFactors", "is required");
  }

  @Test
  void rating_ofComplexityFactor_isRejectedAsMisuse() {
    // given needs
    Needs needs = Needs.notYetRecorded();

    // when / then asking for the rating of a complexity factor (or the presence of a rated item) is a programming error
    assertThatThrownBy(() -> needs.rating(CurrentViewItem.LOOKED_AFTER_CHILD))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("item complexity.1 is a complexity factor; use presence()");
    assertThatThrownBy(() -> needs.presence(CurrentViewItem.SELF_HARM))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("item problem.10 is rated; use rating()");
  }

  @Test
  void toBuilder_roundTrip_isEqual() {
    // given needs with some ratings
    Needs needs = Needs.builder().problem(3, Rating.SEVERE)
        .complexity(CurrentViewItem.CHILD_IN_NEED, Presence.YES).build();

    // when copied through a builder
    Needs copy = needs.toBuilder().build();

    // then
    assertThat(copy).isEqualTo(needs).hasSameHashCodeAs(needs);
  }

  @Test
  void toString_holdsNoRatings() {
    // given needs with a rating
    Needs needs = Needs.builder().problem(10, Rating.SEVERE).build();

    // when / then toString says only how many items there are
    assertThat(needs.toString()).isEqualTo("Needs{36 rated items, 14 complexity factors}");
  }
}
