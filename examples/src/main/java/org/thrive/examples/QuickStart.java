package org.thrive.examples;

import java.time.LocalDate;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpHistory;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Risk;
import org.thrive.rules.ThriveAdvisor;

/** The README's quick start, compiled and tested with the build. */
public final class QuickStart {
  private QuickStart() {}

  public static Advice run() {
    // quick-start:begin
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules(); // build once, share across threads
    ThriveCase thriveCase = ThriveCase.builder()
        .caseId("case-0001").age(16).assessmentDate(LocalDate.of(2026, 3, 2))
        .needs(Needs.builder().problem(2, Rating.MODERATE).unlistedRatings(Rating.NONE).build())
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT)))
        .risk(Risk.none())
        .history(HelpHistory.firstContact(Engagement.ENGAGED))
        .build();
    Advice advice = advisor.advise(thriveCase);
    advice.suggestion();  // Optional[GETTING_ADVICE]: her choice changed it
    advice.needsOnly();   // Optional[GETTING_HELP]: what the needs alone suggest
    advice.reasons();     // each with rule id, practitioner and family wording, and the facts
    // quick-start:end
    return advice;
  }

  public static void main(String[] args) {
    Advice advice = run();
    System.out.println(advice.suggestion().orElseThrow().label() + " (needs alone: "
        + advice.needsOnly().orElseThrow().label() + ")");
  }
}
