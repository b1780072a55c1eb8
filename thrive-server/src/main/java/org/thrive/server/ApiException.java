package org.thrive.server;

/**
 * A request the service refuses, with the HTTP status, a stable error code, the field at fault and
 * the problem. Messages name fields and problems only, never case content.
 */
final class ApiException extends RuntimeException {
  final int status;
  final String error;
  final String field;

  ApiException(int status, String error, String field, String problem) {
    super(problem);
    this.status = status;
    this.error = error;
    this.field = field;
  }
}
