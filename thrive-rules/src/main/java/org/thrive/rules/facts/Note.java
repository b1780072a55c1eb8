package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;

/**
 * The conclusion of a rule that explains without proposing a grouping or raising a safeguard:
 * {@code insertLogical(new Note());}. The rule's metadata carries what it says.
 */
public record Note() implements Conclusion {
  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of();
  }

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
    return "Note";
  }
}
