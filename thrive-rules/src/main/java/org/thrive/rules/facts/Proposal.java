package org.thrive.rules.facts;

import org.thrive.model.advice.Basis;
import org.thrive.model.grouping.Grouping;

/**
 * A rule's proposal of a grouping, on a basis. Rules insert these:
 * {@code insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));} and may match them, for
 * example to say what a choice changes. The advisor, not the rules, settles proposals that differ.
 */
public record Proposal(Grouping grouping, Basis basis) implements Conclusion {

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
    return "Proposal";
  }
}
