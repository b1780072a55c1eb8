package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.kie.api.runtime.KieSession;
import org.thrive.model.ThriveCase;
import org.thrive.model.needs.Rating;
import org.thrive.rules.facts.ItemRating;
import org.thrive.rules.facts.RuleFact;
import org.thrive.rules.facts.StrengthFact;
import org.thrive.rules.safety.CaseGenerator;

/**
 * Only the facts some rule can match are inserted into working memory ({@link FactRelevance}).
 * Proven here to change nothing: the advice, every sentence and fact of it, and what would change
 * it, are the same as with every fact inserted, over the completeness set, generated cases, and a
 * local rule set whose rules match facts the default rules never test; and a failing constraint
 * fails the same way.
 */
@Tag("hazard-control")
class FactRelevanceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private static List<ThriveCase> generated(long seed, int count) {
    CaseGenerator generator = new CaseGenerator(seed);
    return IntStream.range(0, count).mapToObj(generator::generate).toList();
  }

  private static void assertSameAdvice(ThriveAdvisor matchable, ThriveAdvisor every, List<ThriveCase> cases) {
    for (ThriveCase c : cases) {
      assertThat(matchable.advise(c)).as("case %s", c.caseId()).isEqualTo(every.advise(c));
    }
  }

  @Test
  void advice_fromTheMatchableFacts_equalsAdviceFromEveryFact_overTheCompletenessSetAndGeneratedCases() {
    ThriveAdvisor matchable = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).build();
    ThriveAdvisor every = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).insertEveryFact().build();
    List<ThriveCase> cases = new ArrayList<>(CompletenessCheck.cases());
    cases.addAll(generated(31L, 3_000));
    assertSameAdvice(matchable, every, cases);
  }

  @Test
  void changesToDiscuss_fromTheMatchableFacts_equalThoseFromEveryFact() {
    ThriveAdvisor matchable = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).build();
    ThriveAdvisor every = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).insertEveryFact().build();
    for (ThriveCase c : generated(37L, 150)) {
      assertThat(matchable.adviseForDiscussion(c)).as("case %s", c.caseId()).isEqualTo(every.adviseForDiscussion(c));
    }
  }

  @Test
  void localRules_thatMatchFactsTheDefaultsNeverTest_seeThem() throws IOException {
    Files.writeString(dir.resolve("extra.drl"), LocalRulesTest.HEADER
        + "import org.thrive.model.strengths.StrengthKind;\n"
        + LocalRulesTest.rule("Any strength", "local.strength", "$s : StrengthFact()", "insertLogical(new Note());")
        + LocalRulesTest.rule("Another agency", "local.agency", "$i : Involved()", "insertLogical(new Note());")
        + LocalRulesTest.rule("No strength of one kind", "local.no-strength",
            "$p : Person()\n  not StrengthFact(kind == StrengthKind.values()[0])", "insertLogical(new Note());")
        + LocalRulesTest.rule("Mild ratings counted", "local.mild-count",
            "$p : Person()\n  $n : Number(intValue >= 2) from accumulate(ItemRating(rating == Rating.MILD), count(1))",
            "insertLogical(new Note());")
        + LocalRulesTest.rule("Any rating of None", "local.none",
            "exists ItemRating(rating == Rating.NONE)\n  $p : Person()", "insertLogical(new Note());")
        + INDEXED
        + LocalRulesTest.rule("A rating the explanation reads", "local.logical-rating",
            "$p : Problems(highest == Rating.SEVERE)", "insertLogical(new ItemRating(org.thrive.model.needs.CurrentViewItem"
                + ".SELF_HARM, org.thrive.model.needs.Part.PROBLEM, 10, Rating.NOT_KNOWN, false, false, false));"));
    ThriveAdvisor matchable = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0)
        .rules(RuleSource.defaultsWith(dir)).build();
    ThriveAdvisor every = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).insertEveryFact()
        .rules(RuleSource.defaultsWith(dir)).build();
    List<ThriveCase> cases = generated(41L, 1_500);
    assertSameAdvice(matchable, every, cases);
    // the local rules did fire: the facts they match were in working memory
    List<String> fired = cases.stream().flatMap(c -> matchable.advise(c).provenance().firedRuleIds().stream()).toList();
    assertThat(fired).contains("local.strength", "local.agency", "local.no-strength", "local.mild-count", "local.none",
        "local.number-is-3", "local.number-above-20", "local.logical-rating");
  }

  /**
   * Patterns that Drools reaches through a hash of equal values and a range index rather than by
   * testing each node (it indexes three or more such tests of one field).
   */
  private static final String INDEXED = IntStream.of(3, 4, 5, 6)
      .mapToObj(n -> LocalRulesTest.rule("Number is " + n, "local.number-is-" + n, "$r : ItemRating(number == " + n + ")",
          "insertLogical(new Note());")).collect(java.util.stream.Collectors.joining())
      + IntStream.of(5, 10, 20, 25)
      .mapToObj(n -> LocalRulesTest.rule("Number above " + n, "local.number-above-" + n, "$r : ItemRating(number > " + n
          + ", rating != Rating.NONE)", "insertLogical(new Note());")).collect(java.util.stream.Collectors.joining());

  /**
   * Drools' own routing is the oracle: every fact that, inserted alone into a fresh session, reaches
   * a node beyond the alpha tests (a join, not, exists, accumulate or a rule's start) is one the
   * relevance keeps, for every fact of the completeness set and generated cases, with the default
   * rules and with local rules that Drools reaches through hash and range indexes.
   */
  @Test
  void everyFactDroolsRoutesBeyondTheAlphaTests_isKept() throws IOException {
    Files.writeString(dir.resolve("indexed.drl"), LocalRulesTest.HEADER + INDEXED);
    List<ThriveCase> cases = new ArrayList<>(CompletenessCheck.cases());
    cases.addAll(generated(43L, 2_000));
    java.util.Set<RuleFact> distinct = new java.util.LinkedHashSet<>();
    for (ThriveCase c : cases) {
      distinct.addAll(CaseFacts.of(c, LocalConfiguration.defaults()));
    }
    for (RuleSet rules : List.of(RuleSource.defaults().load(), RuleSource.defaultsWith(dir).load())) {
      int reached = 0;
      int leftOut = 0;
      for (RuleFact fact : distinct) {
        KieSession alone = rules.kieBase().newKieSession();
        try {
          org.drools.core.common.InternalFactHandle handle = (org.drools.core.common.InternalFactHandle) alone.insert(fact);
          ((org.drools.core.common.InternalWorkingMemory) alone).flushPropagations();
          boolean kept = !rules.relevance().matchable(List.of(fact), alone).isEmpty();
          if (handle.hasMatches()) {
            reached++;
            assertThat(kept).as("%s reaches a rule in %s", fact.getClass().getSimpleName(), rules.name()).isTrue();
          } else if (!kept) {
            leftOut++;
          }
        } finally {
          alone.dispose();
        }
      }
      // both kinds occur, so the check can fail either way
      assertThat(reached).as(rules.name()).isGreaterThan(100);
      assertThat(leftOut).as(rules.name()).isGreaterThan(10);
    }
  }

  @Test
  void factsNoRuleCanMatch_areLeftOut_andFactsARuleCanMatch_areKept() throws IOException {
    ThriveCase c = TestCases.base().needs(TestCases.problems(2, Rating.MODERATE))
        .addStrength(new org.thrive.model.strengths.Strength(org.thrive.model.strengths.StrengthKind.values()[0], "a strength"))
        .build();
    List<RuleFact> facts = CaseFacts.of(c, LocalConfiguration.defaults());
    RuleSet defaults = RuleSource.defaults().load();
    List<RuleFact> inserted = matchable(defaults, facts);
    // no default rule tests a problem rated None
    assertThat(inserted).hasSizeLessThan(facts.size());
    assertThat(inserted).noneMatch(f -> f instanceof ItemRating r && r.rating() == Rating.NONE && r.part()
        == org.thrive.model.needs.Part.PROBLEM);
    assertThat(facts).anyMatch(f -> f instanceof ItemRating r && r.rating() == Rating.NONE);
    assertThat(inserted).isSubsetOf(facts);

    // a local rule on every rating makes every rating matchable
    Files.writeString(dir.resolve("every.drl"), LocalRulesTest.HEADER
        + LocalRulesTest.rule("Every rating", "local.every-rating", "$r : ItemRating()", "insertLogical(new Note());"));
    RuleSet withLocal = RuleSource.defaultsWith(dir).load();
    assertThat(matchable(withLocal, facts)).containsAll(facts.stream().filter(f -> f instanceof ItemRating).toList());
    // a default rule matches every strength, with no test of the strength itself
    assertThat(facts).anyMatch(f -> f instanceof StrengthFact);
    assertThat(inserted).anyMatch(f -> f instanceof StrengthFact);
  }

  private static List<RuleFact> matchable(RuleSet rules, List<RuleFact> facts) {
    KieSession session = rules.newSession();
    try {
      return rules.relevance().matchable(facts, session);
    } finally {
      session.dispose();
    }
  }

  @Test
  void aConstraintThatFails_failsTheSameWay() throws IOException {
    Files.writeString(dir.resolve("failing.drl"), LocalRulesTest.HEADER
        + LocalRulesTest.rule("Reads past the end", "local.fails", "$r : ItemRating(item.code().charAt(99) == 'x')",
            "insertLogical(new Note());"));
    ThriveCase c = TestCases.base().needs(TestCases.problems(2, Rating.MODERATE))
        .risk(org.thrive.model.risk.Risk.none().withToSelf(org.thrive.model.risk.RiskLevel.HIGH)).build();
    RuleEvaluationException matchable = catchThrowableOfType(RuleEvaluationException.class, () -> ThriveAdvisor.builder()
        .clock(CLOCK).outcomeCacheSize(0).rules(RuleSource.defaultsWith(dir)).build().advise(c));
    RuleEvaluationException every = catchThrowableOfType(RuleEvaluationException.class, () -> ThriveAdvisor.builder()
        .clock(CLOCK).outcomeCacheSize(0).insertEveryFact().rules(RuleSource.defaultsWith(dir)).build().advise(c));
    assertThat(every).isNotNull();
    assertThat(matchable).isNotNull();
    assertThat(matchable.getMessage()).isEqualTo(every.getMessage())
        .isEqualTo("the condition of rule local.fails failed while evaluating a case (StringIndexOutOfBoundsException)");
    assertThat(matchable.ruleId()).contains("local.fails");
    // the safety net's safeguards for a young person at high risk come with the error
    assertThat(matchable.safeguards()).extracting(org.thrive.model.advice.Safeguard::kind)
        .contains(org.thrive.model.advice.SafeguardKind.SAFETY_PLAN);
  }
}
