package org.thrive.model.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.model.Cases.assertInvalid;

import com.google.common.collect.ImmutableSortedSet;
import org.junit.jupiter.api.Test;

class CrisesTest {

  @Test
  void new_negativeEmergencyAttendances_failsOnThatCount() {
    // given / when / then
    assertInvalid(() -> new Crises(-1, 0, 90), "Crises.emergencyAttendances", "must not be negative");
  }

  @Test
  void new_negativeOtherCrisisContacts_failsOnThatCount() {
    // given / when / then
    assertInvalid(() -> new Crises(0, -1, 90), "Crises.otherCrisisContacts", "must not be negative");
  }

  @Test
  void new_periodOfZeroDays_failsOnPeriod() {
    // given / when / then
    assertInvalid(() -> new Crises(0, 0, 0), "Crises.periodDays", "must be a positive number of days");
  }

  @Test
  void new_negativePeriod_failsOnPeriod() {
    // given / when / then
    assertInvalid(() -> new Crises(1, 0, -30), "Crises.periodDays", "must be a positive number of days");
  }

  @Test
  void total_addsBothKindsOfContact() {
    // given two A&E attendances and three other contacts
    Crises crises = new Crises(2, 3, 30);

    // when / then
    assertThat(crises.total()).isEqualTo(5L);
    assertThat(Crises.none().total()).isZero();
  }

  @Test
  void new_countsAboveTheBound_failOnTheCount() {
    // given / when / then counts are bounded, so adding them can never overflow
    assertInvalid(() -> new Crises(Crises.MAX_COUNT + 1, 0, 30), "Crises.emergencyAttendances",
        "must be at most " + Crises.MAX_COUNT);
    assertInvalid(() -> new Crises(0, Integer.MAX_VALUE, 30), "Crises.otherCrisisContacts",
        "must be at most " + Crises.MAX_COUNT);
    assertThat(new Crises(Crises.MAX_COUNT, Crises.MAX_COUNT, 30).total()).isEqualTo(2L * Crises.MAX_COUNT);
  }

  @Test
  void recent_onlyWithinTheRecentWindow() {
    // given the same crises counted over a recent and over a long period
    // when / then only the recent count is evidence of current risk
    assertThat(new Crises(2, 0, Crises.RECENT_DAYS).recent()).isTrue();
    assertThat(new Crises(2, 0, Crises.RECENT_DAYS + 1).recent()).isFalse();
    assertThat(new Crises(2, 0, Crises.RECENT_DAYS + 1).any()).isTrue();
    assertThat(Crises.none().recent()).isFalse();
  }

  @Test
  void risk_missingParts_failOnTheMissingField() {
    // given risks each missing one part
    // when / then
    assertInvalid(() -> new Risk(null, RiskLevel.NONE, RiskLevel.NONE, ImmutableSortedSet.of(), Crises.none(), false),
        "Risk.toSelf", "is required");
    assertInvalid(() -> new Risk(RiskLevel.NONE, null, RiskLevel.NONE, ImmutableSortedSet.of(), Crises.none(), false),
        "Risk.toOthers", "is required");
    assertInvalid(() -> new Risk(RiskLevel.NONE, RiskLevel.NONE, null, ImmutableSortedSet.of(), Crises.none(), false),
        "Risk.fromOthers", "is required");
    assertInvalid(() -> new Risk(RiskLevel.NONE, RiskLevel.NONE, RiskLevel.NONE, null, Crises.none(), false),
        "Risk.harmFromOthers", "is required");
    assertInvalid(() -> new Risk(RiskLevel.NONE, RiskLevel.NONE, RiskLevel.NONE, ImmutableSortedSet.of(), null, false),
        "Risk.crises", "is required");
  }

  @Test
  void riskLevel_notKnown_isNeitherNoneNorSignificant() {
    // given / when / then
    assertThat(RiskLevel.NOT_KNOWN).isNotEqualTo(RiskLevel.NONE);
    assertThat(RiskLevel.NOT_KNOWN.isSignificant()).isFalse();
    assertThat(RiskLevel.LOW.isSignificant()).isFalse();
    assertThat(RiskLevel.MEDIUM.isSignificant()).isTrue();
    assertThat(RiskLevel.HIGH.isSignificant()).isTrue();
  }
}
