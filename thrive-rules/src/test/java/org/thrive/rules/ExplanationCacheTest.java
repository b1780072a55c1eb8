package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thrive.model.ThriveCase;
import org.thrive.rules.safety.CaseGenerator;

/**
 * Explanation text kept per rule set is exact: advice from an advisor whose rule set has explained
 * the whole completeness set equals advice from a fresh advisor, case by case, sentence by sentence.
 */
class ExplanationCacheTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void advice_fromAWarmRuleSet_equalsAdviceFromAFreshOne() {
    // with no outcome cache, so that the explanation kept per rule set is what is tested
    ThriveAdvisor warm = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).build();
    List<ThriveCase> completeness = CompletenessCheck.cases();
    completeness.forEach(warm::advise);
    CaseGenerator generator = new CaseGenerator(11L);
    for (int i = 0; i < 120; i++) {
      ThriveCase c = i % 2 == 0 ? completeness.get(i * 37 % completeness.size()) : generator.generate(i);
      ThriveAdvisor fresh = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).build();
      assertThat(warm.advise(c)).as("case %s", c.caseId()).isEqualTo(fresh.advise(c));
    }
  }
}
