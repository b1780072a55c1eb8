package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.choice.Setting;

/**
 * One person's informed choice. {@code index} is its place among the case's choices.
 * {@code counts} says whether the choice may act on the suggestion at the young person's age
 * ({@link Person#choiceStage()}): a young child's choice of less support, alone, does not count;
 * from the age where the young person's choice leads, a parent's differing choice does not count
 * unless there is significant risk. Rules that act on a choice match {@code counts == true}. In
 * DRL: {@code Chosen(counts == true, chooser == Chooser.YOUNG_PERSON, preference == Preference.GOAL_BASED_HELP)}.
 */
public record Chosen(int index, Chooser chooser, Preference preference, Setting setting, boolean counts)
    implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    String who = Words.of(chooser.name());
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    b.add(new CaseFact("choices[" + index + "].wants", "Choice of " + who.toLowerCase(java.util.Locale.ROOT),
        Words.of(preference.name())));
    if (setting != Setting.NO_PREFERENCE) {
      b.add(new CaseFact("choices[" + index + "].setting", "Setting wanted by " + who.toLowerCase(java.util.Locale.ROOT),
          Words.of(setting.name())));
    }
    return b.build();
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Chosen";
  }
}
