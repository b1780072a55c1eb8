package org.thrive.server;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.RateLimiter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.thrive.json.AdviceJson;
import org.thrive.json.CaseFileException;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.rules.FamilyView;
import org.thrive.rules.PractitionerView;
import org.thrive.rules.RuleEvaluationException;
import org.thrive.rules.ThriveAdvisor;
import org.thrive.server.store.Channel;
import org.thrive.server.store.DecisionStore;
import org.thrive.server.store.DecisionStoreException;
import org.thrive.server.store.StoredDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thrive service over HTTP (Javalin on Jetty): advice, discussion and agreed decisions, the CDS
 * Hooks service and its feedback, health, metrics, the OpenAPI description, and the page for the
 * shared-decision conversation.
 *
 * <pre>{@code
 * try (JdbcDecisionStore store = JdbcDecisionStore.open(JdbcDecisionStore.DEFAULT_URL);
 *      ThriveServer server = ThriveServer.start(ThriveAdvisor.withDefaultRules(), store, ServerConfig.defaults())) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Safe by default: it binds to {@code 127.0.0.1}, refuses bodies over the limit (413) and
 * clients over the rate (429), sends no case content to its logs (only routes, statuses, rule
 * ids, counts and field names), and sets headers that keep the page to its own origin. It has no
 * authentication of its own: deploy it behind the host's (see the README).
 */
public final class ThriveServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ThriveServer.class);
  private static final AdviceJson ADVICE_JSON = new AdviceJson();

  /** Every route the service answers, as "METHOD path"; the OpenAPI description lists the same. */
  static final ImmutableList<String> ROUTES = ImmutableList.of(
      "GET /health/live", "GET /health/ready", "GET /metrics", "GET /openapi.json",
      "GET /api/examples", "GET /api/examples/{name}", "GET /api/groupings",
      "POST /api/advice", "POST /api/discussion", "POST /api/decisions",
      "GET /api/decisions", "GET /api/decisions/summary", "GET /api/decisions/{id}",
      "GET /cds-services", "POST /cds-services/thrive-grouping", "POST /cds-services/thrive-grouping/feedback");

  private final ThriveAdvisor advisor;
  private final DecisionStore store;
  private final ServerConfig config;
  private final Clock clock;
  private final ServiceMetrics metrics = new ServiceMetrics();
  private final CdsHooks cds;
  private final Examples examples = Examples.bundled();
  private final LoadingCache<String, RateLimiter> limiters;
  private final byte[] openApi;
  private final Javalin app;

  private ThriveServer(ThriveAdvisor advisor, DecisionStore store, ServerConfig config, Clock clock) {
    this.advisor = checkNotNull(advisor, "advisor");
    this.store = checkNotNull(store, "store");
    this.config = checkNotNull(config, "config");
    this.clock = clock;
    this.cds = new CdsHooks(config.cardLifetime(), clock);
    this.limiters = CacheBuilder.newBuilder().expireAfterAccess(10, TimeUnit.MINUTES).maximumSize(100_000)
        .build(CacheLoader.from(k -> RateLimiter.create(config.requestsPerSecond())));
    this.openApi = resource("/org/thrive/server/openapi.json");
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxRequestBytes();
      c.http.defaultContentType = "application/json";
      c.http.prefer405over404 = true;
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/org/thrive/server/public";
        s.location = Location.CLASSPATH;
        s.precompress = false;
      });
    });
    routes();
  }

  /** Starts the service; {@link #port()} tells the port when the configured one is 0. */
  public static ThriveServer start(ThriveAdvisor advisor, DecisionStore store, ServerConfig config) {
    return start(advisor, store, config, Clock.systemUTC());
  }

  static ThriveServer start(ThriveAdvisor advisor, DecisionStore store, ServerConfig config, Clock clock) {
    ThriveServer s = new ThriveServer(advisor, store, config, clock);
    s.app.start(config.host(), config.port());
    LOG.info("thrive service listening on http://{}:{}/ with rule set {} {}", config.host(), s.port(),
        advisor.ruleSetName(), advisor.ruleSetVersion());
    return s;
  }

  /** The port the service listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
      ctx.header("X-Frame-Options", "DENY");
      String path = ctx.path();
      if (path.startsWith("/api/") || path.startsWith("/cds-services")) {
        ctx.header("Cache-Control", "no-store");
      }
      checkHost(ctx);
      checkOrigin(ctx);
      if (!path.startsWith("/health/") && !limiters.getUnchecked(ctx.ip()).tryAcquire()) {
        ctx.header("Retry-After", "1");
        throw new ApiException(429, "too-many-requests", "$",
            "more than " + config.requestsPerSecond() + " requests a second from this client");
      }
      if (ctx.method() == HandlerType.POST) {
        checkContentType(ctx);
      }
    });
    app.after(ctx -> {
      String type = ctx.res().getContentType();
      if (type != null && type.contains("charset=null")) {
        ctx.res().setContentType(type.replace("charset=null", "charset=utf-8"));
      }
    });
    app.get("/health/live", ctx -> json(ctx, Requests.MAPPER.createObjectNode().put("status", "UP")));
    app.get("/health/ready", ctx -> {
      boolean ready = store.ready();
      ObjectNode o = Requests.MAPPER.createObjectNode().put("status", ready ? "UP" : "DOWN");
      o.put("rules", advisor.rules().size()).put("ruleSetName", advisor.ruleSetName())
          .put("ruleSetVersion", advisor.ruleSetVersion()).put("ruleSetSha256", advisor.ruleSetSha256())
          .put("decisionStore", ready ? "UP" : "DOWN");
      ctx.status(ready ? 200 : 503);
      json(ctx, o);
    });
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get("/api/examples", ctx -> {
      ObjectNode o = Requests.MAPPER.createObjectNode();
      ArrayNode a = o.putArray("examples");
      examples.names().forEach(a::add);
      json(ctx, o);
    });
    app.get("/api/examples/{name}", ctx -> {
      byte[] body = examples.get(ctx.pathParam("name"))
          .orElseThrow(() -> new ApiException(404, "not-found", "name", "is not a bundled example"));
      ctx.contentType("application/json").result(body);
    });
    app.get("/api/groupings", ctx -> {
      ObjectNode o = Requests.MAPPER.createObjectNode();
      ArrayNode a = o.putArray("groupings");
      for (org.thrive.model.grouping.Grouping g : org.thrive.model.grouping.Grouping.values()) {
        a.add(ADVICE_JSON.toTree(g));
      }
      json(ctx, o);
    });
    app.post("/api/advice", ctx -> {
      Advice a = advise(Requests.caseFrom(ctx, config.maxRequestBytes()), false);
      json(ctx, ADVICE_JSON.toTree(a));
    });
    app.post("/api/discussion", ctx -> {
      Advice a = advise(Requests.caseFrom(ctx, config.maxRequestBytes()), true);
      boolean withYoungPerson = flag(ctx, "harmFromOthersSafeToShareWithYoungPerson");
      boolean withParent = flag(ctx, "harmFromOthersSafeToShareWithParent");
      json(ctx, discussion(a, withYoungPerson, withParent));
    });
    app.post("/api/decisions", this::recordDecision);
    app.get("/api/decisions", this::findDecisions);
    app.get("/api/decisions/summary", ctx -> {
      Instant f = instant(required(ctx, "from"), "from");
      Instant t = instant(required(ctx, "to"), "to");
      if (t.isBefore(f)) {
        throw new ApiException(400, "invalid", "to", "must not be before from");
      }
      json(ctx, DecisionSummary.of(store.decidedBetween(f, t), f, t));
    });
    app.get("/api/decisions/{id}", ctx -> {
      long id;
      try {
        id = Long.parseLong(ctx.pathParam("id"));
      } catch (NumberFormatException e) {
        throw new ApiException(400, "invalid", "id", "must be a record number");
      }
      StoredDecision s = store.byId(id).orElseThrow(() -> new ApiException(404, "not-found", "id", "no such record"));
      json(ctx, Decisions.toJson(s));
    });
    app.get("/cds-services", ctx -> json(ctx, CdsHooks.discovery()));
    app.post("/cds-services/" + CdsHooks.SERVICE_ID, ctx -> {
      JsonNode request = Requests.json(Requests.body(ctx, config.maxRequestBytes()));
      json(ctx, cds.service(request, c -> advise(c, false)));
    });
    app.post("/cds-services/" + CdsHooks.SERVICE_ID + "/feedback", ctx -> {
      JsonNode request = Requests.json(Requests.body(ctx, config.maxRequestBytes()));
      List<CdsHooks.Outcome> outcomes = cds.feedback(request);
      ObjectNode o = Requests.MAPPER.createObjectNode();
      ArrayNode ids = o.putArray("recorded");
      for (int i = 0; i < outcomes.size(); i++) {
        CdsHooks.Outcome out = outcomes.get(i);
        if (!out.card().recorded().compareAndSet(false, true)) {
          throw new ApiException(409, "card-already-recorded", "feedback[" + i + "].card",
              "already recorded its decision; a correction is recorded through the API with corrects");
        }
        try {
          StoredDecision s = store.append(out.decision(), Channel.CDS_HOOKS, Optional.empty());
          metrics.decisionRecorded(Channel.CDS_HOOKS, out.decision().differenceReason().isPresent());
          ids.add(s.id());
        } catch (RuntimeException e) {
          out.card().recorded().set(false);
          throw e;
        }
      }
      json(ctx, o);
    });

    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.error, e.field, e.getMessage()));
    app.exception(InvalidCaseException.class, (e, ctx) -> error(ctx, 422, "invalid", e.field(), e.problem()));
    app.exception(CaseFileException.class, (e, ctx) -> error(ctx, 422, "invalid", e.path(), problemOf(e)));
    app.exception(DecisionStoreException.class, (e, ctx) -> {
      int status = switch (e.kind()) {
        case NOT_FOUND -> 404;
        case ALREADY_CORRECTED -> 409;
        case DIFFERENT_CASE -> 422;
        case CORRUPT -> 500;
        case UNAVAILABLE -> 503;
      };
      error(ctx, status, e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "decision", e.getMessage());
    });
    app.exception(RuleEvaluationException.class, (e, ctx) -> {
      LOG.warn("rule evaluation failed: {}", e.getClass().getSimpleName());
      error(ctx, 500, "evaluation-failed", "$", "the rules could not evaluate this case; no suggestion was made");
    });
    app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) ->
        error(ctx, e.getStatus(), "http-" + e.getStatus(), "$", e.getStatus() == 404 ? "no such route"
            : e.getStatus() == 405 ? "this route does not take that method" : "the request was refused"));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request failed: {} on {} {}", e.getClass().getName(), ctx.method(), ctx.matchedPath());
      error(ctx, 500, "internal", "$", "the service could not answer this request");
    });
    app.exception(io.javalin.http.NotFoundResponse.class, (e, ctx) -> error(ctx, 404, "not-found", "$", "no such route"));
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "not-found", "$", "no such route");
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method-not-allowed", "$", "this route does not take that method"));
  }

  /**
   * Refuses a Host the service does not answer to: a page elsewhere that rebinds its own name to
   * this machine must not reach the service (DNS rebinding).
   */
  private void checkHost(Context ctx) {
    String host = Optional.ofNullable(ctx.header("Host")).orElse("");
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
        : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
    name = name.toLowerCase(java.util.Locale.ROOT);
    if (!(name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]")
        || name.equals(config.host().toLowerCase(java.util.Locale.ROOT)) || config.allowedHosts().contains(name))) {
      throw new ApiException(421, "host-not-allowed", "Host",
          "is not a name this service answers to; start it with --allowed-host for a name behind a proxy");
    }
  }

  /** Refuses a request a browser sent from another origin (cross-site request forgery). */
  private static void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String host = Optional.ofNullable(ctx.header("Host")).orElse("");
    if (!origin.equals("http://" + host) && !origin.equals("https://" + host)) {
      throw new ApiException(403, "cross-origin", "Origin",
          "is another site: the service answers only its own page and clients that are not browsers");
    }
  }

  /** A POST carries JSON, declared as such: a form or text post (which a browser sends cross-site) is refused. */
  private static void checkContentType(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(java.util.Locale.ROOT);
    boolean json = type.startsWith("application/json");
    boolean fhir = type.startsWith(Requests.FHIR_JSON);
    boolean fhirAllowed = ctx.path().equals("/api/advice") || ctx.path().equals("/api/discussion");
    if (!(json || (fhir && fhirAllowed))) {
      throw new ApiException(415, "unsupported-media-type", "Content-Type",
          fhirAllowed ? "must be application/json (the case format) or application/fhir+json (a QuestionnaireResponse)"
              : "must be application/json");
    }
    int charset = type.indexOf("charset=");
    if (charset >= 0 && !type.substring(charset + 8).trim().startsWith("utf-8")) {
      throw new ApiException(415, "unsupported-media-type", "Content-Type", "must be UTF-8");
    }
  }

  private static String problemOf(CaseFileException e) {
    String m = e.getMessage();
    String prefix = e.path() + ": ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  private Advice advise(ThriveCase c, boolean forDiscussion) {
    return metrics.time(() -> forDiscussion ? advisor.adviseForDiscussion(c) : advisor.advise(c));
  }

  private static boolean flag(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw new ApiException(400, "invalid", name, "must be true or false");
  }

  private static ObjectNode discussion(Advice a, boolean withYoungPerson, boolean withParent) {
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.set("advice", ADVICE_JSON.toTree(a));
    ObjectNode views = o.putObject("views");
    views.put("practitioner", PractitionerView.render(a));
    for (FamilyView.Audience audience : FamilyView.Audience.values()) {
      boolean safe = audience == FamilyView.Audience.YOUNG_PERSON ? withYoungPerson : withParent;
      FamilyView.Page p = FamilyView.render(a, new FamilyView.Options(audience, safe));
      ObjectNode v = views.putObject(audience == FamilyView.Audience.YOUNG_PERSON ? "youngPerson" : "parentOrCarer");
      v.put("summary", p.summary()).put("details", p.details()).put("harmFromOthersSafeToShare", safe);
      ArrayNode lines = v.putArray("safeguards");
      FamilyView.safeguardLines(a, new FamilyView.Options(audience, safe)).forEach(lines::add);
    }
    return o;
  }

  private void recordDecision(Context ctx) {
    JsonNode body = Requests.json(Requests.body(ctx, config.maxRequestBytes()));
    ObjectNode root = Requests.object(body, "$");
    ThriveCase c;
    if (root.hasNonNull("case") && root.hasNonNull("questionnaireResponse")) {
      throw new InvalidCaseException("case", "give the case or a questionnaireResponse, not both");
    } else if (root.hasNonNull("case")) {
      c = Requests.caseFromTree(root.get("case"));
    } else if (root.hasNonNull("questionnaireResponse")) {
      c = Requests.caseFromFhirTree(root.get("questionnaireResponse"), "questionnaireResponse");
    } else {
      throw new InvalidCaseException("case", "is required: the case the decision is about");
    }
    Channel channel = Requests.optionalCode(root, "channel", Channel.class, "channel").orElse(Channel.API);
    if (channel == Channel.CDS_HOOKS) {
      throw new InvalidCaseException("channel", "CDS_HOOKS decisions are recorded through card feedback");
    }
    Decisions.Agreement agreement = Decisions.read(root.get("decision"), "decision");
    Advice advice = advise(c, false);
    Decisions.only(root, java.util.Set.of("case", "questionnaireResponse", "decision", "channel", "ruleSetSha256"), "$");
    Optional<String> expected = Requests.text(root, "ruleSetSha256", "ruleSetSha256");
    if (expected.isPresent() && !expected.get().matches("[0-9a-f]{64}")) {
      throw new InvalidCaseException("ruleSetSha256", "must be the 64 hexadecimal digits of the advice's rule set hash");
    }
    if (expected.isPresent() && !expected.get().equals(advice.provenance().ruleSetSha256())) {
      throw new ApiException(409, "rules-changed", "ruleSetSha256",
          "the rules changed since this advice was shown; show the new advice before recording the decision");
    }
    AgreedDecision d;
    try {
      d = Decisions.record(advice, agreement, clock.instant());
    } catch (InvalidCaseException e) {
      String field = e.field().startsWith("AgreedDecision.") ? "decision." + e.field().substring(15) : e.field();
      throw new InvalidCaseException(field, e.problem());
    }
    StoredDecision s = store.append(d, channel, agreement.corrects());
    metrics.decisionRecorded(channel, d.differenceReason().isPresent());
    ctx.status(201);
    ctx.header("Location", "/api/decisions/" + s.id());
    json(ctx, Decisions.toJson(s));
  }

  private void findDecisions(Context ctx) {
    String caseId = ctx.queryParam("caseId");
    String from = ctx.queryParam("from");
    String to = ctx.queryParam("to");
    if (caseId != null && (from != null || to != null)) {
      throw new ApiException(400, "invalid", "caseId", "search by case id or by period, not both");
    }
    int limit = limit(ctx);
    if (caseId != null) {
      json(ctx, Decisions.list(store.byCaseId(caseId, limit + 1), limit));
      return;
    }
    if (from == null || to == null) {
      throw new ApiException(400, "invalid", from == null ? "from" : "to",
          "is required: search by caseId, or by a period from and to (ISO-8601 instants)");
    }
    Instant f = instant(from, "from");
    Instant t = instant(to, "to");
    if (t.isBefore(f)) {
      throw new ApiException(400, "invalid", "to", "must not be before from");
    }
    json(ctx, Decisions.list(store.decidedBetween(f, t, limit + 1), limit));
  }

  static final int DEFAULT_LIMIT = 1_000;
  static final int MAX_LIMIT = 10_000;

  private static int limit(Context ctx) {
    String v = ctx.queryParam("limit");
    if (v == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ApiException(400, "invalid", "limit", "must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static String required(Context ctx, String param) {
    String v = ctx.queryParam(param);
    if (v == null) {
      throw new ApiException(400, "invalid", param, "is required (an ISO-8601 instant)");
    }
    return v;
  }

  private static Instant instant(String v, String field) {
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, "invalid", field, "must be an ISO-8601 instant, for example 2026-12-01T00:00:00Z");
    }
  }

  private void error(Context ctx, int status, String error, String field, String problem) {
    metrics.refused(status);
    LOG.info("refused {} {} with {} ({} at {})", ctx.method(), ctx.matchedPath(), status, error, field);
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.put("error", error).put("field", field).put("problem", problem);
    ctx.status(status);
    json(ctx, o);
  }

  private static void json(Context ctx, JsonNode node) {
    try {
      ctx.contentType("application/json").result(Requests.MAPPER.writeValueAsBytes(node));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = ThriveServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
