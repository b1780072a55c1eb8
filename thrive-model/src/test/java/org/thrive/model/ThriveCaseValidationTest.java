package org.thrive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.thrive.model.Cases.ASSESSED;
import static org.thrive.model.Cases.assertInvalid;
import static org.thrive.model.Cases.valid;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Goal;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;
import org.thrive.model.history.Progress;

class ThriveCaseValidationTest {

  @Test
  void build_validCase_succeeds() {
    // given a case with every required part

    // when it is built
    ThriveCase c = valid().build();

    // then it holds what was given
    assertThat(c.caseId()).isEqualTo("case-1");
    assertThat(c.age()).isEqualTo(14);
    assertThat(c.assessmentDate()).isEqualTo(ASSESSED);
  }

  @Test
  void build_ageZeroAndAgeTwentyFive_succeed() {
    // given the youngest and oldest ages THRIVE services see
    // when / then both build
    assertThat(valid().age(0).build().age()).isZero();
    assertThat(valid().age(ThriveCase.MAX_AGE).build().age()).isEqualTo(25);
  }

  @Test
  void build_negativeAge_failsOnAge() {
    // given a negative age
    ThriveCase.Builder b = valid().age(-1);

    // when / then
    assertInvalid(b::build, "ThriveCase.age", "must not be negative");
  }

  @Test
  void build_ageTwentySix_failsOnAge() {
    // given an age above the oldest THRIVE sees
    ThriveCase.Builder b = valid().age(26);

    // when / then
    assertInvalid(b::build, "ThriveCase.age", "must be at most 25");
  }

  @Test
  void build_noAge_failsOnAge() {
    // given a case with no age
    ThriveCase.Builder b = ThriveCase.builder().caseId("case-1").assessmentDate(ASSESSED)
        .needs(Cases.fullyRated()).risk(org.thrive.model.risk.Risk.none())
        .history(HelpHistory.firstContact(Engagement.ENGAGED));

    // when / then
    assertInvalid(b::build, "ThriveCase.age", "is required");
  }

  @Test
  void build_noCaseId_failsOnCaseId() {
    // given a case with no id
    ThriveCase.Builder b = valid().caseId(null);

    // when / then
    assertInvalid(b::build, "ThriveCase.caseId", "is required");
  }

  @Test
  void build_blankCaseId_failsOnCaseId() {
    // given a case id of spaces only
    ThriveCase.Builder b = valid().caseId("   ");

    // when / then
    assertInvalid(b::build, "ThriveCase.caseId", "must not be blank");
  }

  @Test
  void build_caseIdOver128Characters_failsOnCaseId() {
    // given a case id of 129 characters
    ThriveCase.Builder b = valid().caseId("x".repeat(129));

    // when / then
    assertInvalid(b::build, "ThriveCase.caseId", "must be at most 128 characters");
  }

  @Test
  void build_noAssessmentDate_failsOnAssessmentDate() {
    // given a case with no assessment date
    ThriveCase.Builder b = valid().assessmentDate(null);

    // when / then
    assertInvalid(b::build, "ThriveCase.assessmentDate", "is required");
  }

  @Test
  void build_noNeeds_failsOnNeeds() {
    // given a case with no Current View
    ThriveCase.Builder b = valid().needs(null);

    // when / then
    assertInvalid(b::build, "ThriveCase.needs", "is required");
  }

  @Test
  void build_noChoices_failsOnChoices() {
    // given a case whose choices were set to null
    ThriveCase.Builder b = valid().choices(null);

    // when / then
    assertInvalid(b::build, "ThriveCase.choices", "is required");
  }

  @Test
  void build_noRisk_failsOnRisk() {
    // given a case with no risk picture (not even "not assessed")
    ThriveCase.Builder b = valid().risk(null);

    // when / then
    assertInvalid(b::build, "ThriveCase.risk", "is required");
  }

  @Test
  void build_noHistory_failsOnHistory() {
    // given a case with no history of help (not even "first contact")
    ThriveCase.Builder b = valid().history(null);

    // when / then
    assertInvalid(b::build, "ThriveCase.history", "is required");
  }

