package org.thrive.rules.facts;


/**
 * The conclusion of a rule that explains without proposing a grouping or raising a safeguard:
 * {@code insertLogical(new Note());}. The rule's metadata carries what it says.
 */
public record Note() implements Conclusion {

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
