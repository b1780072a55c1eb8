package org.thrive.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a case, or a part of one, is impossible: a negative age, an episode that ends
 * before it starts, a required part missing.
 *
 * <p>The message names the field and the problem and never contains case content, so it is safe
 * to log. {@link #field()} and {@link #problem()} give the two parts separately, for hosts that
 * map them onto their own forms.
 */
public final class InvalidCaseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  /**
   * @param field the field in error, as a dotted path from the part that checked it
   *     (for example {@code "HelpEpisode.end"})
   * @param problem what is wrong, in words a person can act on
   */
  public InvalidCaseException(String field, String problem) {
    super(checkNotNull(field, "field") + ": " + checkNotNull(problem, "problem"));
    this.field = field;
    this.problem = problem;
  }

  /** The field in error, for example {@code "ThriveCase.age"}. */
  public String field() {
    return field;
  }

  /** What is wrong with the field. */
  public String problem() {
    return problem;
  }

  /** Throws an {@code InvalidCaseException} for {@code field} when {@code value} is null. */
  public static <T> T requirePresent(T value, String field) {
    if (value == null) {
      throw new InvalidCaseException(field, "is required");
    }
    return value;
  }

  /** Throws an {@code InvalidCaseException} for {@code field} when {@code condition} is false. */
  public static void check(boolean condition, String field, String problem) {
    if (!condition) {
      throw new InvalidCaseException(field, problem);
    }
  }
}
