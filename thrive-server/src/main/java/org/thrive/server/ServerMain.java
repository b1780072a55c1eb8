package org.thrive.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.thrive.rules.RuleSetException;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;
import org.thrive.server.store.DecisionStoreException;
import org.thrive.server.store.JdbcDecisionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar thrive-server.jar}: starts the service and runs until stopped. */
@Command(name = "thrive-server", mixinStandardHelpOptions = true, versionProvider = ServerMain.Version.class,
    description = {"The thrive service: advice, discussion and agreed decisions over HTTP, a CDS Hooks service, and the",
        "page for the shared-decision conversation at http://HOST:PORT/.",
        "Binds to 127.0.0.1 unless --host says otherwise; it has no authentication of its own, so expose it only behind",
        "the host's."})
public final class ServerMain implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);

  @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST, description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "A host name requests may be addressed to besides 127.0.0.1, localhost and --host (repeat for"
          + " several), for a service behind a proxy that passes its own Host; others are refused (DNS rebinding).")
  java.util.List<String> allowedHosts = new java.util.ArrayList<>();

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--database", defaultValue = JdbcDecisionStore.DEFAULT_URL, paramLabel = "JDBC_URL",
      description = "Where agreed decisions are stored: jdbc:postgresql://… in production; by default the embedded"
          + " database ${DEFAULT-VALUE}, which needs no setup.")
  String database;

  @Option(names = "--database-user", paramLabel = "USER", description = "Database user.")
  String databaseUser;

  @Option(names = "--database-password-env", paramLabel = "VAR", defaultValue = "THRIVE_DATABASE_PASSWORD",
      description = "Environment variable holding the database password (default: ${DEFAULT-VALUE}).")
  String databasePasswordEnv;

  @Option(names = "--database-schema", paramLabel = "SCHEMA", description = "Schema for the decision table.")
  String databaseSchema;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "A directory of local DRL rules, loaded with the default rules; checked before it serves.")
  Path rules;

  @Option(names = "--watch", description = "Reload --rules DIR when it changes; a failed reload keeps the rules serving.")
  boolean watch;

  @Option(names = "--max-request-bytes", defaultValue = "1048576", description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(names = "--requests-per-second", defaultValue = "20",
      description = "Requests a second allowed from one client address (default: ${DEFAULT-VALUE}).")
  double requestsPerSecond;

  /** The version line: the library's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"thrive-server " + ThriveAdvisor.LIBRARY_VERSION};
    }
  }

  public static void main(String[] args) {
    int code = new CommandLine(new ServerMain()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    ThriveAdvisor advisor;
    try {
      advisor = ThriveAdvisor.builder().rules(rules == null ? RuleSource.defaults() : RuleSource.defaultsWith(rules))
          .build();
    } catch (RuleSetException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    String password = databasePasswordEnv == null ? null : System.getenv(databasePasswordEnv);
    JdbcDecisionStore store;
    try {
      JdbcDecisionStore.Builder b = JdbcDecisionStore.builder(database).user(databaseUser).password(password);
      if (databaseSchema != null) {
        b.schema(databaseSchema);
      }
      store = b.open();
    } catch (DecisionStoreException | IllegalArgumentException e) {
      System.err.println("decision store: " + e.getMessage());
      return 2;
    }
    ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withMaxRequestBytes(maxRequestBytes)
        .withRequestsPerSecond(requestsPerSecond)
        .withAllowedHosts(allowedHosts.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet()));
    ThriveServer server = ThriveServer.start(advisor, store, config);
    if (watch && rules != null) {
      advisor.watch(Duration.ofMillis(500), r -> LOG.info("rules reload: {} ({} problems)",
          r.reloaded() ? "now serving " + r.serving() : "refused, still serving " + r.serving(), r.problems().size()));
    }
    System.out.println("thrive service: http://" + host + ":" + server.port() + "/  (Ctrl-C stops it)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "thrive-server-stop"));
    stopped.await();
    return 0;
  }
}
