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
    assertThat(crises.total()).isEqualTo(5);
    assertThat(Crises.none().total()).isZero();
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
