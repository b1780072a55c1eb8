package org.thrive.server.store;

/** Where an agreed decision was recorded. */
public enum Channel {
  /** The web page for the shared-decision conversation. */
  PAGE,
  /** The HTTP API. */
  API,
  /** Feedback on a CDS Hooks card. */
  CDS_HOOKS
}
