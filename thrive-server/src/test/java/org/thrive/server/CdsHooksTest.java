package org.thrive.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thrive.batch.SyntheticCaseload;
import org.thrive.fhir.CaseQuestionnaire;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.grouping.Grouping;

/** The CDS Hooks endpoints with real HTTP requests, including malformed and oversized ones. */
class CdsHooksTest {
  static TestServer s;
  static final String SERVICE = "/cds-services/" + CdsHooks.SERVICE_ID;

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

  static JsonNode questionnaireResponse(ThriveCase c) {
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(CaseQuestionnaire.toResponse(c));
    try {
      return Requests.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static ObjectNode hookRequest(JsonNode prefetched) {
    ObjectNode r = Requests.MAPPER.createObjectNode();
    r.put("hook", "patient-view");
    r.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
    r.putObject("context").put("userId", "Practitioner/1").put("patientId", "1288992");
    r.putObject("prefetch").set(CdsHooks.PREFETCH_KEY, prefetched);
    return r;
  }

  static JsonNode card(String example) {
    HttpResponse<String> r = s.postJson(SERVICE, hookRequest(questionnaireResponse(Fixtures.example(example))).toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode cards = TestServer.json(r).get("cards");
    assertThat(cards).hasSize(1);
    return cards.get(0);
  }

  @Test
  void discoveryDescribesTheServiceAndItsPrefetch() {
    JsonNode d = TestServer.json(s.get("/cds-services"));
    JsonNode service = d.get("services").get(0);
    assertThat(service.get("id").asText()).isEqualTo(CdsHooks.SERVICE_ID);
    assertThat(service.get("hook").asText()).isEqualTo("patient-view");
    assertThat(service.at("/prefetch/" + CdsHooks.PREFETCH_KEY).asText())
        .contains("QuestionnaireResponse?subject={{context.patientId}}").contains(CaseQuestionnaire.URL);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachCardCarriesTheSuggestionItsSafeguardsAndTheRuleSet(String example) {
    Advice a = Fixtures.advisor().advise(Fixtures.example(example));
    JsonNode card = card(example);
    assertThat(card.get("summary").asText()).hasSizeLessThanOrEqualTo(140);
    a.suggestion().ifPresentOrElse(g -> assertThat(card.get("summary").asText()).contains(g.label()),
        () -> assertThat(card.get("summary").asText()).contains("can be suggested yet"));
    String indicator = a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE) ? "critical"
        : a.safeguards().isEmpty() && a.riskSignals().isEmpty() ? "info" : "warning";
    assertThat(card.get("indicator").asText()).isEqualTo(indicator);
    if (a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)) {
      assertThat(card.get("summary").asText()).contains("Immediate crisis response");
    }
    String detail = card.get("detail").asText();
    assertThat(detail).contains(Advice.NOTICE);
    a.safeguards().forEach(sg -> assertThat(detail).contains(sg.kind().label()));
    JsonNode source = card.get("source");
    assertThat(source.get("label").asText()).contains(a.provenance().ruleSetName())
        .contains(a.provenance().ruleSetVersion()).contains(a.provenance().ruleSetSha256().substring(0, 12));
    assertThat(source.at("/topic/code").asText()).isEqualTo(a.provenance().ruleSetSha256());
    JsonNode suggestions = card.get("suggestions");
    boolean riskPlans = a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE) || a.hasSafeguard(SafeguardKind.SAFETY_PLAN)
        || a.hasSafeguard(SafeguardKind.RISK_MANAGEMENT_PLAN);
    boolean thrivingOffered = !riskPlans || a.suggestion().equals(java.util.Optional.of(Grouping.THRIVING));
    assertThat(suggestions).as("one per grouping, but no Thriving instead of the suggestion at risk")
        .hasSize(Grouping.values().length - (thrivingOffered ? 0 : 1));
    List<String> recommended = new ArrayList<>();
    suggestions.forEach(sg -> {
      if (sg.get("isRecommended").asBoolean()) {
        recommended.add(sg.get("label").asText());
      }
    });
    assertThat(recommended).hasSize(a.suggestion().isPresent() ? 1 : 0);
    a.suggestion().ifPresent(g -> assertThat(recommended.get(0)).endsWith(g.label()));
    assertThat(card.get("selectionBehavior").asText()).isEqualTo("at-most-one");
    List<String> codes = new ArrayList<>();
    card.get("overrideReasons").forEach(o -> codes.add(o.get("code").asText()));
    assertThat(codes).containsExactly(java.util.Arrays.stream(DifferenceReason.values()).map(Enum::name)
        .toArray(String[]::new));
  }

  @Test
  void summariesStayWithin140CharactersAcrossASyntheticCaseload() {
    SyntheticCaseload load = SyntheticCaseload.seeded(14);
    int crises = 0;
    for (int i = 0; i < 400; i++) {
      Advice a = Fixtures.advisor().advise(load.get(i));
      String summary = CdsHooks.summary(a);
      assertThat(summary).hasSizeLessThanOrEqualTo(CdsHooks.SUMMARY_LIMIT).doesNotEndWith("…");
      if (a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)) {
        crises++;
        assertThat(CdsHooks.indicator(a)).isEqualTo("critical");
      }
    }
    assertThat(crises).as("the caseload exercises the crisis summary").isPositive();
  }

