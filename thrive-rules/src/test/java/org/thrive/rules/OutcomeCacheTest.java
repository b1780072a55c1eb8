package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.needs.Rating;
import org.thrive.rules.safety.CaseGenerator;

/**
 * Advice kept by an advisor is exact: advice given again for a case with the same content equals,
 * field by field and sentence by sentence, the advice a fresh evaluation gives, over the whole
 * completeness set and generated cases; and a reload never serves advice of the old rules.
 */
class OutcomeCacheTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private static ThriveCase again(ThriveCase c) {
    return c.toBuilder().caseId(c.caseId() + "-again").build();
  }

  @Test
  void keptAdvice_forACaseWithTheSameContent_equalsAFreshEvaluation_overTheCompletenessSet() {
    List<ThriveCase> completeness = CompletenessCheck.cases();
    ThriveAdvisor keeping = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(completeness.size() + 1_000).build();
    ThriveAdvisor fresh = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).build();
    completeness.forEach(keeping::advise);
    CaseGenerator generator = new CaseGenerator(23L);
    List<ThriveCase> generated = java.util.stream.IntStream.range(0, 1_000).mapToObj(generator::generate).toList();
    generated.forEach(keeping::advise);

    for (ThriveCase c : com.google.common.collect.Iterables.concat(completeness, generated)) {
      ThriveCase other = again(c);
      Advice kept = keeping.advise(other);
      assertThat(kept.caseId()).isEqualTo(other.caseId());
      assertThat(kept).as("case %s", c.caseId()).isEqualTo(fresh.advise(other));
    }
  }

  @Test
  void keptAdvice_isStampedWithTheTimeOfTheCall() {
    Instant[] now = {Instant.parse("2026-03-02T10:00:00Z")};
    Clock moving = new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now[0];
      }
    };
    ThriveAdvisor advisor = ThriveAdvisor.builder().clock(moving).build();
    ThriveCase c = TestCases.base().needs(TestCases.problems(3, Rating.MODERATE)).build();
    Advice first = advisor.advise(c);
    now[0] = now[0].plusSeconds(60);
    Advice second = advisor.advise(again(c));
    assertThat(second.provenance().evaluatedAt()).isEqualTo(now[0]).isNotEqualTo(first.provenance().evaluatedAt());
    assertThat(second.reasons()).isEqualTo(first.reasons());
  }

  @Test
  void adviceForDiscussion_withKeptOutcomes_equalsAFreshEvaluation() {
    ThriveAdvisor keeping = ThriveAdvisor.builder().clock(CLOCK).build();
    ThriveAdvisor fresh = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).build();
    List<ThriveCase> completeness = CompletenessCheck.cases();
    for (int i = 0; i < 40; i++) {
      ThriveCase c = completeness.get(i * 331 % completeness.size());
      keeping.adviseForDiscussion(c);
      assertThat(keeping.adviseForDiscussion(again(c))).as("case %s", c.caseId())
          .isEqualTo(fresh.adviseForDiscussion(again(c)));
    }
  }

  @Test
  void reload_dropsWhatTheOldRulesConcluded() throws IOException {
    String marker = LocalRulesTest.HEADER
        + LocalRulesTest.rule("Marker A", "local.marker-a", "$p : Problems()", "insertLogical(new Note());");
    Files.writeString(dir.resolve("local.drl"), marker);
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    ThriveCase c = TestCases.base().needs(TestCases.problems(3, Rating.MODERATE)).build();
    assertThat(advisor.advise(c).reasonIds()).contains("local.marker-a");

    Files.writeString(dir.resolve("local.drl"), marker.replace("local.marker-a", "local.marker-b")
        .replace("Marker A", "Marker B"));
    assertThat(advisor.reload().reloaded()).isTrue();

    Advice after = advisor.advise(again(c));
    assertThat(after.reasonIds()).contains("local.marker-b").doesNotContain("local.marker-a");
    assertThat(after.provenance().ruleSetSha256()).isEqualTo(advisor.ruleSetSha256());
  }

  @Test
  void noCache_evaluatesEveryCall() {
    ThriveAdvisor advisor = ThriveAdvisor.builder().clock(CLOCK).outcomeCacheSize(0).build();
    ThriveCase c = TestCases.base().needs(TestCases.problems(3, Rating.MODERATE)).build();
    Advice first = advisor.advise(c);
    Advice second = advisor.advise(c);
    // equal, but made afresh: not the same reasons list
    assertThat(second).isEqualTo(first);
    assertThat(second.reasons()).isNotSameAs(first.reasons());
    ThriveAdvisor keeping = ThriveAdvisor.builder().clock(CLOCK).build();
    assertThat(keeping.advise(again(c)).reasons()).isSameAs(keeping.advise(c).reasons());
  }
}
