package org.thrive.rules.facts;

import org.thrive.model.risk.RiskLevel;

/**
 * The case's risk. Always present. {@code immediateDangerNotKnown} says that immediate danger was
 * not recorded as present or absent: unknown risk, never read as no danger ({@code immediateDanger}
 * is then false). {@code crisesRecent} says whether crises were counted over a
 * recent period ({@link org.thrive.model.risk.Crises#recent()}): only recent crises are evidence
 * of current risk; {@code crisesDateNotKnown} that they were counted over more than a year, so
 * when the latest happened is not known (unknown risk); {@code dangerFromOthers} that the immediate
 * danger is danger from others alone (risk to self and to others assessed as none or low, with a
 * concern of harm from others: see {@link org.thrive.model.risk.RiskSignals#immediateDangerFromOthers}),
 * which needs an immediate protective response and holds support (current risk) but is not risk to
 * self or others, so never evidence for Getting Risk Support;
 * {@code dangerSourceNotRecorded} that the immediate danger has no recorded source (risk to self and
 * to others assessed as none or low, and no concern of harm from others recorded: see
 * {@link org.thrive.model.risk.RiskSignals#immediateDangerSourceNotRecorded}), which is current risk
 * but not evidence for Getting Risk Support until its source is assessed; {@code crisesSourceNotRecorded}
 * that recent crises are recorded while risk to self and to others are assessed as none or low (see
 * {@link org.thrive.model.risk.RiskSignals#crisesSourceNotRecorded}): current risk, not evidence for
 * Getting Risk Support until the record is reconciled; {@code crisesPeriodKnown} whether the crises were
 * counted over a recorded period ({@code crisisPeriodDays} is otherwise a default, never to be told);
 * {@code crisesNotKnown} that whether there were crises at all is not recorded (unknown risk). In DRL:
 * {@code RiskProfile(toSelf == RiskLevel.HIGH || immediateDanger)},
 * {@code RiskProfile(crisesRecent == true, emergencyAttendances >= 2)}.
 */
public record RiskProfile(RiskLevel toSelf, RiskLevel toOthers, RiskLevel fromOthers, boolean immediateDanger,
    boolean immediateDangerNotKnown, int emergencyAttendances, int otherCrisisContacts, int crisisPeriodDays,
    boolean crisesRecent,
    boolean crisesDateNotKnown, boolean dangerFromOthers, boolean dangerSourceNotRecorded,
    boolean crisesSourceNotRecorded, boolean crisesPeriodKnown, boolean crisesNotKnown) implements RuleFact {

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "RiskProfile";
  }
}