  @Test
  void aBundleIsReadAndAnEmptyOneGivesAnInformationCardWithNoSuggestion() {
    ObjectNode bundle = Requests.MAPPER.createObjectNode().put("resourceType", "Bundle").put("type", "searchset");
    bundle.putArray("entry").addObject().set("resource", questionnaireResponse(Fixtures.example("P04-getting-help-cbt")));
    JsonNode cards = TestServer.json(s.postJson(SERVICE, hookRequest(bundle).toString())).get("cards");
    assertThat(cards.get(0).get("summary").asText()).contains("Getting Help");

    ObjectNode empty = Requests.MAPPER.createObjectNode().put("resourceType", "Bundle").put("type", "searchset");
    JsonNode none = TestServer.json(s.postJson(SERVICE, hookRequest(empty).toString())).get("cards").get(0);
    assertThat(none.get("indicator").asText()).isEqualTo("info");
    assertThat(none.has("suggestions")).isFalse();
    assertThat(none.get("summary").asText()).contains("No THRIVE case questionnaire");
  }

  @Test
  void malformedAndOversizedRequestsAreRefused() {
    assertThat(s.postJson(SERVICE, "{\"hook\": ").statusCode()).isEqualTo(400);
    ObjectNode noPrefetch = hookRequest(null);
    noPrefetch.remove("prefetch");
    HttpResponse<String> r = s.postJson(SERVICE, noPrefetch.toString());
    assertThat(r.statusCode()).isEqualTo(412);
    assertThat(TestServer.json(r).get("field").asText()).isEqualTo("prefetch." + CdsHooks.PREFETCH_KEY);
    ObjectNode wrongHook = hookRequest(questionnaireResponse(Fixtures.example("P04-getting-help-cbt")));
    wrongHook.put("hook", "order-sign");
    assertThat(TestServer.json(s.postJson(SERVICE, wrongHook.toString())).get("field").asText()).isEqualTo("hook");
    ObjectNode noInstance = hookRequest(questionnaireResponse(Fixtures.example("P04-getting-help-cbt")));
    noInstance.remove("hookInstance");
    assertThat(s.postJson(SERVICE, noInstance.toString()).statusCode()).isEqualTo(422);
    ObjectNode patient = hookRequest(Requests.MAPPER.createObjectNode().put("resourceType", "Patient"));
    assertThat(s.postJson(SERVICE, patient.toString()).statusCode()).isEqualTo(422);
    ObjectNode badQr = hookRequest(Requests.MAPPER.createObjectNode().put("resourceType", "QuestionnaireResponse")
        .put("status", "not-a-status"));
    assertThat(s.postJson(SERVICE, badQr.toString()).statusCode()).isEqualTo(422);
    assertThat(s.postJson(SERVICE, "[1, 2]").statusCode()).isEqualTo(422);
    byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_REQUEST_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '[');
    assertThat(s.post(SERVICE, "application/json", big).statusCode()).isEqualTo(413);
    assertThat(s.post(SERVICE + "/feedback", "application/json", big).statusCode()).isEqualTo(413);
    byte[] deep = "[".repeat(5_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(s.post(SERVICE, "application/json", deep).statusCode()).as("nesting is limited").isEqualTo(422);
  }

