package org.thrive.server.store;

import java.util.Optional;
import org.thrive.model.decision.AgreedDecision;

/**
 * A separate process that appends records as fast as it can and prints each record's number once
 * its write has committed; the crash test kills it mid-write.
 */
public final class StoreCrashWriter {
  public static void main(String[] args) {
    String url = args[0];
    String schema = args.length > 1 ? args[1] : null;
    JdbcDecisionStore.Builder b = JdbcDecisionStore.builder(url).user(url.startsWith("jdbc:postgresql:") ? "postgres" : null);
    if (schema != null) {
      b.schema(schema);
    }
    JdbcDecisionStore store = b.open();
    AgreedDecision d = StoreFixtures.agreed("P04-getting-help-cbt", 0);
    System.out.println("ready");
    System.out.flush();
    for (int i = 0; ; i++) {
      StoredDecision s = store.append(d, Channel.API, Optional.empty());
      System.out.println(s.id());
      System.out.flush();
    }
  }
}
