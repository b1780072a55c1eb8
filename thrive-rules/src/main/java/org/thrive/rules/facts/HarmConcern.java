package org.thrive.rules.facts;

import org.thrive.model.risk.HarmFromOthers;

/** One kind of harm from others of concern. In DRL: {@code HarmConcern(kind == HarmFromOthers.EXPLOITATION)}. */
public record HarmConcern(HarmFromOthers kind) implements RuleFact {

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "HarmConcern";
  }
}
