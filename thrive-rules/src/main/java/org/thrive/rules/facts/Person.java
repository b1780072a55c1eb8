package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;

/** The young person's age in years. Always present. In DRL: {@code Person(age >= 16)}. */
public record Person(int age) implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(new CaseFact("age", "Age", String.valueOf(age)));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Person";
  }
}