  @Test
  void build_choicesNotGiven_defaultsToNone() {
    // given a builder that never sets choices

    // when the case is built
    ThriveCase c = valid().build();

    // then it has no choices and no goals rather than failing
    assertThat(c.choices()).isEqualTo(Choices.none());
  }

  @Test
  void build_episodeStartingAfterAssessment_failsOnThatEpisodesStart() {
    // given an episode that starts the day after the assessment
    HelpHistory history = new HelpHistory(
        ImmutableList.of(HelpEpisode.ongoing(HelpKind.EVIDENCE_BASED_INTERVENTION, ASSESSED.plusDays(1))),
        Progress.NOT_REVIEWED, Engagement.ENGAGED);
    ThriveCase.Builder b = valid().history(history);

    // when / then
    assertInvalid(b::build, "ThriveCase.history.episodes[0].start", "must not be after the assessment date");
  }

  @Test
  void build_secondEpisodeStartingAfterAssessment_namesItsSortedIndex() {
    // given a valid earlier episode and, listed first, one that starts after the assessment
    HelpEpisode late = HelpEpisode.ongoing(HelpKind.RISK_SUPPORT, ASSESSED.plusMonths(1));
    HelpEpisode early = HelpEpisode.ended(HelpKind.ADVICE, ASSESSED.minusYears(1), ASSESSED.minusMonths(11),
        Outcome.GOALS_MET);
    ThriveCase.Builder b = valid().history(
        new HelpHistory(ImmutableList.of(late, early), Progress.NOT_REVIEWED, Engagement.ENGAGED));

    // when / then the index is the episode's place in date order
    assertInvalid(b::build, "ThriveCase.history.episodes[1].start", "must not be after the assessment date");
  }

  @Test
  void build_episodeStartingOnAssessmentDate_succeeds() {
    // given an episode that starts on the assessment date
    HelpHistory history = new HelpHistory(
        ImmutableList.of(HelpEpisode.ongoing(HelpKind.ADVICE, ASSESSED)), Progress.NOT_REVIEWED, Engagement.ENGAGED);

    // when the case is built
    ThriveCase c = valid().history(history).build();

    // then it is accepted
    assertThat(c.history().episodes()).hasSize(1);
  }

  @Test
  void build_goalReviewBeforeAssessment_failsOnThatGoalsReviewDate() {
    // given a goal to be reviewed the day before the assessment
    Goal goal = new Goal("Go back to school", Optional.of(ASSESSED.minusDays(1)));
    ThriveCase.Builder b = valid().choices(Choices.none().withGoals(goal));

    // when / then
    assertInvalid(b::build, "ThriveCase.choices.goals[0].reviewBy", "must not be before the assessment date");
  }

  @Test
  void build_goalReviewOnAssessmentDate_succeeds() {
    // given a goal to be reviewed on the assessment date itself
    Goal goal = new Goal("Go back to school", Optional.of(ASSESSED));

    // when the case is built
    ThriveCase c = valid().choices(Choices.none().withGoals(goal)).build();

    // then it is accepted
    assertThat(c.choices().goals()).containsExactly(goal);
  }

  @Test
  void addStrength_null_failsOnStrengths() {
    // given a builder
    ThriveCase.Builder b = valid();

    // when / then adding a missing strength fails at once
    assertInvalid(() -> b.addStrength(null), "ThriveCase.strengths", "is required");
  }

  @Test
  void agencies_containingNull_failsOnAgencies() {
    // given a set of agencies with a null in it
    HashSet<Agency> agencies = new HashSet<>(Arrays.asList(Agency.SOCIAL_CARE, null));
    ThriveCase.Builder b = valid();

    // when / then
    assertInvalid(() -> b.agencies(agencies), "ThriveCase.agencies", "is required");
  }

  @Test
  void invalidCaseException_message_namesFieldAndProblemButNoCaseContent() {
    // given a case with an impossible age and an identifying case id
    ThriveCase.Builder b = valid().caseId("secret-id").age(30);

    // when it is built
    Throwable thrown = catchThrowable(b::build);

    // then the message names the field and the problem, not the values
    assertThat(thrown).hasMessage("ThriveCase.age: must be at most 25")
        .hasMessageNotContaining("30").hasMessageNotContaining("secret-id");
  }
}
