package org.thrive.rules;

import com.google.common.collect.ImmutableList;

/**
 * A rule set could not be loaded: it is missing, empty, or a rule lacks the metadata the library
 * relies on. The message lists every problem found, naming the file and rule; it never holds
 * case content.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  public RuleSetException(String summary, Iterable<String> problems) {
    super(summary + format(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Each problem, one line each. */
  public ImmutableList<String> problems() {
    return problems;
  }

  private static String format(Iterable<String> problems) {
    StringBuilder b = new StringBuilder();
    for (String p : problems) {
      b.append(System.lineSeparator()).append("  ").append(p);
    }
    return b.toString();
  }
}
