package org.thrive.rules.facts;

import org.thrive.model.Agency;

/** An agency involved with the young person. In DRL: {@code Involved(agency == Agency.SOCIAL_CARE)}. */
public record Involved(Agency agency) implements RuleFact {

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Involved";
  }
}
