package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.thrive.model.ThriveCase;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Risk;

/** Cases for rule tests: a fully rated case with no needs and no risk, to vary one thing at a time. */
final class TestCases {
  static final LocalDate ASSESSED = LocalDate.of(2026, 3, 2);

  private TestCases() {}

  /** Everything rated None, no risk, first contact, engaged, no choices. */
  static ThriveCase.Builder base() {
    return ThriveCase.builder()
        .caseId("test-1")
        .age(14)
        .assessmentDate(ASSESSED)
        .needs(Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(
            org.thrive.model.needs.Presence.NO).build())
        .risk(Risk.none())
        .history(HelpHistory.firstContact(Engagement.ENGAGED));
  }

  /** Needs with every item None except the given problem ratings (number, rating pairs). */
  static Needs problems(Object... numberAndRating) {
    Needs.Builder b = Needs.builder().unlistedRatings(Rating.NONE)
        .unlistedComplexityFactors(org.thrive.model.needs.Presence.NO);
    for (int i = 0; i < numberAndRating.length; i += 2) {
      b.problem((Integer) numberAndRating[i], (Rating) numberAndRating[i + 1]);
    }
    return b.build();
  }

  static HelpHistory history(Engagement engagement, org.thrive.model.history.Progress review,
      org.thrive.model.history.HelpEpisode... episodes) {
    return new HelpHistory(ImmutableList.copyOf(episodes), review, engagement);
  }
}
