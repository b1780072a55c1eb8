package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.Agency;
import org.thrive.model.advice.CaseFact;

/** An agency involved with the young person. In DRL: {@code Involved(agency == Agency.SOCIAL_CARE)}. */
public record Involved(Agency agency) implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(new CaseFact("agencies", "Agency involved", Words.of(agency.name())));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Involved";
  }
}
