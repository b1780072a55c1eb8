package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.ThriveCase;
import org.thrive.rules.safety.CaseGenerator;

/**
 * The parts of an explanation kept per rule set ("why not" the other groupings, needs versus
 * choice) are exact: advice from an advisor that keeps them equals, case by case, sentence by
 * sentence, advice from one that makes every part afresh, over the whole completeness set and
 * generated cases, with the default rules and with local rules that propose.
 */
@Tag("hazard-control")
class ExplanationCacheTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  @Test
  void advice_withTheExplanationKeptPerRuleSet_equalsAdviceExplainedAfresh_overTheCompletenessSetAndGeneratedCases() {
    List<ThriveCase> cases = new ArrayList<>(CompletenessCheck.cases());
    CaseGenerator generator = new CaseGenerator(11L);
    cases.addAll(IntStream.range(0, 3_000).mapToObj(generator::generate).toList());
    int kept = assertKeptEqualsAfresh(RuleSource.defaults(), cases);
    // cases alike share what is kept: far fewer parts than cases
    assertThat(kept).isLessThan(cases.size() / 2);
  }

  @Test
  void advice_withTheExplanationKeptPerRuleSet_equalsAdviceExplainedAfresh_withLocalRulesThatPropose() throws IOException {
    Files.writeString(dir.resolve("local.drl"), LocalRulesTest.HEADER + """
        rule "Review: goals met, but a parent asks for more"
          @id("local.review-parent-asks")
          @proposes("GETTING_HELP")
          @requires("GOALS_MET_AT_REVIEW, GOAL_BASED_HELP_CHOSEN")
          @condition("goals were met at the latest review, and goal-based help is chosen")
          @familyCondition("you reached your goals and still want help with goals")
          @practitioner("A practitioner explanation.")
          @family("A family explanation.")
          @source("A local source.")
        when
          $h : History(latestReview == org.thrive.model.history.Progress.GOALS_MET, reviewCurrent == true)
          $c : Chosen(counts == true, preference == org.thrive.model.choice.Preference.GOAL_BASED_HELP)
        then
          insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.REVIEW));
        end
        """);
    CaseGenerator generator = new CaseGenerator(17L);
    assertKeptEqualsAfresh(RuleSource.defaultsWith(dir), IntStream.range(0, 2_000).mapToObj(generator::generate).toList());
  }

  /** Asserts the advice the same both ways, and returns how many parts were kept. */
  private static int assertKeptEqualsAfresh(RuleSource source, List<ThriveCase> cases) {
    // with no outcome cache, so that what is kept per rule set is what is tested
    ThriveAdvisor keeping = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).rules(source).build();
    ThriveAdvisor afresh = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).rules(source).explainAfresh().build();
    cases.forEach(keeping::advise); // warm: the parts the cases share are kept
    for (ThriveCase c : cases) {
      assertThat(keeping.advise(c)).as("case %s", c.caseId()).isEqualTo(afresh.advise(c));
    }
    // parts were kept, and none was made afresh for want of room
    int kept = keeping.loadedRules().explanationsKept();
    assertThat(kept).isPositive().isLessThan(RuleSet.MAX_EXPLANATIONS);
    assertThat(afresh.loadedRules().explanationsKept()).isZero();
    return kept;
  }
}
