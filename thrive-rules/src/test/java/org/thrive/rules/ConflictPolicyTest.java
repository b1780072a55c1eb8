package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.Resolution;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.ConflictPolicy.Outcome;
import org.thrive.rules.ConflictPolicy.Proposed;

class ConflictPolicyTest {

  @Test
  void settle_noProposals_isEmpty() {
    // given no proposals
    // when
    Outcome outcome = ConflictPolicy.settle(List.of());

    // then
    assertThat(outcome.suggestion()).isEmpty();
    assertThat(outcome.basis()).isEmpty();
    assertThat(outcome.needsOnly()).isEmpty();
    assertThat(outcome.resolution()).isEmpty();
  }

  @Test
  void settle_needsOnly_suggestsTheNeedsProposal() {
    // given one needs proposal
    // when
    Outcome outcome = ConflictPolicy.settle(List.of(new Proposed("needs.moderate", Grouping.GETTING_HELP, Basis.NEEDS)));

    // then
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(outcome.basis()).contains(Basis.NEEDS);
    assertThat(outcome.needsOnly()).contains(Grouping.GETTING_HELP);
    assertThat(outcome.resolution()).isEmpty();
  }

  @Test
  void settle_choiceAfterNeeds_laterBasisWinsWithoutAConflict() {
    // given needs propose Getting Help and a choice proposes Getting Advice
    List<Proposed> proposals = List.of(
        new Proposed("needs.moderate", Grouping.GETTING_HELP, Basis.NEEDS),
        new Proposed("choice.self-management", Grouping.GETTING_ADVICE, Basis.CHOICE));

    // when
    Outcome outcome = ConflictPolicy.settle(proposals);

    // then the choice wins, the needs-only grouping is kept, and nothing is set aside
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_ADVICE);
    assertThat(outcome.basis()).contains(Basis.CHOICE);
    assertThat(outcome.needsOnly()).contains(Grouping.GETTING_HELP);
    assertThat(outcome.resolution()).isEmpty();
  }

  @Test
  void settle_everyBasis_riskAndHistoryWins() {
    // given a proposal on every basis, listed latest first
    List<Proposed> proposals = List.of(
        new Proposed("risk-support.not-helped", Grouping.GETTING_RISK_SUPPORT, Basis.RISK_AND_HISTORY),
        new Proposed("choice.self-management", Grouping.GETTING_ADVICE, Basis.CHOICE),
        new Proposed("review.more-help-agreed", Grouping.GETTING_MORE_HELP, Basis.REVIEW),
        new Proposed("needs.moderate", Grouping.GETTING_HELP, Basis.NEEDS));

    // when
    Outcome outcome = ConflictPolicy.settle(proposals);

    // then
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_RISK_SUPPORT);
    assertThat(outcome.basis()).contains(Basis.RISK_AND_HISTORY);
    assertThat(outcome.needsOnly()).contains(Grouping.GETTING_HELP);
  }

  @Test
  void settle_reviewAfterNeeds_reviewWinsEvenWithLessSupport() {
    // given needs propose Getting More Help and review proposes Getting Advice
    List<Proposed> proposals = List.of(
        new Proposed("needs.specialist", Grouping.GETTING_MORE_HELP, Basis.NEEDS),
        new Proposed("review.goals-met", Grouping.GETTING_ADVICE, Basis.REVIEW));

    // when
    Outcome outcome = ConflictPolicy.settle(proposals);

    // then the basis decides, not the amount of support
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_ADVICE);
    assertThat(outcome.resolution()).isEmpty();
  }

  @Test
  void settle_sameBasisDisagreement_picksMoreSupportAndNamesTheSetAsideRule() {
    // given two choice rules that disagree
    List<Proposed> proposals = List.of(
        new Proposed("choice.self-management", Grouping.GETTING_ADVICE, Basis.CHOICE),
        new Proposed("choice.goal-based-help", Grouping.GETTING_HELP, Basis.CHOICE));

    // when
    Outcome outcome = ConflictPolicy.settle(proposals);

    // then the grouping offering more support is suggested and the other rule is named
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(outcome.basis()).contains(Basis.CHOICE);
    Resolution resolution = outcome.resolution().orElseThrow();
    assertThat(resolution.policy()).isEqualTo(ConflictPolicy.SAME_BASIS_POLICY).isEqualTo("same-basis-more-support");
    assertThat(resolution.setAsideRuleIds()).containsExactly("choice.self-management");
    assertThat(resolution.explanation()).contains("choice.goal-based-help", "choice.self-management",
        "Getting Help", "Getting Advice");
  }

  @Test
  void settle_sameBasisDisagreement_resultDoesNotDependOnOrder() {
    // given the same disagreeing proposals in two orders
    Proposed advice = new Proposed("choice.self-management", Grouping.GETTING_ADVICE, Basis.CHOICE);
    Proposed help = new Proposed("choice.goal-based-help", Grouping.GETTING_HELP, Basis.CHOICE);

    // when
    Outcome one = ConflictPolicy.settle(List.of(advice, help));
    Outcome other = ConflictPolicy.settle(List.of(help, advice));

    // then
    assertThat(one).isEqualTo(other);
  }

  @Test
  void settle_riskSupportAgainstMoreHelpOnSameBasis_picksRiskSupport() {
    // given two rules on the same basis proposing Getting More Help and Getting Risk Support
    List<Proposed> proposals = List.of(
        new Proposed("local.more-help", Grouping.GETTING_MORE_HELP, Basis.RISK_AND_HISTORY),
        new Proposed("local.risk-support", Grouping.GETTING_RISK_SUPPORT, Basis.RISK_AND_HISTORY));

    // when
    Outcome outcome = ConflictPolicy.settle(proposals);

    // then
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_RISK_SUPPORT);
    assertThat(outcome.resolution().orElseThrow().setAsideRuleIds()).containsExactly("local.more-help");
  }

  @Test
  void settle_threeWayDisagreement_setsAsideEveryOtherRuleSorted() {
    // given three needs rules proposing three groupings
    List<Proposed> proposals = List.of(
        new Proposed("z.thriving", Grouping.THRIVING, Basis.NEEDS),
        new Proposed("m.help", Grouping.GETTING_HELP, Basis.NEEDS),
        new Proposed("a.advice", Grouping.GETTING_ADVICE, Basis.NEEDS));

    // when
    Outcome outcome = ConflictPolicy.settle(proposals);

    // then
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(outcome.needsOnly()).contains(Grouping.GETTING_HELP);
    assertThat(outcome.resolution().orElseThrow().setAsideRuleIds()).containsExactly("a.advice", "z.thriving");
  }

  @Test
  void settle_sameBasisAgreement_hasNoResolution() {
    // given two rules on the same basis proposing the same grouping
    List<Proposed> proposals = List.of(
        new Proposed("needs.severe", Grouping.GETTING_HELP, Basis.NEEDS),
        new Proposed("local.severe", Grouping.GETTING_HELP, Basis.NEEDS));

    // when
    Outcome outcome = ConflictPolicy.settle(proposals);

    // then
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_HELP);
    assertThat(outcome.resolution()).isEmpty();
  }

  @Test
  void settle_disagreementOnOutweighedBasis_isNotReported() {
    // given needs rules that disagree, and a choice that outweighs both
    List<Proposed> proposals = List.of(
        new Proposed("a.advice", Grouping.GETTING_ADVICE, Basis.NEEDS),
        new Proposed("b.help", Grouping.GETTING_HELP, Basis.NEEDS),
        new Proposed("choice.specialist-treatment", Grouping.GETTING_MORE_HELP, Basis.CHOICE));

    // when
    Outcome outcome = ConflictPolicy.settle(proposals);

    // then the suggestion comes from the choice; the needs-only grouping is the more-support one
    assertThat(outcome.suggestion()).contains(Grouping.GETTING_MORE_HELP);
    assertThat(outcome.needsOnly()).contains(Grouping.GETTING_HELP);
    assertThat(outcome.resolution()).isEmpty();
  }
}
