package org.thrive.server.store;

import java.time.Instant;
import org.thrive.model.advice.Advice;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.decision.Participant;
import org.thrive.model.grouping.Grouping;
import org.thrive.server.Fixtures;

/** Decision records built from the example cases' real advice. */
final class StoreFixtures {
  static final Instant BASE = Instant.parse("2026-03-02T10:00:00Z");

  private StoreFixtures() {
  }

  static Advice advice(String example) {
    return Fixtures.advisor().advise(Fixtures.example(example));
  }

  /** The suggestion agreed, decided {@code second} seconds after {@link #BASE}. */
  static AgreedDecision agreed(String example, int second) {
    Advice a = advice(example);
    return AgreedDecision.on(a).agreed(a.suggestion().orElseThrow())
        .participants(Participant.YOUNG_PERSON, Participant.PRACTITIONER)
        .decidedAt(BASE.plusSeconds(second)).record();
  }

  /** Another grouping agreed, for the young person's choice. */
  static AgreedDecision differing(String example, Grouping agreed, int second) {
    Advice a = advice(example);
    return AgreedDecision.on(a).agreed(agreed).participants(Participant.YOUNG_PERSON, Participant.PRACTITIONER)
        .differenceReason(DifferenceReason.YOUNG_PERSON_CHOICE).decidedAt(BASE.plusSeconds(second)).record();
  }

  /** A safety check that a name is one of the bundled examples with a suggestion. */
  static String withSuggestion(String example) {
    if (advice(example).suggestion().isEmpty()) {
      throw new IllegalStateException(example + " has no suggestion");
    }
    return example;
  }
}
