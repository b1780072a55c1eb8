package org.thrive.rules.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Preference;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;
import org.thrive.model.risk.RiskKind;
import org.thrive.model.risk.RiskLevel;
import org.thrive.model.risk.RiskSignals;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;

/**
 * The clinical safety invariants over many generated cases. The normal build runs
 * {@value #DEFAULT_CASES} cases; {@code mvn verify -Psafety-full} runs a million
 * ({@code -Dthrive.invariants.cases=N} sets any count). A report of the counts is written to
 * {@code target/safety-invariants-report.txt}.
 */
@Tag("hazard-control")
class SafetyInvariantsTest {
  static final int DEFAULT_CASES = 10_000;
  private static final long SEED = 20261201L;
  private static final ImmutableList<Grouping> SUPPORT = ImmutableList.of(Grouping.THRIVING, Grouping.GETTING_ADVICE,
      Grouping.GETTING_HELP, Grouping.GETTING_MORE_HELP, Grouping.GETTING_RISK_SUPPORT);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private static final Path REPORT = Path.of("target", "safety-invariants-report.txt");

  @org.junit.jupiter.api.BeforeAll
  static void freshReport() throws IOException {
    Files.deleteIfExists(REPORT);
  }

  private static long cases() {
    return Long.getLong("thrive.invariants.cases", DEFAULT_CASES);
  }

  /** What was seen, for the report. */
  private static final class Counts {
    final LongAdder evaluated = new LongAdder();
    final Map<String, LongAdder> seen = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();

    void count(String what) {
      seen.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    void violate(long index, String invariant) {
      if (violations.size() < 20) {
        violations.add("case gen-" + index + ": " + invariant);
      }
      count("VIOLATION " + invariant);
    }
  }

  @Test
  void defaultRules_everyInvariant_holdsOverGeneratedCases() throws IOException {
    ThriveAdvisor advisor = ThriveAdvisor.builder().clock(CLOCK).build();
    Counts counts = run(advisor, cases(), true);
    report("default rules", counts);
    assertThat(counts.violations).as("invariant violations (first 20)").isEmpty();
    assertThat(counts.evaluated.sum()).isEqualTo(cases());
  }

  @Test
  void riskRulesRemoved_theSafetyNetStillHoldsItsInvariants(@TempDir Path dir) throws IOException {
    // given the default rules without risk.drl: no rule derives risk or raises a safeguard for it
    for (String file : List.of("needs.drl", "choice.drl", "history.drl", "context.drl")) {
      Files.copy(Path.of("src", "main", "resources", "org", "thrive", "rules", "defaults", file), dir.resolve(file));
    }
    Files.writeString(dir.resolve("ruleset.properties"), "name=no-risk-rules\nversion=test\n");
    ThriveAdvisor advisor = ThriveAdvisor.builder().clock(CLOCK).rules(RuleSource.directory(dir)).build();
    assertThat(advisor.rules()).extracting(r -> r.id()).doesNotContain("risk.significant-level", "risk.current",
        "risk.clinical", "safeguard.crisis-response", "safeguard.safety-plan", "safeguard.risk-management-plan",
        "safeguard.safeguarding", "safeguard.risk-assessment").contains("choice.self-management");

    // when the safety net's invariants are checked over generated cases
    Counts counts = run(advisor, Math.min(cases(), 5_000), false);
    report("rule set with the risk rules removed", counts);

    // then the library's own checks hold them whatever the rules say
    assertThat(counts.violations).as("invariant violations (first 20)").isEmpty();
    assertThat(counts.seen).containsKey("significant risk");
  }

  private static Counts run(ThriveAdvisor advisor, long n, boolean fullRules) {
    CaseGenerator generator = new CaseGenerator(SEED);
    Counts counts = new Counts();
    LongStream.range(0, n).parallel().forEach(i -> {
      ThriveCase c = generator.generate(i);
      CURRENT.set(advisor);
      Advice a = advisor.advise(c);
      counts.evaluated.increment();
      check(i, c, a, counts, fullRules);
      if (i % 97 == 0) {
        // determinism, including lists given in another order: the same suggestion and explanation
        Advice again = advisor.advise(shuffled(c, i));
        if (!again.equals(a)) {
          counts.violate(i, "determinism: a shuffled copy of the case got different advice");
        }
        counts.count("determinism checks");
      }
    });
    return counts;
  }

