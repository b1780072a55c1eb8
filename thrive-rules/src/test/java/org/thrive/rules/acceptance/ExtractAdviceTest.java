package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.json.MhsdsExtractReader;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;

/** A case built from an MHSDS-shaped extract asks for what the extract does not hold; it never guesses. */
class ExtractAdviceTest {
  @Test
  void extractWithScoresOnly_isNeverThrivingAndAsksForTheRiskAssessment(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\n"
        + "p1,2026-03-02,987261000000100,0\np1,2026-03-02,987271000000107,999\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age\np1,15\n");
    Advice a = Vignettes.ADVISOR.advise(new MhsdsExtractReader().read(s, k).get(0).thriveCase().orElseThrow());

    assertThat(a.suggestion()).isNotEqualTo(java.util.Optional.of(Grouping.THRIVING));
    assertThat(a.hasSafeguard(SafeguardKind.RISK_ASSESSMENT)).as("risk not in the extract: Not known").isTrue();
    assertThat(a.riskSignals()).isNotEmpty();
    assertThat(a.missing()).isNotEmpty();
  }
}
