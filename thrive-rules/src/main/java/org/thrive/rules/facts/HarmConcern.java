package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.risk.HarmFromOthers;

/** One kind of harm from others of concern. In DRL: {@code HarmConcern(kind == HarmFromOthers.EXPLOITATION)}. */
public record HarmConcern(HarmFromOthers kind) implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(new CaseFact("risk.harmFromOthers", "Harm from others of concern", Words.of(kind.name())));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "HarmConcern";
  }
}
