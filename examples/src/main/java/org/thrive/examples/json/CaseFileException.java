package org.thrive.examples.json;

/**
 * A case file is malformed or describes an impossible case. The message is one line: the JSON path
 * (or the line and column of malformed JSON) and the problem. It never repeats values from the
 * file, so it is safe to log.
 */
public final class CaseFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  public CaseFileException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** The JSON path in error, for example {@code $.needs.problems.9}. */
  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }
}
