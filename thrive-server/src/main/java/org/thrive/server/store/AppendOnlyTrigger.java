package org.thrive.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** The embedded database's guard: a decision record is never changed or removed. */
public final class AppendOnlyTrigger implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("decision records are append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
        "23000");
  }
}
