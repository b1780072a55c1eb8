package org.thrive.rules.facts;

import org.thrive.model.advice.SafeguardKind;

/** Rules insert this to raise a safeguard: {@code insertLogical(new Raise(SafeguardKind.SAFETY_PLAN));}. */
public record Raise(SafeguardKind kind) implements Conclusion {

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
    return "Raise";
  }
}
