package org.thrive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.decision.Participant;
import org.thrive.model.grouping.Grouping;

/** The example programs do what their documentation says. */
class ExampleProgramsTest {
  @Test
  void localRulesHotReload_brokenEditIsRefusedAndTheFixIsServed(@TempDir Path work) throws Exception {
    LocalRulesHotReload.Outcome o = LocalRulesHotReload.run(Path.of("..", "local-rules", "merton"), work);

    assertThat(o.brokenEdit().reloaded()).isFalse();
    assertThat(o.brokenEdit().serving()).as("the previous rules keep serving").isEqualTo(o.startedOn());
    assertThat(o.brokenEdit().problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.toString()).startsWith("broken.drl:"));
    assertThat(o.goodEdit().reloaded()).isTrue();
    assertThat(o.goodEdit().serving()).as("the same files again: the same rule set").isEqualTo(o.startedOn());
    // the default rules, with one replaced and one added by Merton
    assertThat(o.rulesAfter()).isEqualTo(org.thrive.rules.ThriveAdvisor.withDefaultRules().rules().size() + 1);
  }

  @Test
  void recordAgreedDecision_recordsWhoAndWhatAndReadsTheRecordBack() throws Exception {
    Instant now = Instant.parse("2026-03-02T11:00:00Z");
    RecordAgreedDecision.Outcome o = RecordAgreedDecision.run(Path.of("..", "cases", "P12-getting-advice-choice.json"), now);

    assertThat(o.recorded().agreed()).isEqualTo(Grouping.GETTING_ADVICE);
    assertThat(o.recorded().participants()).contains(Participant.YOUNG_PERSON, Participant.PRACTITIONER);
    assertThat(o.recorded().decidedAt()).isEqualTo(now);
    assertThat(o.json()).contains("\"agreed\" : \"GETTING_ADVICE\"").contains("\"ruleSetSha256\"");
    assertThat(o.readBack()).isEqualTo(o.recorded());
  }
}
