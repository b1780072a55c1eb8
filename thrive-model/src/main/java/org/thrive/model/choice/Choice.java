package org.thrive.model.choice;

import static org.thrive.model.InvalidCaseException.requirePresent;

/**
 * One person's choice, expressed after an informed discussion.
 *
 * @param chooser who expressed it
 * @param preference what they want
 * @param setting where they want it, or {@link Setting#NO_PREFERENCE}
 */
public record Choice(Chooser chooser, Preference preference, Setting setting) {
  public Choice {
    requirePresent(chooser, "Choice.chooser");
    requirePresent(preference, "Choice.preference");
    requirePresent(setting, "Choice.setting");
  }

  /** A choice with no setting preference. */
  public static Choice of(Chooser chooser, Preference preference) {
    return new Choice(chooser, preference, Setting.NO_PREFERENCE);
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Choice";
  }
}
