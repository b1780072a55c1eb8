package org.thrive.server.store;

/**
 * A decision record could not be stored or read. The message names the problem and record
 * numbers only, never case content.
 */
public final class DecisionStoreException extends RuntimeException {
  /** What went wrong. */
  public enum Kind {
    /** The record a correction points to does not exist. */
    NOT_FOUND,
    /** The record a correction points to has already been corrected. */
    ALREADY_CORRECTED,
    /** A correction must be for the same case as the record it corrects. */
    DIFFERENT_CASE,
    /** A stored record does not match its hash or no longer passes the record's checks. */
    CORRUPT,
    /** The database could not be reached or refused the write; nothing was stored. */
    UNAVAILABLE
  }

  private final Kind kind;

  public DecisionStoreException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public DecisionStoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
