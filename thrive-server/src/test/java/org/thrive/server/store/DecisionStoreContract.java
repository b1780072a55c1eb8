package org.thrive.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.grouping.Grouping;

/**
 * What every decision store must do, run against the embedded default and against a real
 * PostgreSQL server: append-only, corrections as new records, readable back by case and period,
 * concurrent writers, a crash mid-write leaving nothing half-written, and a restart losing nothing.
 */
abstract class DecisionStoreContract {
  static final String CBT = "P04-getting-help-cbt";
  static final String CHOICE = "P12-getting-advice-choice";

  private final List<JdbcDecisionStore> opened = new ArrayList<>();

  /** A new store over the same database each time it is called within one test. */
  abstract JdbcDecisionStore.Builder builder();

  /** A raw connection to the same database, bypassing the store. */
  abstract Connection rawConnection() throws SQLException;

  /** The qualified table name for raw SQL. */
  abstract String table();

  /** Arguments for {@link StoreCrashWriter}. */
  abstract List<String> crashWriterArgs();

  /** Turns the append-only trigger off, as a database owner could, to simulate tampering. */
  abstract void disableGuard(Statement s) throws SQLException;

  JdbcDecisionStore open() {
    JdbcDecisionStore s = builder().open();
    opened.add(s);
    return s;
  }

  @AfterEach
  void closeAll() {
    opened.forEach(JdbcDecisionStore::close);
  }

  @Test
  void appendsAndReadsBackByIdCaseAndPeriod() {
    JdbcDecisionStore store = open();
    AgreedDecision first = StoreFixtures.agreed(CBT, 10);
    AgreedDecision other = StoreFixtures.agreed(CHOICE, 20);
    StoredDecision a = store.append(first, Channel.PAGE, Optional.empty());
    StoredDecision b = store.append(other, Channel.API, Optional.empty());

    assertThat(store.byId(a.id())).get().satisfies(s -> {
      assertThat(s.decision()).isEqualTo(first);
      assertThat(s.channel()).isEqualTo(Channel.PAGE);
      assertThat(s.recordedAt()).isEqualTo(a.recordedAt());
      assertThat(s.corrects()).isEmpty();
      assertThat(s.correctedBy()).isEmpty();
    });
    assertThat(store.byCaseId(first.caseId())).extracting(StoredDecision::id).containsExactly(a.id());
    assertThat(store.byCaseId("no-such-case")).isEmpty();
    assertThat(store.decidedBetween(StoreFixtures.BASE, StoreFixtures.BASE.plusSeconds(15)))
        .extracting(StoredDecision::id).containsExactly(a.id());
    assertThat(store.decidedBetween(StoreFixtures.BASE, StoreFixtures.BASE.plusSeconds(21)))
        .extracting(StoredDecision::id).containsExactly(a.id(), b.id());
    assertThat(store.decidedBetween(StoreFixtures.BASE.plusSeconds(20), StoreFixtures.BASE.plusSeconds(20)))
        .as("the period excludes its end").isEmpty();
    assertThat(store.byId(b.id() + 1000)).isEmpty();
  }

  @Test
  void storesEverySafeguardAndTheAdvicesProvenance() {
    JdbcDecisionStore store = open();
    String risk = "P08-getting-risk-support-exploitation";
    AgreedDecision d = StoreFixtures.agreed(risk, 1);
    assertThat(d.safeguards()).isNotEmpty();
    StoredDecision s = store.append(d, Channel.API, Optional.empty());
    AgreedDecision back = store.byId(s.id()).orElseThrow().decision();
    assertThat(back.safeguards()).isEqualTo(d.safeguards());
    assertThat(back.ruleSetSha256()).isEqualTo(StoreFixtures.advice(risk).provenance().ruleSetSha256());
    assertThat(back.adviceEvaluatedAt()).isEqualTo(d.adviceEvaluatedAt());
  }

