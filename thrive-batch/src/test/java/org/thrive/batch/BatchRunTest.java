package org.thrive.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thrive.json.CaseWriter;
import org.thrive.model.advice.Advice;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;

/** Batch runs: every case reaches the sink, in caseload order, and the summary counts what each advice says. */
class BatchRunTest {
  static final ThriveAdvisor ADVISOR = ThriveAdvisor.withDefaultRules();

  @Test
  void everyEntryReachesTheSink_inOrder_whateverTheThreads_andBadEntriesAreKept() {
    CaseWriter w = new CaseWriter();
    StringBuilder ndjson = new StringBuilder();
    for (long i = 0; i < 3_000; i++) {
      ndjson.append(i % 97 == 0 ? "{broken" : w.toTree(SyntheticCaseload.seeded(5).get(i)).toString()).append('\n');
    }
    List<List<String>> runs = new ArrayList<>();
    for (int threads : List.of(1, 2, 3)) {
      List<String> seen = new ArrayList<>();
      BatchRun.Totals t = BatchRun.builder(ADVISOR).threads(threads).build().run(
          Caseload.ndjson(new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8))),
          r -> seen.add(r.entry().number() + ":" + r.advice().map(a -> a.caseId() + "=" + a.suggestion())
              .orElseGet(() -> "error " + r.error().orElseThrow())));
      assertThat(t.cases()).isEqualTo(3_000);
      assertThat(t.failed()).isEqualTo(31);
      assertThat(seen).hasSize(3_000);
      assertThat(seen.get(96)).startsWith("97:");
      assertThat(seen.get(97)).startsWith("98:error");
      runs.add(seen);
    }
    // the same output on 1, 2 and 3 threads
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
    assertThat(runs.get(2)).isEqualTo(runs.get(0));
  }

  @Test
  void summary_countsWhatEachAdviceSays_andMergedPartsEqualTheWhole() {
    CaseloadSummary whole = new CaseloadSummary(ADVISOR);
    CaseloadSummary first = new CaseloadSummary(ADVISOR);
    CaseloadSummary second = new CaseloadSummary(ADVISOR);
    List<Advice> advice = new ArrayList<>();
    BatchRun.builder(ADVISOR).threads(2).build().run(Caseload.synthetic(2_000, 11), r -> {
      whole.add(r);
      (r.entry().number() <= 1_000 ? first : second).add(r);
      advice.add(r.advice().orElseThrow());
    });
    long help = advice.stream().filter(a -> a.suggestion().equals(java.util.Optional.of(Grouping.GETTING_HELP))).count();
    long crisis = advice.stream().filter(a -> a.hasSafeguard(org.thrive.model.advice.SafeguardKind.IMMEDIATE_CRISIS_RESPONSE))
        .count();
    assertThat(whole.cases()).isEqualTo(2_000);
    assertThat(whole.bySuggestion().get("Getting Help")).isEqualTo(help);
    assertThat(whole.safeguards().get("Immediate crisis response")).isEqualTo(crisis);
    assertThat(whole.bySuggestion().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2_000);
    assertThat(whole.needsVsSuggested().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue)
        .sum()).isEqualTo(2_000);
    assertThat(first.merge(second).toJson()).isEqualTo(whole.toJson());
    assertThat(whole.toText()).contains("Getting Help").contains("Rules fired:");
  }

  @Test
  void comparingRuleSets_countsTheMoves_andTheRulesBehindThem() {
    ThriveAdvisor merton = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(Path.of("..", "local-rules", "merton")))
        .build();
    RuleSetComparison cmp = new RuleSetComparison(ADVISOR, merton);
    List<String> moved = new ArrayList<>();
    BatchRun.builder(ADVISOR).compareWith(merton).threads(2).build().run(Caseload.synthetic(3_000, 2), r -> {
      cmp.add(r);
      Advice a = r.advice().orElseThrow();
      Advice b = r.compared().orElseThrow();
      if (!RuleSetComparison.label(a).equals(RuleSetComparison.label(b))) {
        moved.add(RuleSetComparison.label(a) + ">" + RuleSetComparison.label(b));
      }
    });
    assertThat(cmp.cases()).isEqualTo(3_000);
    assertThat(cmp.moved()).isEqualTo(moved.size()).isPositive();
    assertThat(cmp.moves().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum())
        .isEqualTo(moved.size());
    // merton replaces risk-support.not-helped: the rule that decided the moved cases is named
    assertThat(cmp.decidedBy()).isNotEmpty();
    assertThat(cmp.toText()).contains("Decided, under the compared rules, by:");
    assertThat(cmp.toText()).contains("suggestion moved: " + moved.size());
  }
}
