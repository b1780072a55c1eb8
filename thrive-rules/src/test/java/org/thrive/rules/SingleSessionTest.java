package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.choice.Choices;

/**
 * The suggestion without the choices is made in the same session as the suggestion with them:
 * the choice facts are retracted and the rules fire again. Proven here to be exactly what a fresh
 * evaluation of the case without its choices gives, over every generated case of the
 * completeness check and the test generator's boundary cases.
 */
@Tag("hazard-control")
class SingleSessionTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private record Seen(Object suggestion, Object status, Object needsOnly, Object safeguards, List<String> missing,
      Object resolution) {
    static Seen of(Advice a) {
      return new Seen(a.suggestion(), a.status(), a.needsOnly(), a.safeguards(),
          a.missing().stream().map(MissingInformation::field).toList(), a.resolution());
    }
  }

  /** Every case of the completeness check, and the test generator's first 3,000 boundary cases. */
  private static List<ThriveCase> completenessAndBoundaryCases() {
    List<ThriveCase> all = new ArrayList<>(CompletenessCheck.cases());
    org.thrive.rules.safety.CaseGenerator generator = new org.thrive.rules.safety.CaseGenerator(7L);
    for (long i = 0; i < 3_000; i++) {
      all.add(generator.generate(i));
    }
    return all;
  }

  @Test
  void factsWithoutChoices_fromTheCasesFacts_equalTheFactsOfTheCaseWithoutItsChoices() {
    LocalConfiguration local = LocalConfiguration.defaults();
    List<ThriveCase> all = completenessAndBoundaryCases();
    int withChoices = 0;
    for (ThriveCase c : all) {
      ThriveCase without = c.toBuilder().choices(Choices.none()).build();
      assertThat(CaseFacts.withoutChoices(CaseFacts.of(c, local))).as("case %s", c.caseId())
          .isEqualTo(CaseFacts.of(without, local));
      withChoices += c.choices().choices().isEmpty() && c.choices().goals().isEmpty() ? 0 : 1;
    }
    assertThat(withChoices).isGreaterThan(10_000);
  }

  @Test
  void withoutChoices_inTheSameSession_equalsAFreshEvaluation_overTheCompletenessSetAndBoundaryCases() {
    RuleSet rules = RuleSource.defaults().load();
    LocalConfiguration local = LocalConfiguration.defaults();
    List<ThriveCase> all = completenessAndBoundaryCases();
    int compared = 0;
    for (ThriveCase c : all) {
      if (c.choices().choices().isEmpty() && c.choices().goals().isEmpty()) {
        continue;
      }
      ThriveCase without = c.toBuilder().choices(Choices.none()).build();
      // as the advisor does: the facts without the choices made from the case's own facts
      List<org.thrive.rules.facts.RuleFact> facts = CaseFacts.of(c, local);
      Evaluation.Result[] both = Evaluation.run(rules, facts, CaseFacts.withoutChoices(facts), 10_000);
      Advice incremental = AdviceAssembler.assemble(without, rules, both[1], "test", NOW).advice();
      Advice fresh = AdviceAssembler.assemble(without, rules, Evaluation.run(rules, CaseFacts.of(without, local), 10_000),
          "test", NOW).advice();
      assertThat(Seen.of(incremental)).as("case %s", c.caseId()).isEqualTo(Seen.of(fresh));
      // and the first phase is the evaluation of the case itself
      Advice with = AdviceAssembler.assemble(c, rules, both[0], "test", NOW).advice();
      Advice withFresh = AdviceAssembler.assemble(c, rules, Evaluation.run(rules, CaseFacts.of(c, local), 10_000), "test",
          NOW).advice();
      assertThat(with).as("case %s", c.caseId()).isEqualTo(withFresh);
      compared++;
    }
    assertThat(compared).isGreaterThan(12_000);
  }
}
