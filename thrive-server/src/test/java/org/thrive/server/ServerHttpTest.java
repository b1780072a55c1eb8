package org.thrive.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thrive.fhir.CaseQuestionnaire;
import org.thrive.json.AdviceJson;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.FamilyView;
import org.thrive.rules.PractitionerView;

/** The HTTP API with real requests: advice, discussion, decisions, health, metrics, limits, logs. */
class ServerHttpTest {
  static TestServer s;

  @BeforeAll
  static void start() {
    s = new TestServer();
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  static List<String> examples() {
    return Fixtures.exampleNames();
  }

  static ObjectNode caseTree(String example) {
    try {
      return (ObjectNode) Requests.MAPPER.readTree(Fixtures.exampleBytes(example));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void adviceOverHttpIsTheLibrarysAdvice(String example) {
    HttpResponse<String> r = s.post("/api/advice", "application/json", Fixtures.exampleBytes(example));
    assertThat(r.statusCode()).isEqualTo(200);
    Advice expected = Fixtures.advisor().advise(Fixtures.example(example));
    assertThat(TestServer.json(r)).isEqualTo(new AdviceJson().toTree(expected));
    assertThat(TestServer.json(r).get("notice").asText()).isEqualTo(Advice.NOTICE);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void aQuestionnaireResponseGivesTheSameAdviceAsTheCaseFile(String example) {
    String fhir = FhirContext.forR4Cached().newJsonParser()
        .encodeResourceToString(CaseQuestionnaire.toResponse(Fixtures.example(example)));
    HttpResponse<String> r = s.post("/api/advice", "application/fhir+json", fhir);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode viaJson = TestServer.json(s.post("/api/advice", "application/json", Fixtures.exampleBytes(example)));
    assertThat(TestServer.json(r).get("suggestion")).isEqualTo(viaJson.get("suggestion"));
    assertThat(TestServer.json(r).get("safeguards")).isEqualTo(viaJson.get("safeguards"));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theDiscussionCarriesWhatWouldChangeItAndEveryAudiencesWords(String example) {
    HttpResponse<String> r = s.post("/api/discussion", "application/json", Fixtures.exampleBytes(example));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = TestServer.json(r);
    Advice a = Fixtures.advisor().adviseForDiscussion(Fixtures.example(example));
    assertThat(body.get("advice")).isEqualTo(new AdviceJson().toTree(a));
    assertThat(body.at("/advice/changesToDiscuss").isObject()).isTrue();
    assertThat(body.at("/views/practitioner").asText()).isEqualTo(PractitionerView.render(a));
    assertThat(body.at("/views/youngPerson/summary").asText()).isEqualTo(FamilyView.render(a,
        new FamilyView.Options(FamilyView.Audience.YOUNG_PERSON, false)).summary());
    assertThat(body.at("/views/parentOrCarer/summary").asText()).isEqualTo(FamilyView.render(a,
        new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, false)).summary());
    List<String> lines = new ArrayList<>();
    body.at("/views/youngPerson/safeguards").forEach(n -> lines.add(n.asText()));
    assertThat(lines).isEqualTo(FamilyView.safeguardLines(a, FamilyView.Options.defaults()));
  }

  @Test
  void itIsSafeToShareIsSetForTheYoungPersonAndTheParentApart() {
    ObjectNode c = caseTree("P04-getting-help-cbt");
    ObjectNode risk = (ObjectNode) c.get("risk");
    risk.put("fromOthers", "high").put("immediateDanger", true).putArray("harmFromOthers").add("abuse or neglect");
    JsonNode body = TestServer.json(s.postJson("/api/discussion?harmFromOthersSafeToShareWithYoungPerson=true", c.toString()));
    assertThat(body.at("/views/youngPerson/harmFromOthersSafeToShare").asBoolean()).isTrue();
    assertThat(body.at("/views/parentOrCarer/harmFromOthersSafeToShare").asBoolean()).isFalse();
    assertThat(body.at("/views/youngPerson/summary").asText())
        .isNotEqualTo(body.at("/views/parentOrCarer/summary").asText());
    assertThat(s.postJson("/api/discussion?harmFromOthersSafeToShareWithParent=yes", c.toString()).statusCode())
        .isEqualTo(400);
  }

  @Test
  void requestsABrowserCouldSendFromAnotherSiteAreRefused() {
    ObjectNode body = decisionRequest("P04-getting-help-cbt", Grouping.GETTING_HELP, "YOUNG_PERSON", "PRACTITIONER");
    int before = TestServer.json(s.get("/api/decisions?caseId=P04")).get("count").asInt();
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=iso-8859-1")) {
      assertThat(s.post("/api/decisions", type, body.toString()).statusCode()).as(type).isEqualTo(415);
    }
    HttpResponse<String> noType = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/decisions"))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    assertThat(noType.statusCode()).isEqualTo(415);
    HttpResponse<String> crossOrigin = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/decisions"))
        .header("Content-Type", "application/json").header("Origin", "http://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    assertThat(crossOrigin.statusCode()).isEqualTo(403);
    HttpResponse<String> sameOrigin = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/advice"))
        .header("Content-Type", "application/json").header("Origin", s.base())
        .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.exampleBytes("P04-getting-help-cbt"))).build());
    assertThat(sameOrigin.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(s.get("/api/decisions?caseId=P04")).get("count").asInt()).isEqualTo(before);
  }

  @Test
  void aHostNameTheServiceDoesNotAnswerToIsRefused() throws Exception {
    // the JDK client will not send a forged Host header, so this speaks HTTP over a socket
    try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
      socket.getOutputStream().write(("GET /api/decisions/1 HTTP/1.1\r\nHost: attacker.example:" + s.server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 421").contains("host-not-allowed");
    }
  }

  @Test
  void ambiguousJsonIsRefusedNotGuessed() {
    String duplicate = new String(Fixtures.exampleBytes("P04-getting-help-cbt"), StandardCharsets.UTF_8)
        .replace("\"toSelf\": \"none\"", "\"toSelf\": \"high\", \"toSelf\": \"none\"");
    HttpResponse<String> r = s.postJson("/api/advice", duplicate);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(r).get("problem").asText()).contains("names a field twice");
    HttpResponse<String> trailing = s.postJson("/api/advice",
        new String(Fixtures.exampleBytes("P04-getting-help-cbt"), StandardCharsets.UTF_8) + " {\"x\": 1}");
    assertThat(trailing.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(trailing).get("problem").asText()).contains("more after the JSON value");
    ObjectNode typo = decisionRequest("P04-getting-help-cbt", Grouping.GETTING_HELP, "YOUNG_PERSON", "PRACTITIONER");
    ((ObjectNode) typo.get("decision")).put("correct", 1);
    assertRefused(typo, 422, "decision");
    ObjectNode misplaced = decisionRequest("P04-getting-help-cbt", Grouping.GETTING_HELP, "YOUNG_PERSON", "PRACTITIONER");
    misplaced.put("corrects", 1);
    assertRefused(misplaced, 422, "$");
    String deep = "[".repeat(200) + "]".repeat(200);
    HttpResponse<String> tooDeep = s.postJson("/api/advice", deep);
    assertThat(tooDeep.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(tooDeep).get("problem").asText()).contains("nesting");
  }

  @Test
  void thrivingInsteadOfTheSuggestionAtRiskAndACrisisResponseSetAsideWithoutANoteAreRefused() {
    String example = "P08-getting-risk-support-exploitation";
    ObjectNode thriving = decisionRequest(example, Grouping.THRIVING, "YOUNG_PERSON", "PRACTITIONER");
    ObjectNode td = (ObjectNode) thriving.get("decision");
    td.put("differenceReason", "YOUNG_PERSON_CHOICE");
    td.putArray("setAside").addObject().put("kind", "CLINICAL_REVIEW_REQUIRED").put("reason", "CLINICAL_REVIEW_COMPLETED");
    assertRefused(thriving, 422, "decision.agreed");
    ObjectNode crisis = decisionRequest(example, Fixtures.advisor().advise(Fixtures.example(example)).suggestion()
        .orElseThrow(), "YOUNG_PERSON", "PRACTITIONER");
    ((ObjectNode) crisis.get("decision")).putArray("setAside").addObject().put("kind", "IMMEDIATE_CRISIS_RESPONSE")
        .put("reason", "ALREADY_IN_PLACE");
    assertRefused(crisis, 422, "decision.note");
    ((ObjectNode) crisis.get("decision")).put("note", "crisis team already with her this afternoon");
    assertThat(s.postJson("/api/decisions", crisis.toString()).statusCode()).isEqualTo(201);
  }

  @Test
  void wrongMethodsAndUnknownRoutesAreAnsweredWithoutRepeatingThePath() {
    HttpResponse<String> wrong = s.get("/api/advice");
    assertThat(wrong.statusCode()).isEqualTo(405);
    HttpResponse<String> none = s.get("/api/ZEBRA-secret-path");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).doesNotContain("ZEBRA");
  }

