package org.thrive.model.risk;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Map;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;

/**
 * Every risk signal in a case, read straight from the input and not from any rule. Advice always
 * carries these, so no rule set can make a risk signal disappear from the output.
 *
 * <p>A signal is: a risk level of low or above (to self, to others, from others); any kind of harm
 * from others of concern; any recent crisis contact; immediate danger; a self-harm or
 * risk-to-others rating of mild or above; a current protection plan.
 */
public final class RiskSignals {
  private RiskSignals() {}

  /** The risk signals of a case, in a fixed order. */
  public static ImmutableList<CaseFact> of(ThriveCase c) {
    ImmutableList.Builder<CaseFact> out = ImmutableList.builder();
    Risk r = c.risk();
    if (r.immediateDanger()) {
      out.add(new CaseFact("risk.immediateDanger", "Immediate danger", "yes"));
    }
    level(out, "risk.toSelf", "Risk to self", r.toSelf());
    level(out, "risk.toOthers", "Risk to others", r.toOthers());
    level(out, "risk.fromOthers", "Risk from others", r.fromOthers());
    for (HarmFromOthers h : r.harmFromOthers()) {
      out.add(new CaseFact("risk.harmFromOthers", "Harm from others of concern", words(h.name())));
    }
    Crises crises = r.crises();
    if (crises.emergencyAttendances() > 0) {
      out.add(new CaseFact("risk.crises.emergencyAttendances", "A&E attendances",
          crises.emergencyAttendances() + " in " + crises.periodDays() + " days"));
    }
    if (crises.otherCrisisContacts() > 0) {
      out.add(new CaseFact("risk.crises.otherCrisisContacts", "Other crisis contacts",
          crises.otherCrisisContacts() + " in " + crises.periodDays() + " days"));
    }
    for (CurrentViewItem item : new CurrentViewItem[] {CurrentViewItem.SELF_HARM, CurrentViewItem.POSES_RISK_TO_OTHERS}) {
      Rating rating = c.needs().rating(item);
      if (rating.isDifficulty()) {
        out.add(new CaseFact("needs." + item.code(), item.label(), rating.label()));
      }
    }
    for (Map.Entry<CurrentViewItem, Presence> e : c.needs().complexityFactors().entrySet()) {
      if (e.getKey() == CurrentViewItem.CURRENT_PROTECTION_PLAN && e.getValue() == Presence.YES) {
        out.add(new CaseFact("needs." + e.getKey().code(), e.getKey().label(), Presence.YES.label()));
      }
    }
    return out.build();
  }

  /**
   * Whether the case has significant risk: immediate danger, a medium or high level, any recent
   * crisis contact, a concern of harm from others, a current protection plan, or self-harm or risk
   * to others rated Moderate or worse. The default rules use the same test; the safety net uses
   * this one whatever a local rule set says.
   */
  public static boolean isSignificant(ThriveCase c) {
    Risk r = c.risk();
    return r.immediateDanger() || r.toSelf().isSignificant() || r.toOthers().isSignificant()
        || r.fromOthers().isSignificant() || r.crises().total() > 0 || !r.harmFromOthers().isEmpty()
        || c.needs().presence(CurrentViewItem.CURRENT_PROTECTION_PLAN) == Presence.YES
        || c.needs().rating(CurrentViewItem.SELF_HARM).isAtLeast(Rating.MODERATE)
        || c.needs().rating(CurrentViewItem.POSES_RISK_TO_OTHERS).isAtLeast(Rating.MODERATE);
  }

  private static void level(ImmutableList.Builder<CaseFact> out, String field, String label, RiskLevel level) {
    if (level == RiskLevel.LOW || level.isSignificant()) {
      out.add(new CaseFact(field, label, words(level.name())));
    }
  }

  static String words(String constant) {
    String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
