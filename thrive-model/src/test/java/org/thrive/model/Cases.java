package org.thrive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Risk;

/** Valid cases and parts to vary one thing at a time, and the assertion every validation test uses. */
public final class Cases {
  public static final LocalDate ASSESSED = LocalDate.of(2026, 3, 2);

  private Cases() {}

  /** A valid case: every item None, every complexity factor No, no risk, first contact, engaged. */
  public static ThriveCase.Builder valid() {
    return ThriveCase.builder()
        .caseId("case-1")
        .age(14)
        .assessmentDate(ASSESSED)
        .needs(fullyRated())
        .risk(Risk.none())
        .history(HelpHistory.firstContact(Engagement.ENGAGED));
  }

  /** Needs with every rated item None and every complexity factor No. */
  public static Needs fullyRated() {
    return Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO).build();
  }

  /** Asserts that {@code call} fails with an {@link InvalidCaseException} for exactly this field and problem. */
  public static void assertInvalid(ThrowingCallable call, String field, String problem) {
    assertThatThrownBy(call)
        .hasMessage(field + ": " + problem)
        .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.problem()).isEqualTo(problem);
        });
  }
}