  private static final ThreadLocal<ThriveAdvisor> CURRENT = new ThreadLocal<>();

  private static ThriveAdvisor advisorOf(Advice a) {
    return CURRENT.get();
  }

  private static void check(long i, ThriveCase c, Advice a, Counts counts, boolean fullRules) {
    Set<RiskKind> kinds = RiskSignals.significantKinds(c);
    boolean significant = !kinds.isEmpty();
    boolean clinical = !RiskSignals.clinicalRisk(c).isEmpty();
    boolean current = RiskSignals.hasCurrentRisk(c);
    Optional<Grouping> s = a.suggestion();
    counts.count(a.status() == AdviceStatus.SUGGESTION ? "suggested " + s.orElseThrow().label() : "cannot suggest yet");
    if (significant) {
      counts.count("significant risk");
    }
    if (clinical) {
      counts.count("clinical risk");
    }
    boolean review = a.hasSafeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED);

    // 1. never below the needs-only grouping at clinical or significant risk without a clinical review
    if ((significant || clinical) && s.isPresent() && a.needsOnly().isPresent()
        && SUPPORT.indexOf(s.get()) < SUPPORT.indexOf(a.needsOnly().get()) && !review) {
      counts.violate(i, "below the needs-only grouping at risk without a clinical review");
    }
    // 1b. current or clinical risk with advice or less, or no grouping, is reviewed
    if ((current || clinical) && (s.isEmpty() || SUPPORT.indexOf(s.get()) <= 1) && !review) {
      counts.violate(i, "advice or less at current or clinical risk without a clinical review");
    }
    // 2. Getting Risk Support only with current risk to self or others and real, current evidence
    if (s.equals(Optional.of(Grouping.GETTING_RISK_SUPPORT))) {
      counts.count("risk support suggested");
      if (!current) {
        counts.violate(i, "Getting Risk Support without current risk to self or others");
      } else if (fullRules && !RiskSignals.hasCurrentRiskForRiskSupport(c)) {
        counts.violate(i, "Getting Risk Support on immediate danger whose source is not recorded");
      }
      if (fullRules && !realEvidence(c)) {
        counts.violate(i, "Getting Risk Support without real evidence that help has not helped or cannot be used");
      }
    }
    // 3. never Thriving with anything Not known
    if (s.equals(Optional.of(Grouping.THRIVING)) && !RiskSignals.anythingNotKnown(c).isEmpty()) {
      counts.violate(i, "Thriving with something Not known");
    }
    // 4. unknown risk always surfaced: a risk assessment safeguard and each unknown field as a signal
    List<String> unknown = RiskSignals.unknownRisk(c);
    if (!unknown.isEmpty()) {
      counts.count("unknown risk");
      if (!a.hasSafeguard(SafeguardKind.RISK_ASSESSMENT)) {
        counts.violate(i, "unknown risk without a risk assessment safeguard");
      }
      for (String field : unknown) {
        if (a.riskSignals().stream().noneMatch(f -> f.field().equals(field) && f.value().equals("Not known"))) {
          counts.violate(i, "unknown risk not among the risk signals: " + field);
        }
      }
    }
    // 5. every risk signal in the input is in the output, and every kind of significant risk has its safeguard
    if (!a.riskSignals().containsAll(RiskSignals.of(c))) {
      counts.violate(i, "a risk signal in the input is missing from the advice");
    }
    expect(i, counts, a, kinds.contains(RiskKind.TO_SELF) || kinds.contains(RiskKind.RECENT_CRISES),
        SafeguardKind.SAFETY_PLAN, "risk to self or recent crises without a safety plan");
    expect(i, counts, a, kinds.contains(RiskKind.TO_OTHERS), SafeguardKind.RISK_MANAGEMENT_PLAN,
        "risk to others without a risk management plan");
    expect(i, counts, a, kinds.contains(RiskKind.FROM_OTHERS), SafeguardKind.SAFEGUARDING,
        "harm from others without safeguarding");
    expect(i, counts, a, c.risk().immediateDanger() || c.risk().toSelf() == RiskLevel.HIGH
        || c.risk().toOthers() == RiskLevel.HIGH, SafeguardKind.IMMEDIATE_CRISIS_RESPONSE,
        "immediate danger or high risk without a crisis response");
    // 7. a recorded choice never lowers the suggestion at significant or clinical risk without a clinical review
    if ((significant || clinical) && !c.choices().choices().isEmpty() && s.isPresent() && !review) {
      Optional<Grouping> without = advisorOf(a).advise(c.toBuilder().choices(Choices.none()).build()).suggestion();
      boolean treatmentInsteadOfRiskSupport = without.equals(Optional.of(Grouping.GETTING_RISK_SUPPORT))
          && s.get() == Grouping.GETTING_MORE_HELP;
      if (without.isPresent() && SUPPORT.indexOf(s.get()) < SUPPORT.indexOf(without.get())
          && !treatmentInsteadOfRiskSupport) {
        counts.violate(i, "a choice lowered the suggestion at risk without a clinical review");
      }
    }
    // 6. leaving ongoing risk support at significant risk is reviewed
    boolean ongoingRiskSupport = c.history().episodes().stream()
        .anyMatch(e -> e.kind() == HelpKind.RISK_SUPPORT && e.outcome() == Outcome.ONGOING);
    if (significant && ongoingRiskSupport && s.isPresent() && s.get() != Grouping.GETTING_RISK_SUPPORT && !review) {
      counts.violate(i, "moves out of ongoing risk support at significant risk without a clinical review");
    }
  }

