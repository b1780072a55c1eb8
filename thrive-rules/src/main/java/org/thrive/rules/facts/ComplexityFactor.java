package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Presence;

/** Whether one complexity factor applies. In DRL: {@code ComplexityFactor(number == 1, presence == Presence.YES)}. */
public record ComplexityFactor(CurrentViewItem item, int number, Presence presence) implements RuleFact {
  public static ComplexityFactor of(CurrentViewItem item, Presence presence) {
    return new ComplexityFactor(item, item.number(), presence);
  }

  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(new CaseFact("needs." + item.code(), item.label(), presence.label()));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "ComplexityFactor";
  }
}
