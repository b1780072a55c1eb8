package org.thrive.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrive.model.ThriveCase;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Engagement;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Risk;
import org.thrive.model.risk.RiskLevel;
import org.thrive.model.risk.RiskSignals;

/**
 * The limit, for the side-by-side benchmark: the core of the default rules, what the needs alone
 * suggest, written by hand in plain Java straight from the case, with no rule engine, no
 * explanation and no safety net. It is what a grouping costs when nothing else is done; it is not
 * the library (the rules are), and {@link #checkAgainst} proves it gives the advisor's needs-only
 * grouping for every case it is measured on and for the completeness set, so the figure is for the
 * same answer. Benchmarks
 * only, never shipped.
 */
public final class HandWrittenCore {
  private HandWrittenCore() {}

  /** What the needs alone suggest, as the default needs rules settle it (the most support among their proposals). */
  public static Optional<Grouping> needsOnly(ThriveCase c) {
    int none = 0;
    int mild = 0;
    int moderate = 0;
    int severe = 0;
    int notKnown = 0;
    int severeNeeds = 0;
    Rating highestNeed = Rating.NOT_KNOWN;
    boolean contextModerate = false;
    boolean contextNotKnown = false;
    boolean neurodevelopmental = false;
    boolean specialist = false;
    boolean psychosisModerate = false;
    for (Map.Entry<CurrentViewItem, Rating> e : c.needs().ratings().entrySet()) {
      CurrentViewItem item = e.getKey();
      Rating r = e.getValue();
      if (item.part() != Part.PROBLEM) {
        contextModerate |= r.isAtLeast(Rating.MODERATE);
        contextNotKnown |= r == Rating.NOT_KNOWN;
        continue;
      }
      switch (r) {
        case NONE -> none++;
        case MILD -> mild++;
        case MODERATE -> moderate++;
        case SEVERE -> severe++;
        case NOT_KNOWN -> notKnown++;
      }
      boolean neuro = item == CurrentViewItem.DIFFICULTIES_SITTING_STILL_OR_CONCENTRATING
          || item == CurrentViewItem.UNEXPLAINED_DEVELOPMENTAL_DIFFICULTIES;
      if (r == Rating.SEVERE && !neuro) {
        severeNeeds++;
      }
      if (r.isKnown()) {
        Rating counted = neuro && r.isAtLeast(Rating.MODERATE) ? Rating.MILD : r;
        if (!highestNeed.isKnown() || counted.isAtLeast(highestNeed)) {
          highestNeed = counted;
        }
      }
      neurodevelopmental |= neuro && r.isAtLeast(Rating.MODERATE);
      boolean psychosis = item == CurrentViewItem.DELUSIONAL_BELIEFS_AND_HALLUCINATIONS && r.isAtLeast(Rating.MODERATE);
      psychosisModerate |= psychosis;
      specialist |= psychosis
          || (item == CurrentViewItem.EATING_ISSUES || item == CurrentViewItem.EXTREMES_OF_MOOD) && r == Rating.SEVERE;
    }
    boolean complexityNotKnown = false;
    for (Presence p : c.needs().complexityFactors().values()) {
      complexityNotKnown |= p == Presence.NOT_KNOWN;
    }
    Risk risk = c.risk();
    boolean riskKnown = risk.toSelf() != RiskLevel.NOT_KNOWN && risk.toOthers() != RiskLevel.NOT_KNOWN
        && risk.fromOthers() != RiskLevel.NOT_KNOWN && !risk.crises().dateNotKnown() && risk.crises().countKnown()
        && risk.immediateDangerKnown();
    boolean currentRisk = RiskSignals.hasCurrentRisk(c);

    Grouping most = null;
    if (highestNeed == Rating.NONE && notKnown == 0 && !contextModerate && !contextNotKnown && !complexityNotKnown
        && c.history().engagement() != Engagement.NOT_KNOWN && riskKnown && !currentRisk) {
      most = more(most, Grouping.THRIVING);
    }
    if (highestNeed == Rating.NONE && notKnown == 0 && contextModerate && !currentRisk) {
      most = more(most, Grouping.GETTING_ADVICE);
    }
    if (highestNeed == Rating.MILD && notKnown == 0 && !currentRisk) {
      most = more(most, Grouping.GETTING_ADVICE); // mild difficulties, or a neurodevelopmental assessment
    }
    if (highestNeed == Rating.MODERATE && !psychosisModerate) {
      most = more(most, Grouping.GETTING_HELP);
    }
    if (highestNeed == Rating.SEVERE && severeNeeds < 2 && !specialist) {
      most = more(most, Grouping.GETTING_HELP);
    }
    if (severeNeeds >= 2 || specialist) {
      most = more(most, Grouping.GETTING_MORE_HELP);
    }
    if ((highestNeed == Rating.NONE || highestNeed == Rating.MILD) && notKnown == 0 && currentRisk) {
      most = more(most, Grouping.GETTING_HELP);
    }
    return Optional.ofNullable(most);
  }

  /** The completeness check's cases: every combination of the inputs that decide a grouping. */
  public static List<ThriveCase> completenessCases() {
    return CompletenessCheck.cases();
  }

  private static Grouping more(Grouping a, Grouping b) {
    return a == null || a.offersLessSupportThan(b) ? b : a;
  }

  /**
   * Proves the hand-written core gives the advisor's needs-only grouping for every case.
   *
   * @throws IllegalStateException naming how many cases disagree
   */
  public static void checkAgainst(ThriveAdvisor advisor, List<ThriveCase> cases) {
    long disagree = cases.stream()
        .filter(c -> !needsOnly(c).equals(advisor.advise(c).needsOnly())).count();
    if (disagree > 0) {
      throw new IllegalStateException("the hand-written core disagrees with the rules' needs-only grouping on " + disagree
          + " of " + cases.size() + " cases; it is not a fair limit");
    }
  }
}
