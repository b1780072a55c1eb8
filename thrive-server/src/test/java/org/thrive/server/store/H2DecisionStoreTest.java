package org.thrive.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default (an H2 file database, as the service uses it). */
class H2DecisionStoreTest extends DecisionStoreContract {
  @TempDir
  Path dir;

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("decisions").toAbsolutePath();
  }

  @Override
  JdbcDecisionStore.Builder builder() {
    return JdbcDecisionStore.builder(url());
  }

  @Override
  Connection rawConnection() throws SQLException {
    return connect(url(), null);
  }

  @Override
  String table() {
    return "decision_record";
  }

  @Override
  List<String> crashWriterArgs() {
    return List.of(url());
  }

  @Override
  void disableGuard(Statement s) throws SQLException {
    s.execute("DROP TRIGGER decision_record_no_change");
  }
}
