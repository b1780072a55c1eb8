package org.thrive.server.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server ({@code jdbc:postgresql://127.0.0.1:5432/test},
 * user postgres, trust authentication), each test in a schema of its own that is dropped after.
 * Skipped when no server answers, unless {@code THRIVE_POSTGRES_TESTS} is set (CI sets it), when
 * a missing server fails the build.
 */
class PostgresDecisionStoreTest extends DecisionStoreContract {
  static final String URL = System.getProperty("thrive.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getProperty("thrive.postgres.user", "postgres");
  private String schema;

  @BeforeEach
  void schema() throws SQLException {
    // a new user's machine may have no PostgreSQL: these tests then skip; CI sets THRIVE_POSTGRES_TESTS
    // so that a missing server fails the build instead
    boolean reachable;
    try (Connection c = connect(URL, USER)) {
      reachable = true;
    } catch (SQLException e) {
      if (System.getenv("THRIVE_POSTGRES_TESTS") != null) {
        throw e;
      }
      reachable = false;
    }
    assumeTrue(reachable, "no PostgreSQL server at " + URL);
    schema = "thrive_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @AfterEach
  void dropSchema() throws SQLException {
    closeAll();
    if (schema != null) {
      try (Connection c = connect(URL, USER); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Override
  JdbcDecisionStore.Builder builder() {
    return JdbcDecisionStore.builder(URL).user(USER).schema(schema);
  }

  @Override
  Connection rawConnection() throws SQLException {
    return connect(URL, USER);
  }

  @Override
  String table() {
    return schema + ".decision_record";
  }

  @Override
  List<String> crashWriterArgs() {
    return List.of(URL, schema);
  }

  @Override
  void disableGuard(Statement s) throws SQLException {
    s.execute("ALTER TABLE " + table() + " DISABLE TRIGGER decision_record_no_change");
  }

  /** On PostgreSQL the crash is real: the server ends the connection inside the transaction. */
  @Override
  void crashInsideTransaction(Connection c) {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_terminate_backend(pg_backend_pid())");
    } catch (SQLException e) {
      throw new IllegalStateException("connection ended before commit", e);
    }
  }
}
