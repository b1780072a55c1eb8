package org.thrive.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrive.json.CaseReader;
import org.thrive.json.CaseWriter;
import org.thrive.model.ThriveCase;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.RiskLevel;

/** The synthetic caseload: reproducible, valid, and drawn from its documented distributions. */
class SyntheticCaseloadTest {
  private static final int N = 20_000;

  @Test
  void caseIOfASeed_isAlwaysTheSameCase_andSeedsDiffer() {
    SyntheticCaseload a = SyntheticCaseload.seeded(7);
    SyntheticCaseload b = SyntheticCaseload.seeded(7);
    SyntheticCaseload c = SyntheticCaseload.seeded(8);
    int differ = 0;
    for (long i = 0; i < 500; i++) {
      assertThat(a.get(i)).isEqualTo(b.get(i));
      if (!a.get(i).needs().equals(c.get(i).needs()) || a.get(i).age() != c.get(i).age()) {
        differ++;
      }
    }
    // each case is its own stream: generated out of order, a case is the same
    assertThat(a.get(123)).isEqualTo(SyntheticCaseload.seeded(7).get(123));
    assertThat(differ).isGreaterThan(300);
  }

  @Test
  void everyCase_isValid_hasAUniqueId_andRoundTripsThroughTheCaseFormat() throws Exception {
    SyntheticCaseload s = SyntheticCaseload.seeded(1);
    Set<String> ids = new HashSet<>();
    CaseWriter writer = new CaseWriter();
    CaseReader reader = new CaseReader();
    for (long i = 0; i < 2_000; i++) {
      ThriveCase c = s.get(i);
      assertThat(ids.add(c.caseId())).isTrue();
      assertThat(reader.read(new java.io.ByteArrayInputStream(writer.write(c).getBytes(java.nio.charset.StandardCharsets.UTF_8))))
          .isEqualTo(c);
    }
  }

  @Test
  void theShares_areThoseDocumented() {
    SyntheticCaseload s = SyntheticCaseload.seeded(42);
    int severe = 0;
    int none = 0;
    int notKnownItem = 0;
    int highRisk = 0;
    int firstContact = 0;
    int historyNotKnown = 0;
    int young = 0;
    for (long i = 0; i < N; i++) {
      ThriveCase c = s.get(i);
      Rating highest = c.needs().ratings().entrySet().stream().filter(e -> e.getKey().part() == Part.PROBLEM)
          .map(java.util.Map.Entry::getValue).filter(r -> r != Rating.NOT_KNOWN)
          .max(java.util.Comparator.naturalOrder()).orElse(Rating.NONE);
      severe += highest == Rating.SEVERE ? 1 : 0;
      none += highest == Rating.NONE ? 1 : 0;
      notKnownItem += c.needs().ratings().containsValue(Rating.NOT_KNOWN) ? 1 : 0;
      highRisk += c.risk().toSelf() == RiskLevel.HIGH ? 1 : 0;
      firstContact += c.history().isFirstContact() ? 1 : 0;
      historyNotKnown += c.history().episodesKnown() ? 0 : 1;
      young += c.age() < 12 ? 1 : 0;
    }
    // most cases mild or moderate; fewer severe; a small share at high risk; some Not known
    assertThat(share(severe)).isBetween(0.12, 0.18);
    assertThat(share(none)).isBetween(0.09, 0.15);
    assertThat(share(notKnownItem)).isBetween(0.06, 0.10);
    assertThat(share(highRisk)).isBetween(0.02, 0.04);
    assertThat(share(firstContact)).isBetween(0.54, 0.62);
    assertThat(share(historyNotKnown)).isBetween(0.02, 0.04);
    assertThat(share(young)).isBetween(0.27, 0.33);
  }

  private static double share(int n) {
    return (double) n / N;
  }
}