  @Test
  void badCasesAreRefusedNamingTheFieldAndTheProblem() {
    ObjectNode c = caseTree("P04-getting-help-cbt");
    ((ObjectNode) c.get("needs").get("problems")).put("9", "Dreadful");
    HttpResponse<String> r = s.postJson("/api/advice", c.toString());
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(r).get("field").asText()).contains("problems").contains("9");
    assertThat(r.body()).doesNotContain("Dreadful");

    r = s.postJson("/api/advice", "{\"caseId\": ");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(r).get("error").asText()).isEqualTo("not-json");

    r = s.post("/api/advice", "text/plain", "hello");
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(TestServer.json(r).get("field").asText()).isEqualTo("Content-Type");

    r = s.post("/api/advice", "application/fhir+json", "{\"resourceType\": \"Patient\"}");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(r).get("error").asText()).isEqualTo("invalid-fhir");

    r = s.postJson("/api/advice", "");
    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void oversizedBodiesAreRefusedWithOrWithoutADeclaredLength() {
    byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_REQUEST_BYTES + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> declared = s.post("/api/advice", "application/json", big);
    assertThat(declared.statusCode()).isEqualTo(413);
    HttpResponse<String> chunked = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/advice"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(TestServer.json(chunked).get("error").asText()).isEqualTo("too-large");
  }

  static ObjectNode decisionRequest(String example, Grouping agreed, String... participants) {
    ObjectNode body = Requests.MAPPER.createObjectNode();
    body.set("case", caseTree(example));
    ObjectNode d = body.putObject("decision");
    d.put("agreed", agreed.name());
    var ps = d.putArray("participants");
    for (String p : participants) {
      ps.add(p);
    }
    return body;
  }

  @Test
  void anAgreedDecisionIsStoredWithEverySafeguardAndReadBack() {
    String example = "P08-getting-risk-support-exploitation";
    Advice a = Fixtures.advisor().advise(Fixtures.example(example));
    ObjectNode body = decisionRequest(example, a.suggestion().orElseThrow(), "YOUNG_PERSON", "PRACTITIONER");
    HttpResponse<String> r = s.postJson("/api/decisions", body.toString());
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode stored = TestServer.json(r);
    long id = stored.get("id").asLong();
    assertThat(r.headers().firstValue("Location")).contains("/api/decisions/" + id);
    assertThat(stored.at("/decision/safeguards")).hasSize(a.safeguards().size());
    List<String> kinds = new ArrayList<>();
    stored.at("/decision/safeguards").forEach(n -> kinds.add(n.get("kind").asText()));
    assertThat(kinds).containsExactlyElementsOf(a.safeguards().stream().map(sg -> sg.kind().name()).toList());
    assertThat(stored.at("/decision/ruleSetSha256").asText()).isEqualTo(a.provenance().ruleSetSha256());
    assertThat(stored.get("channel").asText()).isEqualTo("API");

    JsonNode byId = TestServer.json(s.get("/api/decisions/" + id));
    assertThat(byId).isEqualTo(stored);
    JsonNode byCase = TestServer.json(s.get("/api/decisions?caseId=" + a.caseId()));
    List<Long> ids = new ArrayList<>();
    byCase.get("decisions").forEach(n -> ids.add(n.get("id").asLong()));
    assertThat(ids).contains(id);
    JsonNode byPeriod = TestServer.json(s.get("/api/decisions?from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z"));
    assertThat(byPeriod.get("count").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(s.get("/api/decisions?from=2026-03-02T00:00:00Z").statusCode()).isEqualTo(400);
    assertThat(s.get("/api/decisions?from=yesterday&to=2026-03-03T00:00:00Z").statusCode()).isEqualTo(400);
    assertThat(s.get("/api/decisions/99999999").statusCode()).isEqualTo(404);
    JsonNode limited = TestServer.json(s.get("/api/decisions?from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z&limit=1"));
    assertThat(limited.get("count").asInt()).isEqualTo(1);
    assertThat(limited.get("truncated").asBoolean()).isEqualTo(byPeriod.get("count").asInt() > 1);
    assertThat(s.get("/api/decisions?caseId=P08&limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void theDecisionRecordsRulesAreEnforcedNamingTheField() {
    String example = "P08-getting-risk-support-exploitation";
    Advice a = Fixtures.advisor().advise(Fixtures.example(example));
    Safeguard first = a.safeguards().get(0);
    int before = TestServer.json(s.get("/api/decisions?caseId=" + a.caseId())).get("count").asInt();

    ObjectNode differs = decisionRequest(example, Grouping.GETTING_HELP, "YOUNG_PERSON", "PRACTITIONER");
    assertRefused(differs, 422, "decision.differenceReason");

    ObjectNode dropped = decisionRequest(example, a.suggestion().orElseThrow(), "YOUNG_PERSON", "PRACTITIONER");
    ((ObjectNode) dropped.get("decision")).putArray("setAside").addObject().put("kind", first.kind().name());
    assertRefused(dropped, 422, "decision.setAside[0].reason");

    ObjectNode alone = decisionRequest(example, a.suggestion().orElseThrow(), "PRACTITIONER");
    assertRefused(alone, 422, "decision.participants");

    ObjectNode unknownCode = decisionRequest(example, a.suggestion().orElseThrow(), "YOUNG_PERSON", "PRACTITIONER");
    ((ObjectNode) unknownCode.get("decision")).put("agreed", "TIER_3");
    assertRefused(unknownCode, 422, "decision.agreed");

    ObjectNode stale = decisionRequest(example, a.suggestion().orElseThrow(), "YOUNG_PERSON", "PRACTITIONER");
    stale.put("ruleSetSha256", "0".repeat(64));
    assertRefused(stale, 409, "ruleSetSha256");

    ObjectNode noCase = decisionRequest(example, a.suggestion().orElseThrow(), "YOUNG_PERSON", "PRACTITIONER");
    noCase.remove("case");
    assertRefused(noCase, 422, "case");

    assertThat(TestServer.json(s.get("/api/decisions?caseId=" + a.caseId())).get("count").asInt())
        .as("nothing refused was stored").isEqualTo(before);
  }

  private static void assertRefused(ObjectNode body, int status, String field) {
    HttpResponse<String> r = s.postJson("/api/decisions", body.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(TestServer.json(r).get("field").asText()).isEqualTo(field);
    assertThat(TestServer.json(r).get("problem").asText()).isNotBlank();
  }

  @Test
  void aCorrectionPointsToTheRecordItCorrectsWhichIsKept() {
    String example = "P04-getting-help-cbt";
    ObjectNode body = decisionRequest(example, Grouping.GETTING_HELP, "YOUNG_PERSON", "PRACTITIONER");
    long original = TestServer.json(s.postJson("/api/decisions", body.toString())).get("id").asLong();
    ObjectNode fix = decisionRequest(example, Grouping.GETTING_ADVICE, "YOUNG_PERSON", "PRACTITIONER");
    ((ObjectNode) fix.get("decision")).put("differenceReason", "YOUNG_PERSON_CHOICE").put("corrects", original);
    HttpResponse<String> r = s.postJson("/api/decisions", fix.toString());
    assertThat(r.statusCode()).isEqualTo(201);
    long correction = TestServer.json(r).get("id").asLong();
    JsonNode old = TestServer.json(s.get("/api/decisions/" + original));
    assertThat(old.get("correctedBy").asLong()).isEqualTo(correction);
    assertThat(old.at("/decision/agreed").asText()).isEqualTo("GETTING_HELP");
    assertThat(s.postJson("/api/decisions", fix.toString()).statusCode()).as("a record is corrected once").isEqualTo(409);
  }

  @Test
  void aPeriodsDecisionsAreSummarisedInCountsWithCorrectionsApart() {
    try (TestServer own = new TestServer()) {
      ObjectNode first = decisionRequest("P04-getting-help-cbt", Grouping.GETTING_HELP, "YOUNG_PERSON", "PRACTITIONER");
      long original = TestServer.json(own.postJson("/api/decisions", first.toString())).get("id").asLong();
      ObjectNode fix = decisionRequest("P04-getting-help-cbt", Grouping.GETTING_ADVICE, "YOUNG_PERSON", "PRACTITIONER");
      ((ObjectNode) fix.get("decision")).put("differenceReason", "YOUNG_PERSON_CHOICE").put("corrects", original);
      assertThat(own.postJson("/api/decisions", fix.toString()).statusCode()).isEqualTo(201);
      String risk = "P08-getting-risk-support-exploitation";
      Advice a = Fixtures.advisor().advise(Fixtures.example(risk));
      ObjectNode third = decisionRequest(risk, a.suggestion().orElseThrow(), "PARENT_OR_CARER", "PRACTITIONER");
      ((ObjectNode) third.get("decision")).putArray("setAside").addObject()
          .put("kind", a.safeguards().get(0).kind().name()).put("reason", "ALREADY_IN_PLACE");
      ((ObjectNode) third.get("decision")).put("note", "in place since this morning");
      assertThat(own.postJson("/api/decisions", third.toString()).statusCode()).isEqualTo(201);

      JsonNode sum = TestServer.json(own.get("/api/decisions/summary?from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z"));
      assertThat(sum.get("decisions").asInt()).isEqualTo(2);
      assertThat(sum.get("corrected").asInt()).isEqualTo(1);
      assertThat(sum.get("differFromSuggestion").asInt()).isEqualTo(1);
      assertThat(sum.at("/agreed/GETTING_ADVICE").asInt()).isEqualTo(1);
      assertThat(sum.at("/agreed/" + a.suggestion().orElseThrow().name()).asInt()).isEqualTo(1);
      assertThat(sum.at("/suggestedToAgreed/GETTING_HELP -> GETTING_ADVICE").asInt()).isEqualTo(1);
      assertThat(sum.at("/differenceReasons/YOUNG_PERSON_CHOICE").asInt()).isEqualTo(1);
      assertThat(sum.get("safeguardsSetAside").get(a.safeguards().get(0).kind().name() + " / ALREADY_IN_PLACE").asInt())
          .isEqualTo(1);
      assertThat(sum.toString()).doesNotContain("P04").doesNotContain("P08");
      JsonNode empty = TestServer.json(own.get("/api/decisions/summary?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z"));
      assertThat(empty.get("decisions").asInt()).isZero();
      assertThat(own.get("/api/decisions/summary?from=2026-03-01T00:00:00Z").statusCode()).isEqualTo(400);
    }
  }

  @Test
  void healthReadinessAndMetricsCountWhatHappened() {
    assertThat(s.get("/health/live").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = s.get("/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(ready).get("rules").asInt()).isEqualTo(Fixtures.advisor().rules().size());

    String before = s.get("/metrics").body();
    String example = "P08-getting-risk-support-exploitation";
    Advice a = Fixtures.advisor().advise(Fixtures.example(example));
    s.post("/api/advice", "application/json", Fixtures.exampleBytes(example));
    s.post("/api/advice", "application/json", Fixtures.exampleBytes(example));
    String after = s.get("/metrics").body();
    String grouping = "thrive_advice_total{grouping=\"" + a.suggestion().orElseThrow().name() + "\"}";
    assertThat(counter(after, grouping) - counter(before, grouping)).isEqualTo(2.0);
    String kind = "thrive_safeguards_total{kind=\"" + a.safeguards().get(0).kind().name() + "\"}";
    assertThat(counter(after, kind) - counter(before, kind)).isGreaterThanOrEqualTo(2.0);
    assertThat(after).contains("thrive_evaluation_seconds_count").contains("thrive_advice_total{grouping=\"NONE\"}");
  }

  static double counter(String scrape, String series) {
    for (String line : scrape.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1).trim());
      }
    }
    return 0;
  }

  @Test
  void readinessFailsWhenTheStoreDoesNot() {
    var store = org.thrive.server.store.JdbcDecisionStore.open("jdbc:h2:mem:" + java.util.UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1");
    try (ThriveServer down = ThriveServer.start(Fixtures.advisor(), store, ServerConfig.defaults().withPort(0))) {
      store.close();
      HttpResponse<String> r = new TestServerClient(down.port()).get("/health/ready");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(TestServer.json(r).get("decisionStore").asText()).isEqualTo("DOWN");
    }
  }

  @Test
  void clientsOverTheRateAreRefusedWithRetryAfter() {
    try (TestServer slow = new TestServer(ServerConfig.defaults().withRequestsPerSecond(1))) {
      int refused = 0;
      String retryAfter = null;
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> r = slow.get("/api/examples");
        if (r.statusCode() == 429) {
          refused++;
          retryAfter = r.headers().firstValue("Retry-After").orElse(null);
        }
      }
      assertThat(refused).isGreaterThan(0);
      assertThat(retryAfter).isEqualTo("1");
      assertThat(slow.get("/health/live").statusCode()).as("health is not rate-limited").isEqualTo(200);
    }
  }

  @Test
  void bindsToThisMachineOnlyByDefault() throws Exception {
    assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
    InetAddress external = null;
    for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress ad : Collections.list(ni.getInetAddresses())) {
        if (!ad.isLoopbackAddress() && ad instanceof java.net.Inet4Address) {
          external = ad;
        }
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "no non-loopback address on this machine");
    try (Socket socket = new Socket()) {
      InetAddress target = external;
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> socket.connect(new InetSocketAddress(target, s.server.port()), 2_000))
          .isInstanceOf(java.io.IOException.class);
    }
  }

  @Test
  void everyRouteIsInTheOpenApiDescriptionAndNothingElseIs() {
    JsonNode doc = TestServer.json(s.get("/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new HashSet<>();
    doc.get("paths").fields().forEachRemaining(p ->
        p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(ThriveServer.ROUTES);
    for (String route : ThriveServer.ROUTES) {
      String[] parts = route.split(" ");
      String path = parts[1].replace("{name}", "P01-thriving").replace("{id}", "1");
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path));
      HttpResponse<String> r = s.send(parts[0].equals("GET") ? b.GET().build()
          : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
      assertThat(r.body()).as(route).doesNotContain("no such route").doesNotContain("not found\"");
      JsonNode responses = doc.get("paths").get(parts[1]).get(parts[0].toLowerCase()).get("responses");
      assertThat(responses.has(Integer.toString(r.statusCode()))).as(route + " answered " + r.statusCode()
          + ", which its description does not list").isTrue();
    }
  }

  @Test
  void thePageAndItsScriptsAreServedWithHeadersThatKeepThemToTheirOrigin() {
    HttpResponse<String> page = s.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"en-GB\">").contains("never a decision");
    assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(s.get("/app.js").statusCode()).isEqualTo(200);
    assertThat(s.get("/app.css").statusCode()).isEqualTo(200);
    assertThat(s.get("/api/examples").body()).contains("P04-getting-help-cbt");
    assertThat(s.get("/api/examples/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void noCaseContentReachesTheLogs() throws Exception {
    String secret = "ZEBRA-7781";
    ObjectNode c = caseTree("P08-getting-risk-support-exploitation");
    c.put("caseId", secret + "-case");
    ObjectNode bad = caseTree("P04-getting-help-cbt");
    ((ObjectNode) bad.get("needs").get("problems")).put("9", secret);
    ObjectNode decision = decisionRequest("P04-getting-help-cbt", Grouping.GETTING_ADVICE, "YOUNG_PERSON", "PRACTITIONER");
    ((ObjectNode) decision.get("case")).put("caseId", secret + "-decision");
    ((ObjectNode) decision.get("decision")).put("note", secret + " note");
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    List<HttpResponse<String>> responses = new ArrayList<>();
    try {
      System.setErr(capture);
      System.setOut(capture);
      responses.add(s.postJson("/api/advice", c.toString()));
      responses.add(s.postJson("/api/discussion", c.toString()));
      responses.add(s.postJson("/api/advice", bad.toString()));
      responses.add(s.postJson("/api/decisions", decision.toString()));
      ((ObjectNode) decision.get("decision")).put("differenceReason", "OTHER");
      responses.add(s.postJson("/api/decisions", decision.toString()));
      responses.add(s.get("/api/decisions?caseId=" + secret + "-decision"));
      ObjectNode qr = (ObjectNode) Requests.MAPPER.readTree(FhirContext.forR4Cached().newJsonParser()
          .encodeResourceToString(CaseQuestionnaire.toResponse(Fixtures.example("P04-getting-help-cbt"))));
      qr.put(secret + " injected\n[main] INFO forged line", "x");
      responses.add(s.post("/api/advice", "application/fhir+json", qr.toString()));
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 200, 422, 422, 201, 200, 422);
    assertThat(responses.get(6).body()).doesNotContain(secret);
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertThat(logs).as("the service logged the refusals").contains("refused");
    assertThat(logs).doesNotContain(secret);
    assertThat(responses.get(2).body()).doesNotContain(secret);
    assertThat(responses.get(3).body()).doesNotContain(secret);
  }

  /** A client for a server other than the shared one. */
  record TestServerClient(int port) {
    HttpResponse<String> get(String path) {
      try {
        return java.net.http.HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
