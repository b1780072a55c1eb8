package org.thrive.server.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.thrive.json.CaseFileException;
import org.thrive.json.DecisionJson;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.grouping.Grouping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision store over JDBC: PostgreSQL in production, or the embedded H2 database by default,
 * which needs no setup. The schema is created and migrated by Flyway when the store opens; on
 * PostgreSQL and H2 a trigger makes the table itself refuse updates and deletes, so the audit
 * trail stays append-only even against a client that bypasses this class.
 *
 * <p>Each append is a single transaction holding a single row: the record as JSON, its SHA-256,
 * and the columns the trail is searched by. Reading a record checks its hash and the record's own
 * rules again, so a row altered outside the store is reported as {@link DecisionStoreException.Kind#CORRUPT},
 * never served.
 *
 * <p>Thread-safe; connections come from a HikariCP pool.
 */
public final class JdbcDecisionStore implements DecisionStore {
  /** The embedded default: an H2 database in {@code ./thrive-data/}, created when first opened. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./thrive-data/decisions";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcDecisionStore.class);
  private static final String COLUMNS = "r.id, r.recorded_at, r.channel, r.corrects, r.record_json, r.record_sha256,"
      + " (SELECT n.id FROM decision_record n WHERE n.corrects = r.id) AS corrected_by";

  private final HikariDataSource dataSource;
  private final Clock clock;
  private final DecisionJson json = new DecisionJson();
  /** Runs inside each append's transaction just before it commits; tests use it to crash there. */
  volatile Consumer<Connection> beforeCommit = c -> { };

  private JdbcDecisionStore(HikariDataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Opens the store at this JDBC URL with no user or password, migrating its schema. */
  public static JdbcDecisionStore open(String jdbcUrl) {
    return builder(jdbcUrl).open();
  }

  /** A store at this JDBC URL ({@code jdbc:postgresql:…} or {@code jdbc:h2:…}). */
  public static Builder builder(String jdbcUrl) {
    return new Builder(jdbcUrl);
  }

  @Override
  public StoredDecision append(AgreedDecision decision, Channel channel, Optional<Long> corrects) {
    checkNotNull(decision, "decision");
    checkNotNull(channel, "channel");
    checkNotNull(corrects, "corrects");
    String record = json.write(decision);
    String sha = Hashing.sha256().hashString(record, StandardCharsets.UTF_8).toString();
    Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (corrects.isPresent()) {
          checkCorrectable(c, corrects.get(), decision.caseId());
        }
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO decision_record (case_id, recorded_at, decided_at,"
            + " channel, suggested, agreed, difference_reason, corrects, rule_set_name, rule_set_version,"
            + " rule_set_sha256, advice_evaluated_at, record_json, record_sha256)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
          s.setString(1, decision.caseId());
          s.setObject(2, utc(recordedAt));
          s.setObject(3, utc(decision.decidedAt()));
          s.setString(4, channel.name());
          s.setString(5, decision.suggested().map(Grouping::name).orElse(null));
          s.setString(6, decision.agreed().name());
          s.setString(7, decision.differenceReason().map(Enum::name).orElse(null));
          if (corrects.isPresent()) {
            s.setLong(8, corrects.get());
          } else {
            s.setNull(8, Types.BIGINT);
          }
          s.setString(9, decision.ruleSetName());
          s.setString(10, decision.ruleSetVersion());
          s.setString(11, decision.ruleSetSha256());
          s.setObject(12, utc(decision.adviceEvaluatedAt()));
          s.setString(13, record);
          s.setString(14, sha);
          s.executeUpdate();
          try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        beforeCommit.accept(c);
        c.commit();
        LOG.debug("decision record {} stored", id);
        return new StoredDecision(id, recordedAt, channel, corrects, Optional.empty(), decision);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState()) && corrects.isPresent()) {
        throw new DecisionStoreException(DecisionStoreException.Kind.ALREADY_CORRECTED,
            "record " + corrects.get() + " has already been corrected; correct the latest record instead");
      }
      LOG.warn("decision record not stored: {} (SQL state {})", e.getClass().getSimpleName(), e.getSQLState());
      throw new DecisionStoreException(DecisionStoreException.Kind.UNAVAILABLE,
          "the decision store refused the write (SQL state " + e.getSQLState() + "); nothing was stored", e);
    }
  }

  private static void checkCorrectable(Connection c, long target, String caseId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT case_id,"
        + " (SELECT n.id FROM decision_record n WHERE n.corrects = r.id) FROM decision_record r WHERE r.id = ?")) {
      s.setLong(1, target);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new DecisionStoreException(DecisionStoreException.Kind.NOT_FOUND,
              "record " + target + " to be corrected does not exist");
        }
        if (!rs.getString(1).equals(caseId)) {
          throw new DecisionStoreException(DecisionStoreException.Kind.DIFFERENT_CASE,
              "record " + target + " is for another case; a correction must be for the same case");
        }
        long by = rs.getLong(2);
        if (!rs.wasNull()) {
          throw new DecisionStoreException(DecisionStoreException.Kind.ALREADY_CORRECTED,
              "record " + target + " has already been corrected by record " + by + "; correct the latest record instead");
        }
      }
    }
  }

  @Override
  public Optional<StoredDecision> byId(long id) {
    List<StoredDecision> found = query("SELECT " + COLUMNS + " FROM decision_record r WHERE r.id = ?",
        s -> s.setLong(1, id));
    return found.stream().findFirst();
  }

  @Override
  public List<StoredDecision> byCaseId(String caseId, int limit) {
    checkNotNull(caseId, "caseId");
    return query("SELECT " + COLUMNS + " FROM decision_record r WHERE r.case_id = ? ORDER BY r.id",
        s -> {
          s.setString(1, caseId);
          s.setMaxRows(limit);
        });
  }

  @Override
  public List<StoredDecision> decidedBetween(Instant from, Instant to, int limit) {
    checkArgument(!to.isBefore(from), "the period must not end before it starts");
    return query("SELECT " + COLUMNS + " FROM decision_record r WHERE r.decided_at >= ? AND r.decided_at < ?"
        + " ORDER BY r.decided_at, r.id", s -> {
          s.setObject(1, utc(from));
          s.setObject(2, utc(to));
          s.setMaxRows(limit);
        });
  }

  @Override
  public boolean ready() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM decision_record WHERE id < 0")) {
        return rs.next();
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("decision store not ready: {}", e.getClass().getSimpleName());
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private List<StoredDecision> query(String sql, Binder binder) {
    ImmutableList.Builder<StoredDecision> out = ImmutableList.builder();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
    } catch (SQLException e) {
      LOG.warn("decision records not read: {} (SQL state {})", e.getClass().getSimpleName(), e.getSQLState());
      throw new DecisionStoreException(DecisionStoreException.Kind.UNAVAILABLE,
          "the decision store could not be read (SQL state " + e.getSQLState() + ")", e);
    }
    return out.build();
  }

  private StoredDecision row(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    String record = rs.getString("record_json");
    String sha = rs.getString("record_sha256");
    if (!Hashing.sha256().hashString(record, StandardCharsets.UTF_8).toString().equals(sha)) {
      throw new DecisionStoreException(DecisionStoreException.Kind.CORRUPT,
          "record " + id + " does not match its hash: it was altered outside the store");
    }
    AgreedDecision decision;
    try {
      decision = json.read(record);
    } catch (CaseFileException e) {
      throw new DecisionStoreException(DecisionStoreException.Kind.CORRUPT,
          "record " + id + " no longer passes the decision record's checks at " + e.path());
    }
    long corrects = rs.getLong("corrects");
    Optional<Long> correctsId = rs.wasNull() ? Optional.empty() : Optional.of(corrects);
    long by = rs.getLong("corrected_by");
    Optional<Long> correctedBy = rs.wasNull() ? Optional.empty() : Optional.of(by);
    Instant recordedAt = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
    return new StoredDecision(id, recordedAt, Channel.valueOf(rs.getString("channel")), correctsId, correctedBy,
        decision);
  }

  private static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the database discards the open transaction
    }
  }

  /** Opens a {@link JdbcDecisionStore}. */
  public static final class Builder {
    private final String url;
    private String user;
    private String password;
    private String schema;
    private int maxPoolSize = 4;
    private Clock clock = Clock.systemUTC();

    private Builder(String url) {
      checkArgument(url != null && url.startsWith("jdbc:"), "the store URL must be a JDBC URL");
      this.url = url;
    }

    public Builder user(String user) {
      this.user = user;
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** The schema to keep the table in, created when missing; the database's default otherwise. */
    public Builder schema(String schema) {
      this.schema = schema;
      return this;
    }

    public Builder maxPoolSize(int maxPoolSize) {
      checkArgument(maxPoolSize >= 1, "maxPoolSize must be at least 1");
      this.maxPoolSize = maxPoolSize;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /** Opens the pool and migrates the schema to the current version. */
    public JdbcDecisionStore open() {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(durable(url));
      config.setUsername(user);
      config.setPassword(password);
      config.setMaximumPoolSize(maxPoolSize);
      config.setPoolName("thrive-decisions");
      if (schema != null) {
        config.setSchema(schema);
      }
      HikariDataSource ds;
      try {
        ds = new HikariDataSource(config);
      } catch (RuntimeException e) {
        throw new DecisionStoreException(DecisionStoreException.Kind.UNAVAILABLE,
            "the decision store could not be opened (" + e.getClass().getSimpleName() + ")", e);
      }
      try {
        var flyway = Flyway.configure().dataSource(ds).locations(locations(url)).loggers("slf4j");
        if (schema != null) {
          flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
      } catch (RuntimeException e) {
        ds.close();
        throw new DecisionStoreException(DecisionStoreException.Kind.UNAVAILABLE,
            "the decision store's schema could not be migrated (" + e.getClass().getSimpleName() + ")", e);
      }
      return new JdbcDecisionStore(ds, clock);
    }

    /**
     * H2 writes committed transactions to its file after a delay by default, so a killed process
     * loses the last of them (a crash test found every record of the previous second gone). The
     * store asks H2 to write each commit at once. A power cut can still lose what the operating
     * system had not yet written to disk: production runs on PostgreSQL.
     */
    static String durable(String url) {
      if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
          && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
        return url + ";WRITE_DELAY=0";
      }
      return url;
    }

    private static String[] locations(String url) {
      if (url.startsWith("jdbc:postgresql:")) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"};
      }
      if (url.startsWith("jdbc:h2:")) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/h2"};
      }
      LOG.warn("decision store on a database without an append-only trigger: only the store's API keeps it append-only");
      return new String[] {"classpath:db/migration/common"};
    }
  }
}
