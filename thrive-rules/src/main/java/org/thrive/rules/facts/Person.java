package org.thrive.rules.facts;

import org.thrive.model.choice.ChoiceStage;

/**
 * The young person's age in years, and whose informed choice leads at that age (from the local
 * configuration's age bands). Always present. In DRL: {@code Person(age >= 16)},
 * {@code Person(choiceStage == ChoiceStage.PARENT_OR_CARER_LEADS)}.
 */
public record Person(int age, ChoiceStage choiceStage) implements RuleFact {

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Person";
  }
}
