package org.thrive.rules.facts;

import org.thrive.model.strengths.StrengthKind;

/** A strength to build on. In DRL: {@code StrengthFact(kind == StrengthKind.FAMILY)}. */
public record StrengthFact(int index, StrengthKind kind, String description) implements RuleFact {

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "StrengthFact";
  }
}