  private static void expect(long i, Counts counts, Advice a, boolean when, SafeguardKind kind, String invariant) {
    if (when) {
      counts.count("needs " + kind);
      if (!a.hasSafeguard(kind)) {
        counts.violate(i, invariant);
      }
    }
  }

  /** Real, current evidence: treatment with no benefit or two unhelped episodes; unable to use help now; or ongoing risk support. */
  private static boolean realEvidence(ThriveCase c) {
    List<HelpEpisode> e = c.history().episodes();
    long noBenefit = e.stream().filter(x -> x.kind().isTreatment() && x.outcome() == Outcome.NO_BENEFIT).count();
    long unhelped = c.history().unhelpedTreatmentEpisodes();
    boolean declines = c.choices().choices().stream().anyMatch(x -> x.preference() == Preference.DECLINES_HELP);
    boolean unableNow = c.history().engagement() == Engagement.NOT_ENGAGED && declines;
    boolean ongoing = e.stream().anyMatch(x -> x.kind() == HelpKind.RISK_SUPPORT && x.outcome() == Outcome.ONGOING);
    return noBenefit >= 1 || unhelped >= 2 || unableNow || ongoing;
  }

  /** The same case with its lists given in reverse order. */
  private static ThriveCase shuffled(ThriveCase c, long seed) {
    List<Choice> choices = new ArrayList<>(c.choices().choices());
    Collections.shuffle(choices, new java.util.Random(seed));
    List<org.thrive.model.choice.Goal> goals = new ArrayList<>(c.choices().goals());
    Collections.reverse(goals);
    List<org.thrive.model.strengths.Strength> strengths = new ArrayList<>(c.strengths());
    Collections.reverse(strengths);
    List<HelpEpisode> episodes = new ArrayList<>(c.history().episodes());
    Collections.reverse(episodes);
    return c.toBuilder().choices(new Choices(ImmutableList.copyOf(choices), ImmutableList.copyOf(goals)))
        .strengths(strengths)
        .history(new org.thrive.model.history.HelpHistory(ImmutableList.copyOf(episodes), c.history().latestReview(),
            c.history().engagement()))
        .build();
  }

  private static void report(String title, Counts counts) throws IOException {
    StringBuilder b = new StringBuilder("Safety invariants, " + title + ": " + counts.evaluated.sum()
        + " generated cases (seed " + SEED + ")\n");
    new java.util.TreeMap<>(counts.seen).forEach((k, v) -> b.append("  ").append(k).append(": ").append(v.sum()).append('\n'));
    counts.violations.forEach(v -> b.append("  ").append(v).append('\n'));
    Path out = REPORT;
    Files.createDirectories(out.getParent());
    Files.writeString(out, b.toString(), Files.exists(out) ? java.nio.file.StandardOpenOption.APPEND
        : java.nio.file.StandardOpenOption.CREATE);
    System.out.print(b);
  }
}