  @Test
  void aCorrectionIsANewRecordPointingToTheOneItCorrects() {
    JdbcDecisionStore store = open();
    StoredDecision original = store.append(StoreFixtures.agreed(CBT, 1), Channel.PAGE, Optional.empty());
    AgreedDecision fix = StoreFixtures.differing(CBT, Grouping.GETTING_ADVICE, 2);
    StoredDecision correction = store.append(fix, Channel.API, Optional.of(original.id()));

    assertThat(correction.corrects()).contains(original.id());
    List<StoredDecision> trail = store.byCaseId(fix.caseId());
    assertThat(trail).extracting(StoredDecision::id).containsExactly(original.id(), correction.id());
    assertThat(trail.get(0).correctedBy()).contains(correction.id());
    assertThat(trail.get(0).superseded()).isTrue();
    assertThat(trail.get(0).decision()).as("the original is kept as it was").isEqualTo(original.decision());
    assertThat(trail.get(1).superseded()).isFalse();

    assertThatThrownBy(() -> store.append(StoreFixtures.agreed(CBT, 3), Channel.API, Optional.of(original.id())))
        .isInstanceOf(DecisionStoreException.class)
        .satisfies(e -> assertThat(((DecisionStoreException) e).kind())
            .isEqualTo(DecisionStoreException.Kind.ALREADY_CORRECTED))
        .hasMessageContaining("record " + original.id());
    assertThatThrownBy(() -> store.append(StoreFixtures.agreed(CHOICE, 3), Channel.API, Optional.of(correction.id())))
        .satisfies(e -> assertThat(((DecisionStoreException) e).kind())
            .isEqualTo(DecisionStoreException.Kind.DIFFERENT_CASE));
    assertThatThrownBy(() -> store.append(StoreFixtures.agreed(CBT, 3), Channel.API, Optional.of(999_999L)))
        .satisfies(e -> assertThat(((DecisionStoreException) e).kind())
            .isEqualTo(DecisionStoreException.Kind.NOT_FOUND));
    assertThat(store.byCaseId(fix.caseId())).as("refused corrections store nothing").hasSize(2);
  }

  @Test
  void theDatabaseItselfRefusesUpdatesAndDeletes() throws SQLException {
    JdbcDecisionStore store = open();
    StoredDecision s = store.append(StoreFixtures.agreed(CBT, 1), Channel.API, Optional.empty());
    try (Connection c = rawConnection(); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("UPDATE " + table() + " SET agreed = 'THRIVING' WHERE id = " + s.id()))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM " + table() + " WHERE id = " + s.id()))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
    assertThat(store.byId(s.id())).get().extracting(StoredDecision::decision).isEqualTo(s.decision());
  }

  @Test
  void aRowAlteredOutsideTheStoreIsReportedNotServed() throws SQLException {
    JdbcDecisionStore store = open();
    StoredDecision s = store.append(StoreFixtures.agreed(CBT, 1), Channel.API, Optional.empty());
    try (Connection c = rawConnection(); Statement st = c.createStatement()) {
      disableGuard(st);
      st.executeUpdate("UPDATE " + table() + " SET record_json = REPLACE(record_json, 'GETTING_HELP', 'THRIVING')"
          + " WHERE id = " + s.id());
    }
    assertThatThrownBy(() -> store.byId(s.id()))
        .isInstanceOf(DecisionStoreException.class)
        .satisfies(e -> assertThat(((DecisionStoreException) e).kind()).isEqualTo(DecisionStoreException.Kind.CORRUPT))
        .hasMessageContaining("record " + s.id()).hasMessageNotContaining("GETTING");
  }

