package org.thrive.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.thrive.model.decision.AgreedDecision;

/**
 * The audit trail of agreed decisions. Append-only: nothing is changed or removed; a correction is
 * a new record that points to the one it corrects, and each record can be corrected once, so a
 * case's records form chains whose latest record is the one that stands. Every write is one
 * transaction: a record is stored whole or not at all.
 *
 * <p>Implementations are thread-safe.
 */
public interface DecisionStore extends AutoCloseable {

  /**
   * Appends a record.
   *
   * @param decision the decision record
   * @param channel where it was recorded
   * @param corrects the stored record it corrects, if it is a correction
   * @return the record as stored
   * @throws DecisionStoreException if the correction's target is missing, already corrected or
   *     for another case, or the database refused the write (nothing is stored)
   */
  StoredDecision append(AgreedDecision decision, Channel channel, Optional<Long> corrects);

  /** The record with this number. */
  Optional<StoredDecision> byId(long id);

  /** Every record of this case, oldest first, corrected ones included. */
  default List<StoredDecision> byCaseId(String caseId) {
    return byCaseId(caseId, Integer.MAX_VALUE);
  }

  /** The first {@code limit} records of this case, oldest first, corrected ones included. */
  List<StoredDecision> byCaseId(String caseId, int limit);

  /** Every record decided in {@code [from, to)}, oldest first, corrected ones included. */
  default List<StoredDecision> decidedBetween(Instant from, Instant to) {
    return decidedBetween(from, to, Integer.MAX_VALUE);
  }

  /** The first {@code limit} records decided in {@code [from, to)}, oldest first. */
  List<StoredDecision> decidedBetween(Instant from, Instant to, int limit);

  /** Whether the database answers. */
  boolean ready();

  @Override
  void close();
}
