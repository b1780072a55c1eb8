package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thrive.model.ThriveCase;
import org.thrive.rules.safety.CaseGenerator;

/**
 * The parts of an explanation kept per rule set ("why not" the other groupings, needs versus
 * choice) are exact: advice from an advisor that keeps them equals, case by case,
 * sentence by sentence, advice from one that makes every part afresh, over the whole completeness
 * set and generated cases, with the kept parts warm from the cases before.
 */
@Tag("hazard-control")
class ExplanationCacheTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void advice_withTheExplanationKeptPerRuleSet_equalsAdviceExplainedAfresh_overTheCompletenessSetAndGeneratedCases() {
    // with no outcome cache, so that what is kept per rule set is what is tested
    ThriveAdvisor keeping = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).build();
    ThriveAdvisor afresh = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).explainAfresh().build();
    List<ThriveCase> cases = new ArrayList<>(CompletenessCheck.cases());
    CaseGenerator generator = new CaseGenerator(11L);
    cases.addAll(IntStream.range(0, 3_000).mapToObj(generator::generate).toList());
    cases.forEach(keeping::advise); // warm: every kept part was made for an earlier case
    for (ThriveCase c : cases) {
      assertThat(keeping.advise(c)).as("case %s", c.caseId()).isEqualTo(afresh.advise(c));
    }
  }
}