  static ObjectNode feedback(JsonNode card, String outcome) {
    ObjectNode f = Requests.MAPPER.createObjectNode();
    ObjectNode item = f.putArray("feedback").addObject();
    item.put("card", card.get("uuid").asText());
    item.put("outcome", outcome);
    item.put("outcomeTimestamp", "2026-03-02T10:01:00Z");
    ObjectNode ext = item.putObject("extension").putObject(CdsHooks.EXTENSION);
    ext.putArray("participants").add("YOUNG_PERSON").add("PRACTITIONER");
    return f;
  }

  static String suggestionId(JsonNode card, Grouping g) {
    for (JsonNode sg : card.get("suggestions")) {
      if (sg.get("label").asText().endsWith(g.label())) {
        return sg.get("uuid").asText();
      }
    }
    throw new AssertionError("no suggestion for " + g);
  }

  static ObjectNode item(ObjectNode feedback) {
    return (ObjectNode) feedback.get("feedback").get(0);
  }

  @Test
  void acceptedFeedbackBecomesAnAgreedDecisionOnTheAdviceTheCardShowed() {
    String example = "P08-getting-risk-support-exploitation";
    Advice a = Fixtures.advisor().advise(Fixtures.example(example));
    JsonNode card = card(example);
    ObjectNode f = feedback(card, "accepted");
    item(f).putArray("acceptedSuggestions").addObject().put("id", suggestionId(card, a.suggestion().orElseThrow()));
    HttpResponse<String> r = s.postJson(SERVICE + "/feedback", f.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    long id = TestServer.json(r).get("recorded").get(0).asLong();
    JsonNode stored = TestServer.json(s.get("/api/decisions/" + id));
    assertThat(stored.get("channel").asText()).isEqualTo("CDS_HOOKS");
    assertThat(stored.at("/decision/agreed").asText()).isEqualTo(a.suggestion().orElseThrow().name());
    assertThat(stored.at("/decision/differenceReason").isNull()).isTrue();
    assertThat(stored.at("/decision/safeguards")).hasSize(a.safeguards().size());
    assertThat(stored.at("/decision/decidedAt").asText()).isEqualTo("2026-03-02T10:01:00Z");

    // a card records one decision: the same feedback again is refused, and nothing more is stored
    HttpResponse<String> again = s.postJson(SERVICE + "/feedback", f.toString());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(TestServer.json(again).get("error").asText()).isEqualTo("card-already-recorded");
  }

  @Test
  void feedbackDatedBeforeItsAdviceOrInTheFutureIsRefused() {
    String example = "P04-getting-help-cbt";
    for (String when : List.of("1970-01-01T00:00:00Z", "2999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z")) {
      JsonNode card = card(example);
      ObjectNode f = feedback(card, "accepted");
      item(f).put("outcomeTimestamp", when);
      item(f).putArray("acceptedSuggestions").addObject().put("id", suggestionId(card, Grouping.GETTING_HELP));
      assertField(f, 422, "feedback[0].outcomeTimestamp");
    }
  }

  @Test
  void aCardAtRiskOffersNoThrivingAndItsDetailNamesTheRiskSignalsAndWhatIsNotKnown() {
    String example = "P08-getting-risk-support-exploitation";
    Advice a = Fixtures.advisor().advise(Fixtures.example(example));
    JsonNode card = card(example);
    List<String> labels = new ArrayList<>();
    card.get("suggestions").forEach(sg -> labels.add(sg.get("label").asText()));
    assertThat(labels).noneMatch(l -> l.endsWith("Thriving"));
    String detail = card.get("detail").asText();
    a.riskSignals().forEach(f -> assertThat(detail).contains(f.label() + ": " + f.value()));
    a.notKnown().forEach(f -> assertThat(detail).contains(f.label()));
    a.choiceEffect().ifPresent(e -> assertThat(detail).contains(e.wording().practitioner()));
  }

  @Test
  void overriddenFeedbackRecordsTheGroupingAgreedInsteadAndTheCodedReason() {
    String example = "P04-getting-help-cbt";
    JsonNode card = card(example);
    ObjectNode f = feedback(card, "overridden");
    item(f).putObject("overrideReason").put("userComment", "prefers to start with the school's advice")
        .putObject("reason").put("system", CdsHooks.DIFFERENCE_REASON_SYSTEM).put("code", "YOUNG_PERSON_CHOICE");
    ((ObjectNode) item(f).at("/extension/" + CdsHooks.EXTENSION.replace("/", "~1"))).put("agreed", "GETTING_ADVICE");
    HttpResponse<String> r = s.postJson(SERVICE + "/feedback", f.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode stored = TestServer.json(s.get("/api/decisions/" + TestServer.json(r).get("recorded").get(0).asLong()));
    assertThat(stored.at("/decision/agreed").asText()).isEqualTo("GETTING_ADVICE");
    assertThat(stored.at("/decision/differenceReason").asText()).isEqualTo("YOUNG_PERSON_CHOICE");
    assertThat(stored.at("/decision/note").asText()).isEqualTo("prefers to start with the school's advice");
  }

  @Test
  void feedbackThatCannotMakeAValidRecordIsRefusedAndNothingIsStored() {
    String example = "P08-getting-risk-support-exploitation";
    Advice a = Fixtures.advisor().advise(Fixtures.example(example));
    int before = TestServer.json(s.get("/api/decisions?caseId=" + a.caseId())).get("count").asInt();
    JsonNode card = card(example);

    ObjectNode noParticipants = feedback(card, "accepted");
    item(noParticipants).remove("extension");
    item(noParticipants).putArray("acceptedSuggestions").addObject().put("id", suggestionId(card, a.suggestion().orElseThrow()));
    assertField(noParticipants, 422, "feedback[0].extension." + CdsHooks.EXTENSION);

    ObjectNode overriddenNoGrouping = feedback(card, "overridden");
    item(overriddenNoGrouping).putObject("overrideReason").putObject("reason").put("code", "CLINICAL_JUDGEMENT");
    assertField(overriddenNoGrouping, 422, "feedback[0].extension." + CdsHooks.EXTENSION + ".agreed");

    ObjectNode foreignSuggestion = feedback(card, "accepted");
    item(foreignSuggestion).putArray("acceptedSuggestions").addObject().put("id", "not-on-this-card");
    assertField(foreignSuggestion, 422, "feedback[0].acceptedSuggestions[0].id");

    ObjectNode droppedSafeguard = feedback(card, "accepted");
    item(droppedSafeguard).putArray("acceptedSuggestions").addObject()
        .put("id", suggestionId(card, a.suggestion().orElseThrow()));
    ((ObjectNode) item(droppedSafeguard).get("extension").get(CdsHooks.EXTENSION)).putArray("setAside").addObject()
        .put("kind", a.safeguards().get(0).kind().name());
    assertField(droppedSafeguard, 422, "feedback[0].extension." + CdsHooks.EXTENSION + ".setAside[0].reason");

    ObjectNode lessWithoutReason = feedback(card, "accepted");
    item(lessWithoutReason).putArray("acceptedSuggestions").addObject().put("id", suggestionId(card, Grouping.GETTING_ADVICE));
    assertField(lessWithoutReason, 422, "feedback[0].extension." + CdsHooks.EXTENSION + ".differenceReason");

    ObjectNode unknownCard = feedback(card, "accepted");
    item(unknownCard).put("card", "00000000-0000-0000-0000-000000000000");
    assertField(unknownCard, 404, "feedback[0].card");

    ObjectNode good = feedback(card, "accepted");
    item(good).putArray("acceptedSuggestions").addObject().put("id", suggestionId(card, a.suggestion().orElseThrow()));
    ArrayNode both = (ArrayNode) good.get("feedback");
    both.add(item(foreignSuggestion).deepCopy());
    assertField(good, 422, "feedback[1].acceptedSuggestions[0].id");

    assertThat(s.postJson(SERVICE + "/feedback", "{\"feedback\": [").statusCode()).isEqualTo(400);
    assertThat(s.postJson(SERVICE + "/feedback", "{\"feedback\": []}").statusCode()).isEqualTo(422);
    assertThat(TestServer.json(s.get("/api/decisions?caseId=" + a.caseId())).get("count").asInt())
        .as("no refused feedback was stored, not even the valid item beside an invalid one").isEqualTo(before);
  }

  private static void assertField(ObjectNode body, int status, String field) {
    HttpResponse<String> r = s.postJson(SERVICE + "/feedback", body.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(TestServer.json(r).get("field").asText()).isEqualTo(field);
  }
}
