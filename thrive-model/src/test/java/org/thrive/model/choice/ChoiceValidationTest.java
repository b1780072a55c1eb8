package org.thrive.model.choice;

import static org.thrive.model.Cases.assertInvalid;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.thrive.model.strengths.Strength;
import org.thrive.model.strengths.StrengthKind;

class ChoiceValidationTest {

  @Test
  void goal_blankDescription_failsOnDescription() {
    // given / when / then
    assertInvalid(() -> Goal.of(" "), "Goal.description", "must not be blank");
  }

  @Test
  void goal_missingDescriptionOrReviewDate_failsOnThatField() {
    // given / when / then
    assertInvalid(() -> Goal.of(null), "Goal.description", "is required");
    assertInvalid(() -> new Goal("Sleep better", null), "Goal.reviewBy", "is required");
  }

  @Test
  void choice_missingParts_failOnTheMissingField() {
    // given / when / then
    assertInvalid(() -> new Choice(null, Preference.GOAL_BASED_HELP, Setting.HOME), "Choice.chooser", "is required");
    assertInvalid(() -> new Choice(Chooser.YOUNG_PERSON, null, Setting.HOME), "Choice.preference", "is required");
    assertInvalid(() -> new Choice(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP, null),
        "Choice.setting", "is required");
  }

  @Test
  void choices_missingLists_failOnThatList() {
    // given / when / then
    assertInvalid(() -> new Choices(null, ImmutableList.of()), "Choices.choices", "is required");
    assertInvalid(() -> new Choices(ImmutableList.of(), null), "Choices.goals", "is required");
  }

  @Test
  void strength_blankOrMissingParts_failOnThatField() {
    // given / when / then
    assertInvalid(() -> new Strength(StrengthKind.FAMILY, "\t"), "Strength.description", "must not be blank");
    assertInvalid(() -> new Strength(StrengthKind.FAMILY, null), "Strength.description", "is required");
    assertInvalid(() -> new Strength(null, "plays football"), "Strength.kind", "is required");
  }
}
