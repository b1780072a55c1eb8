package org.thrive.json;

/**
 * A case file is malformed or describes an impossible case. The message is one line: the JSON path
 * (or the line and column of malformed JSON) and the problem. It never repeats values from the
 * file, so it is safe to log.
 */
public final class CaseFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /** The longest message, whatever the input: a message is one bounded line. */
  public static final int MAX_MESSAGE_LENGTH = 500;

  public CaseFileException(String path, String problem) {
    super(cap(path, 120) + ": " + cap(problem, MAX_MESSAGE_LENGTH - 122));
    this.path = cap(path, 120);
    this.problem = cap(problem, MAX_MESSAGE_LENGTH - 122);
  }

  private static String cap(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The JSON path in error, for example {@code $.needs.problems.9}. */
  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }
}
