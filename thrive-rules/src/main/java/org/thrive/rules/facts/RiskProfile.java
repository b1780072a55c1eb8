package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.risk.RiskLevel;

/**
 * The case's risk. Always present. {@code crisesRecent} says whether crises were counted over a
 * recent period ({@link org.thrive.model.risk.Crises#recent()}): only recent crises are evidence
 * of current risk; {@code crisesDateNotKnown} that they were counted over more than a year, so
 * when the latest happened is not known (unknown risk). In DRL: {@code RiskProfile(toSelf == RiskLevel.HIGH || immediateDanger)},
 * {@code RiskProfile(crisesRecent == true, emergencyAttendances >= 2)}.
 */
public record RiskProfile(RiskLevel toSelf, RiskLevel toOthers, RiskLevel fromOthers, boolean immediateDanger,
    int emergencyAttendances, int otherCrisisContacts, int crisisPeriodDays, boolean crisesRecent,
    boolean crisesDateNotKnown) implements RuleFact {

  @Override
  public ImmutableList<CaseFact> describe() {
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    b.add(new CaseFact("risk.toSelf", "Risk to self", Words.of(toSelf.name())));
    b.add(new CaseFact("risk.toOthers", "Risk to others", Words.of(toOthers.name())));
    b.add(new CaseFact("risk.fromOthers", "Risk from others", Words.of(fromOthers.name())));
    if (immediateDanger) {
      b.add(new CaseFact("risk.immediateDanger", "Immediate danger", "yes"));
    }
    if (emergencyAttendances > 0) {
      b.add(new CaseFact("risk.crises.emergencyAttendances", "A&E attendances",
          emergencyAttendances + " in " + crisisPeriodDays + " days"));
    }
    if (otherCrisisContacts > 0) {
      b.add(new CaseFact("risk.crises.otherCrisisContacts", "Other crisis contacts",
          otherCrisisContacts + " in " + crisisPeriodDays + " days"));
    }
    return b.build();
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "RiskProfile";
  }
}
