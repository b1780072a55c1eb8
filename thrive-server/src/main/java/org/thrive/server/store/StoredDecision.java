package org.thrive.server.store;

import java.time.Instant;
import java.util.Optional;
import org.thrive.model.decision.AgreedDecision;

/**
 * A decision record as stored: the record itself, its place in the audit trail, and the
 * correction chain around it.
 *
 * @param id the record's number in the store
 * @param recordedAt when the store accepted it
 * @param channel where it was recorded
 * @param corrects the record this one corrects, if it is a correction
 * @param correctedBy the record that corrects this one, if any (the latest record of a chain has none)
 * @param decision the decision record, checked again when read
 */
public record StoredDecision(
    long id, Instant recordedAt, Channel channel, Optional<Long> corrects, Optional<Long> correctedBy,
    AgreedDecision decision) {

  /** Whether a later record corrects this one. */
  public boolean superseded() {
    return correctedBy.isPresent();
  }

  /** Names the type and number only: the record is case content. */
  @Override
  public String toString() {
    return "StoredDecision[" + id + "]";
  }
}
