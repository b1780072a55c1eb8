package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;

/** Derived: help has not helped or could not be used, in this many treatment episodes. */
public record UnhelpedHistory(int episodes) implements Conclusion {
  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(new CaseFact("derived.unhelpedHistory", "Treatment that has not helped or could not be used",
        episodes + " episode(s)"));
  }

  /** Identity equality: each conclusion is its own fact, so truth maintenance never merges two rules' conclusions. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "UnhelpedHistory";
  }
}
