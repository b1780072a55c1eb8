package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thrive.rules.TestCases.base;
import static org.thrive.rules.TestCases.problems;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrive.model.Agency;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;

/** What the practitioner's text shows of a safeguard beyond its wording. */
class PractitionerViewTest {
  private static final ThriveAdvisor ADVISOR = ThriveAdvisor.withDefaultRules();

  @Test
  void aRiskManagementPlan_showsTheAgenciesItsWordingPointsTo_orAsksWhichToInvolve() {
    Advice none = ADVISOR.advise(base().needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withToOthers(RiskLevel.MEDIUM)).build());
    Advice police = ADVISOR.advise(base().needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withToOthers(RiskLevel.MEDIUM)).agencies(Set.of(Agency.POLICE)).build());

    assertThat(none.hasSafeguard(SafeguardKind.RISK_MANAGEMENT_PLAN)).isTrue();
    assertThat(PractitionerView.render(none)).contains("     Agencies to involve: none recorded: decide which");
    assertThat(PractitionerView.render(police)).contains("     Agencies to involve: Police\n")
        .doesNotContain("none recorded: decide which");
  }

  @Test
  void safeguardsOfOtherKinds_listNoAgencies() {
    Advice toSelf = ADVISOR.advise(base().needs(problems(9, Rating.MODERATE))
        .risk(Risk.none().withToSelf(RiskLevel.MEDIUM)).agencies(Set.of(Agency.POLICE)).build());

    assertThat(toSelf.hasSafeguard(SafeguardKind.SAFETY_PLAN)).isTrue();
    assertThat(toSelf.hasSafeguard(SafeguardKind.RISK_MANAGEMENT_PLAN)).isFalse();
    assertThat(PractitionerView.render(toSelf)).doesNotContain("Agencies to involve");
  }
}
