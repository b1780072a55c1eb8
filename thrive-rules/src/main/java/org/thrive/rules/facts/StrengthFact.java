package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.strengths.StrengthKind;

/** A strength to build on. In DRL: {@code StrengthFact(kind == StrengthKind.FAMILY)}. */
public record StrengthFact(int index, StrengthKind kind, String description) implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(new CaseFact("strengths[" + index + "]", Words.of(kind.name()) + " strength", description));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "StrengthFact";
  }
}
