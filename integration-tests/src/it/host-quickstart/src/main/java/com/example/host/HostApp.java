package com.example.host;

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

/** The README's quick start, as a host writes it against the published jars. */
public final class HostApp {
  private HostApp() {}

  public static Advice quickStart() {
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules(); // build once, share across threads
    ThriveCase thriveCase = ThriveCase.builder()
        .caseId("case-0001").age(16).assessmentDate(LocalDate.of(2026, 3, 2))
        .needs(Needs.builder().problem(2, Rating.MODERATE).unlistedRatings(Rating.NONE).build())
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT)))
        .risk(Risk.none())
        .history(HelpHistory.firstContact(Engagement.ENGAGED))
        .build();
    return advisor.advise(thriveCase);
  }
}
