package org.thrive.model.needs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void notKnown_isNotNone() {
    // given / when / then
    assertThat(Rating.NOT_KNOWN).isNotEqualTo(Rating.NONE);
    assertThat(Rating.NOT_KNOWN.isKnown()).isFalse();
    assertThat(Rating.NONE.isKnown()).isTrue();
    assertThat(Rating.NOT_KNOWN.score()).isEmpty();
    assertThat(Rating.NONE.score()).contains(0);
    assertThat(Rating.SEVERE.score()).contains(3);
  }

  @Test
  void isAtLeast_knownRatings_followTheScale() {
    // given / when / then
    assertThat(Rating.SEVERE.isAtLeast(Rating.MODERATE)).isTrue();
    assertThat(Rating.MODERATE.isAtLeast(Rating.MODERATE)).isTrue();
    assertThat(Rating.MILD.isAtLeast(Rating.MODERATE)).isFalse();
    assertThat(Rating.NONE.isAtLeast(Rating.NONE)).isTrue();
  }

  @Test
  void isAtLeast_notKnown_isNeverAtLeastAnythingAndNothingIsAtLeastIt() {
    // given / when / then
    for (Rating r : Rating.values()) {
      assertThat(Rating.NOT_KNOWN.isAtLeast(r)).as("Not known at least %s", r).isFalse();
      assertThat(r.isAtLeast(Rating.NOT_KNOWN)).as("%s at least Not known", r).isFalse();
    }
  }

  @Test
  void isDifficulty_isMildOrWorseOnly() {
    // given / when / then
    assertThat(Rating.MILD.isDifficulty()).isTrue();
    assertThat(Rating.SEVERE.isDifficulty()).isTrue();
    assertThat(Rating.NONE.isDifficulty()).isFalse();
    assertThat(Rating.NOT_KNOWN.isDifficulty()).isFalse();
  }

  @Test
  void fromLabel_formWordsAndConstantNames_ignoringCaseSpacesAndUnderscores() {
    // given / when / then
    assertThat(Rating.fromLabel("Not known")).contains(Rating.NOT_KNOWN);
    assertThat(Rating.fromLabel("not_known")).contains(Rating.NOT_KNOWN);
    assertThat(Rating.fromLabel("NOT_KNOWN")).contains(Rating.NOT_KNOWN);
    assertThat(Rating.fromLabel("MODERATE")).contains(Rating.MODERATE);
    assertThat(Rating.fromLabel(" mild ")).contains(Rating.MILD);
  }

  @Test
  void fromLabel_unknownWord_isEmpty() {
    // given / when / then
    assertThat(Rating.fromLabel("Very bad")).isEmpty();
    assertThat(Rating.fromLabel("")).isEmpty();
  }

  @Test
  void presenceFromLabel_formWords() {
    // given / when / then
    assertThat(Presence.fromLabel("Yes")).contains(Presence.YES);
    assertThat(Presence.fromLabel("not known")).contains(Presence.NOT_KNOWN);
    assertThat(Presence.fromLabel("maybe")).isEmpty();
    assertThat(Presence.NOT_KNOWN).isNotEqualTo(Presence.NO);
  }
}