  @Test
  void concurrentWritersLoseNothingAndNumberEveryRecordOnce() throws Exception {
    JdbcDecisionStore store = open();
    AgreedDecision d = StoreFixtures.agreed(CBT, 1);
    int threads = 8;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          List<Long> ids = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            ids.add(store.append(d, Channel.API, Optional.empty()).id());
          }
          return ids;
        }));
      }
      Set<Long> ids = new HashSet<>();
      for (Future<List<Long>> f : futures) {
        ids.addAll(f.get(2, TimeUnit.MINUTES));
      }
      assertThat(ids).hasSize(threads * each);
      assertThat(store.byCaseId(d.caseId())).extracting(StoredDecision::id).containsExactlyInAnyOrderElementsOf(ids);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentCorrectionsOfOneRecordLetExactlyOneThrough() throws Exception {
    JdbcDecisionStore store = open();
    StoredDecision original = store.append(StoreFixtures.agreed(CBT, 1), Channel.API, Optional.empty());
    AgreedDecision fix = StoreFixtures.differing(CBT, Grouping.GETTING_ADVICE, 2);
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger refused = new AtomicInteger();
    try {
      List<Future<Optional<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<Optional<Long>> c = () -> {
          try {
            return Optional.of(store.append(fix, Channel.API, Optional.of(original.id())).id());
          } catch (DecisionStoreException e) {
            assertThat(e.kind()).isEqualTo(DecisionStoreException.Kind.ALREADY_CORRECTED);
            refused.incrementAndGet();
            return Optional.empty();
          }
        };
        futures.add(pool.submit(c));
      }
      List<Long> won = new ArrayList<>();
      for (Future<Optional<Long>> f : futures) {
        f.get(2, TimeUnit.MINUTES).ifPresent(won::add);
      }
      assertThat(won).hasSize(1);
      assertThat(refused).hasValue(threads - 1);
      assertThat(store.byCaseId(fix.caseId())).hasSize(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailureBetweenTheWriteAndItsCommitLeavesNothing() {
    JdbcDecisionStore store = open();
    StoredDecision kept = store.append(StoreFixtures.agreed(CBT, 1), Channel.API, Optional.empty());
    store.beforeCommit = this::crashInsideTransaction;
    assertThatThrownBy(() -> store.append(StoreFixtures.agreed(CBT, 2), Channel.API, Optional.of(kept.id())))
        .isInstanceOf(RuntimeException.class);
    store.beforeCommit = c -> { };
    assertThat(store.byCaseId(kept.decision().caseId())).extracting(StoredDecision::id).containsExactly(kept.id());
    assertThat(store.byId(kept.id()).orElseThrow().correctedBy()).as("the half-made correction left no trace").isEmpty();
    StoredDecision after = store.append(StoreFixtures.agreed(CBT, 3), Channel.API, Optional.of(kept.id()));
    assertThat(after.corrects()).contains(kept.id());
  }

  /** What a crash looks like from inside the transaction; by default the process fails there. */
  void crashInsideTransaction(Connection c) {
    throw new IllegalStateException("simulated crash before commit");
  }

  @Test
  void aRestartLosesNothing() {
    JdbcDecisionStore first = open();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(first.append(StoreFixtures.agreed(CBT, i), Channel.API, Optional.empty()).id());
    }
    StoredDecision corrected = first.append(StoreFixtures.differing(CBT, Grouping.GETTING_ADVICE, 9),
        Channel.PAGE, Optional.of(ids.get(0)));
    List<StoredDecision> before = first.byCaseId(corrected.decision().caseId());
    first.close();

    JdbcDecisionStore second = open();
    assertThat(second.byCaseId(corrected.decision().caseId())).isEqualTo(before);
    assertThat(second.ready()).isTrue();
    assertThat(second.append(StoreFixtures.agreed(CBT, 20), Channel.API, Optional.empty()).id())
        .isGreaterThan(corrected.id());
  }

  @Test
  void aKilledWriterLeavesEveryCommittedRecordWholeAndNoPartOfAnother() throws Exception {
    List<String> command = new ArrayList<>(List.of(
        java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StoreCrashWriter.class.getName()));
    command.addAll(crashWriterArgs());
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<Long> acknowledged = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("ready");
      String line;
      while (acknowledged.size() < 40 && (line = out.readLine()) != null) {
        acknowledged.add(Long.parseLong(line));
      }
      // Killed mid-stream: it was writing its next record. Lines it printed but we did not read are
      // committed records we do not count; every record counted must be there, whole.
      p.destroyForcibly();
    } finally {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);

    JdbcDecisionStore after = open();
    List<StoredDecision> all = after.byCaseId(StoreFixtures.agreed(CBT, 0).caseId());
    assertThat(all).extracting(StoredDecision::id).containsAll(acknowledged);
    AgreedDecision expected = StoreFixtures.agreed(CBT, 0);
    assertThat(all).allSatisfy(s -> assertThat(s.decision()).isEqualTo(expected));
  }

  static Connection connect(String url, String user) throws SQLException {
    return DriverManager.getConnection(url, user, null);
  }
}
