package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thrive.model.advice.Advice;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.needs.Rating;

class SmokeTest {
  @Test
  void smoke() {
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
    Advice a = advisor.advise(TestCases.base().needs(TestCases.problems(2, Rating.MODERATE))
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT))).build());
    System.out.println(a.status() + " " + a.suggestion() + " needsOnly=" + a.needsOnly());
    a.reasons().forEach(r -> System.out.println(r.ruleId() + " " + r.proposal() + " " + r.facts()));
    a.safeguards().forEach(System.out::println);
    System.out.println(a.provenance());
    assertThat(a.suggestion()).isPresent();
  }
}
