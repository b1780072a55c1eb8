package org.thrive.model.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupingTest {
  @Test
  void offersLessSupportThan_followsTheInputsNotTheEnumOrderAlone() {
    assertThat(Grouping.THRIVING.offersLessSupportThan(Grouping.GETTING_ADVICE)).isTrue();
    assertThat(Grouping.GETTING_ADVICE.offersLessSupportThan(Grouping.GETTING_HELP)).isTrue();
    assertThat(Grouping.GETTING_HELP.offersLessSupportThan(Grouping.GETTING_MORE_HELP)).isTrue();
    assertThat(Grouping.GETTING_MORE_HELP.offersLessSupportThan(Grouping.GETTING_RISK_SUPPORT)).isTrue();
    assertThat(Grouping.GETTING_HELP.offersLessSupportThan(Grouping.GETTING_HELP)).isFalse();
    assertThat(Grouping.GETTING_RISK_SUPPORT.offersLessSupportThan(Grouping.THRIVING)).isFalse();
  }
}
