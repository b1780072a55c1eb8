package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thrive.model.choice.ChoiceStage;
import org.thrive.model.needs.CurrentViewItem;

/** The clinical settings of the local configuration: documented defaults, and every bad value refused. */
@Tag("hazard-control")
class LocalConfigurationTest {
  private static LocalConfiguration with(String key, String value) {
    Properties p = new Properties();
    p.setProperty(key, value);
    return LocalConfiguration.fromProperties(p);
  }

  @Test
  void defaults_choiceStagesReviewWindowAndRatedAges_areTheDocumentedOnes() {
    LocalConfiguration d = LocalConfiguration.defaults();
    assertThat(d.choiceStage(11)).isEqualTo(ChoiceStage.PARENT_OR_CARER_LEADS);
    assertThat(d.choiceStage(12)).isEqualTo(ChoiceStage.SHARED);
    assertThat(d.choiceStage(15)).isEqualTo(ChoiceStage.SHARED);
    assertThat(d.choiceStage(16)).isEqualTo(ChoiceStage.YOUNG_PERSON_LEADS);
    assertThat(d.reviewCurrentWithinDays()).isEqualTo(42);
    assertThat(d.ratedFromAge(CurrentViewItem.DOES_NOT_GET_TO_TOILET_IN_TIME)).isEqualTo(5);
    assertThat(d.ratedFromAge(CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES)).isZero();
  }

  @Test
  void choiceAges_outOfRangeOrNotANumber_areRefusedNamingTheKey() {
    assertThatThrownBy(() -> with(LocalConfiguration.PARENT_LEADS_UNDER, "30"))
        .hasMessageContaining("choice.parentOrCarerLeadsUnder: must be a whole number from 0 to 26");
    assertThatThrownBy(() -> with(LocalConfiguration.YOUNG_PERSON_LEADS_FROM, "sixteen"))
        .hasMessageContaining("choice.youngPersonLeadsFrom: must be a whole number");
  }

  @Test
  void parentLeadsAboveYoungPersonLeads_isRefused() {
    assertThatThrownBy(() -> with(LocalConfiguration.PARENT_LEADS_UNDER, "17"))
        .hasMessageContaining("choice.parentOrCarerLeadsUnder: must not be above choice.youngPersonLeadsFrom");
  }

  @Test
  void reviewWindowAndRatedAge_outOfRange_areRefused() {
    assertThatThrownBy(() -> with(LocalConfiguration.REVIEW_CURRENT_WITHIN_DAYS, "-1"))
        .hasMessageContaining("review.currentWithinDays: must be a whole number from 0 to 365");
    assertThatThrownBy(() -> with("currentView.ratedFromAge.problem.18", "40"))
        .hasMessageContaining("currentView.ratedFromAge.problem.18: must be a whole number from 0 to 25");
  }

  @Test
  void unknownKey_isRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> with("choice.parentLeadsUndr", "12"))
        .hasMessageContaining("unknown key (a key's text is not repeated here)")
        .hasMessageNotContaining("parentLeadsUndr");
  }

  @Test
  void changedAgeBands_changeWhoseChoiceLeads() {
    Properties p = new Properties();
    p.setProperty(LocalConfiguration.PARENT_LEADS_UNDER, "10");
    p.setProperty(LocalConfiguration.YOUNG_PERSON_LEADS_FROM, "14");
    LocalConfiguration c = LocalConfiguration.fromProperties(p);
    assertThat(c.choiceStage(10)).isEqualTo(ChoiceStage.SHARED);
    assertThat(c.choiceStage(14)).isEqualTo(ChoiceStage.YOUNG_PERSON_LEADS);
  }
}
