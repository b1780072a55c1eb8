package org.thrive.rules;

import com.google.common.collect.ImmutableList;

/**
 * A rule set could not be loaded: it does not compile, is empty, or a rule lacks the metadata the
 * library relies on. {@link #problems()} lists every problem found, each naming the file, line and
 * rule; the message lists them one a line. Never holds case content or a Drools stack trace.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<RuleProblem> problems;

  public RuleSetException(String summary, Iterable<RuleProblem> problems) {
    super(summary + format(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Each problem, in file and line order. */
  public ImmutableList<RuleProblem> problems() {
    return problems;
  }

  private static String format(Iterable<RuleProblem> problems) {
    StringBuilder b = new StringBuilder();
    for (RuleProblem p : problems) {
      b.append(System.lineSeparator()).append("  ").append(p);
    }
    return b.toString();
  }
}
