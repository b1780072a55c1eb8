package org.thrive.rules.facts;

import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Presence;

/** Whether one complexity factor applies. In DRL: {@code ComplexityFactor(number == 1, presence == Presence.YES)}. */
public record ComplexityFactor(CurrentViewItem item, int number, Presence presence) implements RuleFact {
  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "ComplexityFactor";
  }
}
