package org.thrive.rules.facts;

import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.choice.Setting;

/**
 * One person's informed choice. {@code index} is its place among the case's choices. Whether a
 * choice may act depends on the young person's age ({@link Person#choiceStage()}):
 *
 * <ul>
 *   <li>{@code counts}: the choice may act on the suggestion at all. False for a parent's or
 *       carer's choice that differs from the young person's where the young person's choice leads
 *       (16 and over by default), unless there is significant risk.
 *   <li>{@code mayLowerSupport}: the choice may also lower support (advice, self-management,
 *       declining help). False for a young child's own choice of less support (alone it never
 *       lowers support) and for a parent's choice of less support from the age where the young
 *       person may decide, until the young person's own view is recorded; and, from 12 to 15, for the
 *       young person's choice of less support while a parent or carer asks for help.
 *   <li>{@code ownView}: the choice speaks for the young person's own decision about help: a choice
 *       that may lower support, or the young person's own choice from the shared-choice age. The
 *       holds on a choice of less support at risk match it, so a young person's decline at risk is
 *       reviewed even while a parent asks for help.
 * </ul>
 *
 * Rules that act on a choice match {@code counts == true}; rules that lower support on a choice
 * match {@code mayLowerSupport == true}. In DRL:
 * {@code Chosen(mayLowerSupport == true, preference == Preference.DECLINES_HELP)}.
 */
public record Chosen(int index, Chooser chooser, Preference preference, Setting setting, boolean counts,
    boolean mayLowerSupport, boolean ownView)
    implements RuleFact {

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Chosen";
  }
}
