package org.thrive.model.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.thrive.model.Cases;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;

class RiskSignalsTest {

  @Test
  void of_noRisk_isEmptyAndNotSignificant() {
    // given a fully rated case with risk assessed as none
    ThriveCase c = Cases.valid().build();

    // when / then
    assertThat(RiskSignals.of(c)).isEmpty();
    assertThat(RiskSignals.isSignificant(c)).isFalse();
  }

  @Test
  void of_riskNotAssessed_surfacesEveryUnknownLevel() {
    // given a case whose risk is not assessed
    ThriveCase c = Cases.valid().risk(Risk.notAssessed()).build();

    // when / then unknown is never none: immediate danger and each Not known level are signals
    assertThat(RiskSignals.of(c)).extracting(CaseFact::field)
        .containsExactly("risk.immediateDanger", "risk.toSelf", "risk.toOthers", "risk.fromOthers");
    assertThat(RiskSignals.of(c)).extracting(CaseFact::value).containsOnly("Not known");
    assertThat(RiskSignals.unknownRisk(c))
        .containsExactly("risk.immediateDanger", "risk.toSelf", "risk.toOthers", "risk.fromOthers");
  }

  @Test
  void immediateDangerNotKnown_isUnknownRisk_neverNoDanger() {
    // given risk assessed as none, but immediate danger not recorded as present or absent
    ThriveCase c = Cases.valid().risk(Risk.none().withImmediateDangerNotKnown()).build();

    // then it is surfaced as Not known (a signal, unknown risk, a Not known fact), not as no danger
    assertThat(c.risk().immediateDanger()).isFalse();
    assertThat(c.risk().immediateDangerKnown()).isFalse();
    assertThat(RiskSignals.of(c)).extracting(CaseFact::field, CaseFact::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("risk.immediateDanger", "Not known"));
    assertThat(RiskSignals.unknownRisk(c)).containsExactly("risk.immediateDanger");
    assertThat(RiskSignals.anythingNotKnown(c)).contains("risk.immediateDanger");
    // and danger cannot be both present and not known
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Risk(RiskLevel.NONE, RiskLevel.NONE, RiskLevel.NONE,
            com.google.common.collect.ImmutableSortedSet.of(), Crises.none(), true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Risk.immediateDanger");
  }

  @Test
  void of_fixedOrder_immediateDangerFirstThenLevelsHarmsCrisesRatingsAndProtectionPlan() {
    // given a case with one of every kind of signal
    Needs needs = Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO)
        .rate(CurrentViewItem.SELF_HARM, Rating.MILD).rate(CurrentViewItem.POSES_RISK_TO_OTHERS, Rating.SEVERE)
        .complexity(CurrentViewItem.CURRENT_PROTECTION_PLAN, Presence.YES).build();
    Risk risk = Risk.none().withToSelf(RiskLevel.HIGH).withToOthers(RiskLevel.LOW)
        .withFromOthers(RiskLevel.MEDIUM, EnumSet.of(HarmFromOthers.EXPLOITATION))
        .withCrises(new Crises(1, 2, 30)).withImmediateDanger(true);
    ThriveCase c = Cases.valid().needs(needs).risk(risk).build();

    // when / then
    assertThat(RiskSignals.of(c)).containsExactly(
        new CaseFact("risk.immediateDanger", "Immediate danger", "yes"),
        new CaseFact("risk.toSelf", "Risk to self", "High"),
        new CaseFact("risk.toOthers", "Risk to others", "Low"),
        new CaseFact("risk.fromOthers", "Risk from others", "Medium"),
        new CaseFact("risk.harmFromOthers", "Harm from others of concern", "Exploitation"),
        new CaseFact("risk.crises.emergencyAttendances", "A&E attendances", "1 in 30 days"),
        new CaseFact("risk.crises.otherCrisisContacts", "Other crisis contacts", "2 in 30 days"),
        new CaseFact("needs.problem.10", "Self-harm", "Mild"),
        new CaseFact("needs.problem.16", "Poses risk to others", "Severe"),
        new CaseFact("needs.complexity.7", "Current protection plan", "Yes"));
  }

  @Test
  void isSignificant_lowRiskOnly_isFalse_mediumIsTrue() {
    // given low and medium risk to self
    ThriveCase low = Cases.valid().risk(Risk.none().withToSelf(RiskLevel.LOW)).build();
    ThriveCase medium = Cases.valid().risk(Risk.none().withToSelf(RiskLevel.MEDIUM)).build();

    // when / then
    assertThat(RiskSignals.isSignificant(low)).isFalse();
    assertThat(RiskSignals.isSignificant(medium)).isTrue();
  }

  @Test
  void isSignificant_selfHarmModerate_isTrue_mildIsFalse() {
    // given self-harm rated Moderate, and Mild
    ThriveCase moderate = Cases.valid().needs(Needs.builder().unlistedRatings(Rating.NONE)
        .rate(CurrentViewItem.SELF_HARM, Rating.MODERATE).build()).build();
    ThriveCase mild = Cases.valid().needs(Needs.builder().unlistedRatings(Rating.NONE)
        .rate(CurrentViewItem.SELF_HARM, Rating.MILD).build()).build();

    // when / then
    assertThat(RiskSignals.isSignificant(moderate)).isTrue();
    assertThat(RiskSignals.isSignificant(mild)).isFalse();
  }
}
