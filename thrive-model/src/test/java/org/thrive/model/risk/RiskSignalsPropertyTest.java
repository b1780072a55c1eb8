package org.thrive.model.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.thrive.model.Cases;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseFact;

class RiskSignalsPropertyTest {

  @Property
  void of_anyRisk_carriesEverySignalInTheInput(
      @ForAll RiskLevel toSelf, @ForAll RiskLevel toOthers, @ForAll RiskLevel fromOthers,
      @ForAll Set<HarmFromOthers> harms,
      @ForAll @IntRange(min = 0, max = 5) int emergencyAttendances,
      @ForAll @IntRange(min = 0, max = 5) int otherCrisisContacts,
      @ForAll @IntRange(min = 1, max = 730) int periodDays,
      @ForAll boolean immediateDanger) {
    // given a case with an arbitrary risk picture
    Risk risk = new Risk(toSelf, toOthers, fromOthers, ImmutableSortedSet.copyOf(harms),
        new Crises(emergencyAttendances, otherCrisisContacts, periodDays), immediateDanger);
    ThriveCase c = Cases.valid().risk(risk).build();

    // when its risk signals are read
    ImmutableList<CaseFact> signals = RiskSignals.of(c);

    // then every level other than None (Not known included), immediate danger, each harm and each positive count is there
    assertLevel(signals, "risk.toSelf", "Risk to self", toSelf);
    assertLevel(signals, "risk.toOthers", "Risk to others", toOthers);
    assertLevel(signals, "risk.fromOthers", "Risk from others", fromOthers);
    assertPresentExactlyWhen(signals, new CaseFact("risk.immediateDanger", "Immediate danger", "yes"), immediateDanger);
    for (HarmFromOthers h : HarmFromOthers.values()) {
      assertPresentExactlyWhen(signals,
          new CaseFact("risk.harmFromOthers", "Harm from others of concern", RiskSignals.words(h.name())),
          harms.contains(h));
    }
    assertPresentExactlyWhen(signals, new CaseFact("risk.crises.emergencyAttendances", "A&E attendances",
        emergencyAttendances + " in " + periodDays + days(periodDays)), emergencyAttendances > 0);
    assertPresentExactlyWhen(signals, new CaseFact("risk.crises.otherCrisisContacts", "Other crisis contacts",
        otherCrisisContacts + " in " + periodDays + days(periodDays)), otherCrisisContacts > 0);
    // and crises are significant exactly when they were counted over the recent window
    assertThat(RiskSignals.significantKinds(c).contains(RiskKind.RECENT_CRISES))
        .isEqualTo(emergencyAttendances + otherCrisisContacts > 0 && periodDays <= Crises.RECENT_DAYS);
  }

  private static String days(int periodDays) {
    return periodDays <= Crises.RECENT_DAYS ? " days" : " days (when the latest happened is not known)";
  }

  private static void assertLevel(ImmutableList<CaseFact> signals, String field, String label, RiskLevel level) {
    boolean signal = level != RiskLevel.NONE;
    if (signal) {
      assertThat(signals).as(field).contains(new CaseFact(field, label, RiskSignals.words(level.name())));
    } else {
      assertThat(signals).as(field).noneMatch(f -> f.field().equals(field));
    }
  }

  private static void assertPresentExactlyWhen(ImmutableList<CaseFact> signals, CaseFact fact, boolean expected) {
    if (expected) {
      assertThat(signals).contains(fact);
    } else {
      assertThat(signals).noneMatch(f -> f.equals(fact));
    }
  }
}
