package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.WhyNot;
import org.thrive.rules.safety.CaseGenerator;

/**
 * "Why not" and "set aside" name parts of a rule's condition ({@code @requires}). They are true
 * for the case only if each default rule holds exactly when all its parts hold: this test proves
 * it over generated cases weighted to the boundaries of the clinical principles, and that every
 * part "why not" names as not holding really does not hold.
 */
@Tag("hazard-control")
class CriterionConsistencyTest {
  static final int CASES = 20_000;

  @Test
  void everyDefaultRuleWithParts_holdsExactlyWhenAllItsPartsHold() {
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
    RuleSet rules = RuleSource.defaults().load();
    LocalConfiguration local = advisor.localConfiguration();
    CaseGenerator gen = new CaseGenerator(9);
    List<RuleInfo> withParts = rules.rules().stream().filter(r -> !r.requires().isEmpty()).toList();
    assertThat(withParts).as("every default rule that proposes a grouping lists its parts")
        .hasSameSizeAs(rules.rules().stream().filter(r -> r.proposes().isPresent()).toList());
    Map<String, Integer> fired = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    for (long i = 0; i < CASES; i++) {
      ThriveCase c = gen.generate(i);
      Evaluation.Result result = Evaluation.run(rules, CaseFacts.of(c, local), ThriveAdvisor.DEFAULT_MAX_FIRINGS);
      AdviceAssembler.Assessment a = AdviceAssembler.assemble(c, rules, result, "test", Instant.EPOCH);
      for (RuleInfo r : withParts) {
        boolean holds = a.advice().reasons().stream().anyMatch(x -> x.ruleId().equals(r.id()) && x.proposal().isPresent());
        boolean parts = r.requires().stream().allMatch(k -> k.holds(a.facts()));
        if (holds) {
          fired.merge(r.id(), 1, Integer::sum);
        }
        if (holds != parts && mismatches.size() < 20) {
          mismatches.add(r.id() + " on case " + i + ": rule " + (holds ? "holds" : "does not hold") + ", parts "
              + (parts ? "all hold" : "do not all hold"));
        }
      }
    }
    assertThat(mismatches).isEmpty();
    // the generator reaches most rules, so the equivalence is tested, not vacuous
    assertThat(fired.keySet()).hasSizeGreaterThan(withParts.size() * 2 / 3);
  }

  @Test
  void whyNot_everyPartNamedAsNotHolding_doesNotHold() {
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
    RuleSet rules = RuleSource.defaults().load();
    CaseGenerator gen = new CaseGenerator(11);
    int named = 0;
    for (long i = 0; i < 2_000; i++) {
      ThriveCase c = gen.generate(i);
      Advice advice = advisor.advise(c);
      Evaluation.Result result = Evaluation.run(rules, CaseFacts.of(c, advisor.localConfiguration()),
          ThriveAdvisor.DEFAULT_MAX_FIRINGS);
      for (WhyNot w : advice.whyNot()) {
        for (WhyNot.Condition cond : w.conditions()) {
          RuleInfo r = rules.rules().stream().filter(x -> x.id().equals(cond.ruleId())).findFirst().orElseThrow();
          for (var part : cond.notHeld()) {
            Criterion k = r.requires().stream().filter(x -> x.wording().equals(part)).findFirst().orElseThrow();
            assertThat(k.holds(result.facts())).as(cond.ruleId() + " " + k + " on case " + i).isFalse();
            named++;
          }
          if (cond.status() == WhyNot.Status.NOT_MET) {
            assertThat(cond.notHeld()).as("a condition not met names at least one part that did not hold").isNotEmpty();
          }
        }
      }
    }
    assertThat(named).isGreaterThan(1000);
  }
}
