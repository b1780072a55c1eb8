package org.thrive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.model.Cases.ASSESSED;
import static org.thrive.model.Cases.valid;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Goal;
import org.thrive.model.choice.Preference;
import org.thrive.model.choice.Setting;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;
import org.thrive.model.history.Progress;
import org.thrive.model.strengths.Strength;
import org.thrive.model.strengths.StrengthKind;

class ThriveCaseCanonicalOrderTest {
  private static final Choice YOUNG_PERSON = new Choice(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP, Setting.SCHOOL_OR_COLLEGE);
  private static final Choice PARENT = Choice.of(Chooser.PARENT_OR_CARER, Preference.SPECIALIST_TREATMENT);
  private static final Goal SOON = new Goal("Go to school three days a week", Optional.of(ASSESSED.plusWeeks(6)));
  private static final Goal LATER = new Goal("Sleep through the night", Optional.of(ASSESSED.plusWeeks(12)));
  private static final Goal UNDATED = Goal.of("Make a new friend");
  private static final Strength FOOTBALL = new Strength(StrengthKind.INDIVIDUAL, "plays football");
  private static final Strength GRAN = new Strength(StrengthKind.FAMILY, "close to gran");
  private static final Strength CLUB = new Strength(StrengthKind.COMMUNITY, "youth club");
  private static final HelpEpisode FIRST = HelpEpisode.ended(HelpKind.ADVICE, ASSESSED.minusYears(2),
      ASSESSED.minusYears(2).plusMonths(1), Outcome.GOALS_PARTLY_MET);
  private static final HelpEpisode SECOND = HelpEpisode.ended(HelpKind.EVIDENCE_BASED_INTERVENTION,
      ASSESSED.minusYears(1), ASSESSED.minusMonths(6), Outcome.NO_BENEFIT);

  private static ThriveCase inGivenOrder() {
    return valid()
        .choices(new Choices(ImmutableList.of(YOUNG_PERSON, PARENT), ImmutableList.of(SOON, LATER, UNDATED)))
        .strengths(ImmutableList.of(FOOTBALL, GRAN, CLUB))
        .history(new HelpHistory(ImmutableList.of(FIRST, SECOND), Progress.NO_PROGRESS, Engagement.AMBIVALENT))
        .agencies(EnumSet.of(Agency.SCHOOL_OR_COLLEGE, Agency.SOCIAL_CARE))
        .build();
  }

  private static ThriveCase inReverseOrder() {
    return valid()
        .choices(new Choices(ImmutableList.of(PARENT, YOUNG_PERSON), ImmutableList.of(UNDATED, LATER, SOON)))
        .addStrength(CLUB).addStrength(GRAN).addStrength(FOOTBALL)
        .history(new HelpHistory(ImmutableList.of(SECOND, FIRST), Progress.NO_PROGRESS, Engagement.AMBIVALENT))
        .agencies(EnumSet.of(Agency.SOCIAL_CARE, Agency.SCHOOL_OR_COLLEGE))
        .build();
  }

  @Test
  void equals_sameCaseGivenInDifferentOrder_isEqualWithEqualHashCode() {
    // given the same case with choices, goals, strengths and episodes listed in two orders
    ThriveCase a = inGivenOrder();
    ThriveCase b = inReverseOrder();

    // when / then
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void lists_areHeldInCanonicalOrder() {
    // given a case given in reverse order
    ThriveCase c = inReverseOrder();

    // when / then choices by chooser, goals by review date (undated last), strengths by kind, episodes by start
    assertThat(c.choices().choices()).containsExactly(YOUNG_PERSON, PARENT);
    assertThat(c.choices().goals()).containsExactly(SOON, LATER, UNDATED);
    assertThat(c.strengths()).containsExactly(FOOTBALL, GRAN, CLUB);
    assertThat(c.history().episodes()).containsExactly(FIRST, SECOND);
    assertThat(c.agencies()).containsExactly(Agency.SCHOOL_OR_COLLEGE, Agency.SOCIAL_CARE);
  }

  @Test
  void equals_differentContent_isNotEqual() {
    // given the same case but with one strength fewer
    ThriveCase a = inGivenOrder();
    ThriveCase b = inGivenOrder().toBuilder().strengths(ImmutableList.of(FOOTBALL, GRAN)).build();

    // when / then
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void toBuilder_roundTrip_isEqual() {
    // given a full case
    ThriveCase c = inGivenOrder();

    // when it is copied through its builder
    ThriveCase copy = c.toBuilder().build();

    // then
    assertThat(copy).isEqualTo(c).hasSameHashCodeAs(c);
  }

  @Test
  void toString_namesTheTypeOnly() {
    // given a case with strengths and goals
    ThriveCase c = inGivenOrder();

    // when
    String text = c.toString();

    // then no case content appears
    assertThat(text).isEqualTo("ThriveCase")
        .doesNotContain("case-1")
        .doesNotContain(FOOTBALL.description())
        .doesNotContain(SOON.description())
        .doesNotContain("14");
  }
}
