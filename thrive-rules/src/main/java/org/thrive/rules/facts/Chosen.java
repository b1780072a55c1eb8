package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.choice.Setting;

/** One person's informed choice. In DRL: {@code Chosen(chooser == Chooser.YOUNG_PERSON, preference == Preference.GOAL_BASED_HELP)}. */
public record Chosen(Chooser chooser, Preference preference, Setting setting) implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    String who = Words.of(chooser.name());
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    b.add(new CaseFact("choices.preference", "Choice of " + who.toLowerCase(java.util.Locale.ROOT), Words.of(preference.name())));
    if (setting != Setting.NO_PREFERENCE) {
      b.add(new CaseFact("choices.setting", "Setting wanted by " + who.toLowerCase(java.util.Locale.ROOT), Words.of(setting.name())));
    }
    return b.build();
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Chosen";
  }
}
