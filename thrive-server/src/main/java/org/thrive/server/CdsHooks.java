package org.thrive.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thrive.fhir.CaseQuestionnaire;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.grouping.Grouping;

/**
 * The CDS Hooks service: discovery, one service on {@code patient-view} that returns one card, and
 * the feedback endpoint that turns a card's accepted or overridden outcome into an agreed decision
 * record. The advice behind each card is kept in memory (never stored) for the card's lifetime so
 * that feedback is recorded against exactly the advice the practitioner saw.
 */
final class CdsHooks {
  static final String SERVICE_ID = "thrive-grouping";
  static final String HOOK = "patient-view";
  static final String PREFETCH_KEY = "thriveCase";
  static final String EXTENSION = "org.thrive.decision";
  static final String RULE_SET_SYSTEM = "https://thrive.invalid/fhir/CodeSystem/thrive-rule-set";
  static final String DIFFERENCE_REASON_SYSTEM = "https://thrive.invalid/fhir/CodeSystem/thrive-difference-reason";
  /** The CDS Hooks limit on a card's summary. */
  static final int SUMMARY_LIMIT = 140;

  /** What a card was made from: its advice and the grouping each of its suggestions stands for. */
  record CardState(Advice advice, ImmutableMap<String, Grouping> suggestions,
      java.util.concurrent.atomic.AtomicBoolean recorded) {
  }

  /** A decision made from a card's feedback, and the card it spends. */
  record Outcome(AgreedDecision decision, CardState card) {
  }

  /** How far a feedback's outcomeTimestamp may be ahead of the service's clock. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Cache<String, CardState> cards;
  private final java.time.Clock clock;

  CdsHooks(Duration cardLifetime, java.time.Clock clock) {
    this.clock = clock;
    this.cards = CacheBuilder.newBuilder().expireAfterWrite(cardLifetime).maximumSize(100_000).build();
  }

  /** The discovery document. */
  static ObjectNode discovery() {
    ObjectNode root = Requests.MAPPER.createObjectNode();
    ObjectNode s = root.putArray("services").addObject();
    s.put("hook", HOOK);
    s.put("id", SERVICE_ID);
    s.put("title", "THRIVE grouping suggestion");
    s.put("description", "Suggests a THRIVE needs-based grouping, and the input it implies, from the young person's"
        + " THRIVE case questionnaire, for the practitioner to discuss with the young person and family. A"
        + " suggestion, never a decision. Feedback records the agreed decision.");
    s.putObject("prefetch").put(PREFETCH_KEY, "QuestionnaireResponse?subject={{context.patientId}}&questionnaire="
        + CaseQuestionnaire.URL + "&_sort=-authored&_count=1");
    s.put("usageRequirements", "Feedback records a shared decision only when extension '" + EXTENSION
        + "' names who took part (the practitioner and the young person or a parent or carer).");
    return root;
  }

  /** The cards for a hook request; the advisor turns a case into advice. */
  ObjectNode service(JsonNode request, java.util.function.Function<ThriveCase, Advice> advisor) {
    ObjectNode r = Requests.object(request, "$");
    String hook = Requests.text(r, "hook", "hook").orElseThrow(() -> new InvalidCaseException("hook", "is required"));
    if (!hook.equals(HOOK)) {
      throw new InvalidCaseException("hook", "must be " + HOOK + " for this service");
    }
    String instance = Requests.text(r, "hookInstance", "hookInstance")
        .orElseThrow(() -> new InvalidCaseException("hookInstance", "is required"));
    if (instance.isBlank()) {
      throw new InvalidCaseException("hookInstance", "must not be blank");
    }
    Requests.object(r.get("context"), "context");
    JsonNode prefetch = r.get("prefetch");
    if (prefetch == null || !prefetch.isObject() || !prefetch.has(PREFETCH_KEY)) {
      throw new ApiException(412, "prefetch-required", "prefetch." + PREFETCH_KEY,
          "is required: this service reads the case questionnaire from prefetch and does not query the FHIR server");
    }
    Optional<JsonNode> response = questionnaireResponse(prefetch.get(PREFETCH_KEY));
    ObjectNode root = Requests.MAPPER.createObjectNode();
    ArrayNode out = root.putArray("cards");
    if (response.isEmpty()) {
      ObjectNode card = out.addObject();
      card.put("uuid", UUID.randomUUID().toString());
      card.put("summary", "No THRIVE case questionnaire is recorded for this patient yet");
      card.put("indicator", "info");
      card.putObject("source").put("label", "thrive");
      return root;
    }
    Advice advice = advisor.apply(Requests.caseFromFhirTree(response.get(), "prefetch." + PREFETCH_KEY));
    out.add(card(advice));
    return root;
  }

  private static Optional<JsonNode> questionnaireResponse(JsonNode prefetched) {
    if (prefetched == null || prefetched.isNull()) {
      return Optional.empty();
    }
    String type = prefetched.path("resourceType").asText("");
    if (type.equals("QuestionnaireResponse")) {
      return Optional.of(prefetched);
    }
    if (type.equals("Bundle")) {
      for (JsonNode e : prefetched.path("entry")) {
        if (e.path("resource").path("resourceType").asText("").equals("QuestionnaireResponse")) {
          return Optional.of(e.get("resource"));
        }
      }
      return Optional.empty();
    }
    throw new InvalidCaseException("prefetch." + PREFETCH_KEY, "must be a QuestionnaireResponse or a Bundle of them");
  }

  ObjectNode card(Advice a) {
    String uuid = UUID.randomUUID().toString();
    ObjectNode card = Requests.MAPPER.createObjectNode();
    card.put("uuid", uuid);
    card.put("summary", summary(a));
    card.put("indicator", indicator(a));
    card.put("detail", detail(a));
    ObjectNode source = card.putObject("source");
    String sha = a.provenance().ruleSetSha256();
    source.put("label", "thrive rules " + a.provenance().ruleSetName() + " " + a.provenance().ruleSetVersion()
        + " (sha256 " + sha.substring(0, Math.min(12, sha.length())) + ")");
    source.putObject("topic").put("system", RULE_SET_SYSTEM).put("code", sha)
        .put("display", a.provenance().ruleSetName() + " " + a.provenance().ruleSetVersion());
    Map<String, Grouping> ids = new LinkedHashMap<>();
    ArrayNode suggestions = card.putArray("suggestions");
    boolean riskPlans = a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE) || a.hasSafeguard(SafeguardKind.SAFETY_PLAN)
        || a.hasSafeguard(SafeguardKind.RISK_MANAGEMENT_PLAN);
    for (Grouping g : Grouping.values()) {
      boolean suggested = a.suggestion().map(g::equals).orElse(false);
      if (g == Grouping.THRIVING && riskPlans && !suggested) {
        continue; // the decision record refuses Thriving instead of the suggestion at current risk
      }
      String id = UUID.randomUUID().toString();
      ids.put(id, g);
      ObjectNode s = suggestions.addObject();
      s.put("label", (suggested ? "Agree the suggestion: " : a.suggestion().isPresent() ? "Agree instead: " : "Agree: ")
          + g.label());
      s.put("uuid", id);
      s.put("isRecommended", suggested);
    }
    card.put("selectionBehavior", "at-most-one");
    ArrayNode reasons = card.putArray("overrideReasons");
    for (DifferenceReason r : DifferenceReason.values()) {
      reasons.addObject().put("system", DIFFERENCE_REASON_SYSTEM).put("code", r.name()).put("display", r.label());
    }
    cards.put(uuid, new CardState(a, ImmutableMap.copyOf(ids), new java.util.concurrent.atomic.AtomicBoolean()));
    return card;
  }

  /** The card's one-line summary, within the CDS Hooks limit of 140 characters. */
  static String summary(Advice a) {
    String head = a.status() == AdviceStatus.SUGGESTION
        ? "THRIVE suggestion to discuss: " + a.suggestion().orElseThrow().label()
        : "No THRIVE grouping can be suggested yet: " + a.missing().size() + " to record";
    String tail;
    if (a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)) {
      tail = ". Immediate crisis response needed now";
    } else if (!a.safeguards().isEmpty()) {
      tail = ". " + a.safeguards().size() + (a.safeguards().size() == 1 ? " safeguard applies" : " safeguards apply");
    } else {
      tail = "";
    }
    String s = head + tail;
    return s.length() <= SUMMARY_LIMIT ? s : s.substring(0, SUMMARY_LIMIT - 1) + "…";
  }

  /** critical with an immediate crisis response; warning with any other safeguard or risk signal; info otherwise. */
  static String indicator(Advice a) {
    if (a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)) {
      return "critical";
    }
    return a.safeguards().isEmpty() && a.riskSignals().isEmpty() ? "info" : "warning";
  }

  private static String detail(Advice a) {
    StringBuilder b = new StringBuilder();
    b.append("**").append(Advice.NOTICE).append("**\n\n");
    if (!a.safeguards().isEmpty()) {
      b.append("**Safeguards (apply whatever is agreed):**\n\n");
      for (Safeguard s : a.safeguards()) {
        b.append("- ").append(s.kind().label()).append(": ").append(s.practitioner()).append('\n');
      }
      b.append('\n');
    }
    if (!a.missing().isEmpty()) {
      b.append("**To record before a grouping can be suggested:**\n\n");
      a.missing().forEach(m -> b.append("- ").append(m.label()).append(": ").append(m.why()).append('\n'));
      b.append('\n');
    }
    List<Reason> supporting = new ArrayList<>();
    for (Reason r : a.reasons()) {
      if (r.standing() != Reason.Standing.SET_ASIDE) {
        supporting.add(r);
      }
    }
    if (!supporting.isEmpty()) {
      b.append("**Reasons:**\n\n");
      supporting.forEach(r -> b.append("- ").append(r.practitioner()).append('\n'));
      b.append('\n');
    }
    if (!a.riskSignals().isEmpty()) {
      b.append("**Risk signals:**\n\n");
      a.riskSignals().forEach(f -> b.append("- ").append(f.label()).append(": ").append(f.value()).append('\n'));
      b.append('\n');
    }
    if (!a.notKnown().isEmpty()) {
      b.append("**Not known yet (unknown is not none):** ")
          .append(a.notKnown().stream().map(f -> f.label()).distinct().collect(java.util.stream.Collectors.joining("; ")))
          .append(".\n\n");
    }
    a.choiceEffect().ifPresent(e -> b.append("**Choices:** ").append(e.wording().practitioner()).append("\n"));
    return b.toString();
  }

  /** Records each feedback item as an agreed decision; all items are checked before any is stored. */
  List<Outcome> feedback(JsonNode request) {
    ObjectNode r = Requests.object(request, "$");
    JsonNode items = r.get("feedback");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw new InvalidCaseException("feedback", "is required: a list of card outcomes");
    }
    List<Outcome> decisions = new ArrayList<>();
    java.util.Set<String> cardsSeen = new java.util.HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Outcome o = item(Requests.object(items.get(i), "feedback[" + i + "]"), "feedback[" + i + "]");
      if (!cardsSeen.add(Requests.text(items.get(i), "card", "card").orElse(""))) {
        throw new ApiException(409, "card-already-recorded", "feedback[" + i + "].card",
            "gives a second outcome for the same card; a card records one decision");
      }
      decisions.add(o);
    }
    return decisions;
  }

  private Outcome item(ObjectNode f, String at) {
    String cardId = Requests.text(f, "card", at + ".card")
        .orElseThrow(() -> new InvalidCaseException(at + ".card", "is required"));
    CardState state = cards.getIfPresent(cardId);
    if (state == null) {
      throw new ApiException(404, "card-not-known", at + ".card",
          "is not a card this service issued within its lifetime (or the service restarted); record the decision"
              + " on the page or through the API");
    }
    if (state.recorded().get()) {
      throw new ApiException(409, "card-already-recorded", at + ".card",
          "already recorded its decision; a correction is recorded through the API with corrects");
    }
    String outcome = Requests.text(f, "outcome", at + ".outcome")
        .orElseThrow(() -> new InvalidCaseException(at + ".outcome", "is required: accepted or overridden"));
    String extAt = at + ".extension." + EXTENSION;
    JsonNode ext = f.path("extension").get(EXTENSION);
    if (ext == null || !ext.isObject()) {
      throw new InvalidCaseException(extAt,
          "is required: a decision record says who took part (the practitioner and the young person or a parent"
              + " or carer)");
    }
    ObjectNode d = ((ObjectNode) ext).deepCopy();
    Decisions.only(d, Decisions.FIELDS, extAt);
    JsonNode reason = f.path("overrideReason").path("reason");
    if (reason.has("code")) {
      if (d.has("differenceReason")) {
        throw new InvalidCaseException(extAt + ".differenceReason", "must not be given beside overrideReason");
      }
      if (reason.has("system") && !reason.get("system").asText().equals(DIFFERENCE_REASON_SYSTEM)) {
        throw new InvalidCaseException(at + ".overrideReason.reason.system", "is not this card's override reason system");
      }
      d.set("differenceReason", reason.get("code"));
    }
    String comment = f.path("overrideReason").path("userComment").asText("");
    if (!comment.isEmpty()) {
      if (d.has("note")) {
        throw new InvalidCaseException(extAt + ".note", "must not be given beside overrideReason.userComment");
      }
      d.put("note", comment);
    }
    switch (outcome) {
      case "accepted" -> {
        JsonNode accepted = f.get("acceptedSuggestions");
        if (accepted == null || !accepted.isArray() || accepted.size() != 1) {
          throw new InvalidCaseException(at + ".acceptedSuggestions", "must name exactly one of the card's suggestions");
        }
        String id = accepted.get(0).path("id").asText("");
        Grouping g = state.suggestions().get(id);
        if (g == null) {
          throw new InvalidCaseException(at + ".acceptedSuggestions[0].id", "is not one of this card's suggestions");
        }
        if (d.has("agreed") && Requests.code(d.get("agreed"), Grouping.class, extAt + ".agreed") != g) {
          throw new InvalidCaseException(extAt + ".agreed", "differs from the suggestion accepted");
        }
        d.put("agreed", g.name());
      }
      case "overridden" -> {
        if (!d.has("agreed")) {
          throw new InvalidCaseException(extAt + ".agreed",
              "is required for an overridden card: the grouping agreed instead of the suggestion");
        }
        if (!f.path("overrideReason").path("reason").has("code") && !d.has("differenceReason")) {
          throw new InvalidCaseException(at + ".overrideReason", "is required for an overridden card");
        }
      }
      default -> throw new InvalidCaseException(at + ".outcome", "must be accepted or overridden");
    }
    Instant decidedAt;
    try {
      decidedAt = Requests.text(f, "outcomeTimestamp", at + ".outcomeTimestamp").map(Instant::parse)
          .orElseThrow(() -> new InvalidCaseException(at + ".outcomeTimestamp", "is required"));
    } catch (DateTimeParseException e) {
      throw new InvalidCaseException(at + ".outcomeTimestamp", "must be an ISO-8601 instant, for example 2026-12-01T10:15:00Z");
    }
    Instant now = clock.instant();
    Instant shown = state.advice().provenance().evaluatedAt();
    if (decidedAt.isAfter(now.plus(CLOCK_SKEW)) || decidedAt.isBefore(shown.minus(CLOCK_SKEW))) {
      throw new InvalidCaseException(at + ".outcomeTimestamp",
          "must be between when the card was made and now: a decision cannot be dated before its advice or in the future");
    }
    Decisions.Agreement agreement = Decisions.read(d, extAt);
    if (agreement.corrects().isPresent()) {
      throw new InvalidCaseException(extAt + ".corrects", "a correction is recorded through the API, not card feedback");
    }
    try {
      return new Outcome(Decisions.record(state.advice(), agreement, decidedAt), state);
    } catch (InvalidCaseException e) {
      String field = e.field().startsWith("AgreedDecision.") ? extAt + "." + e.field().substring(15) : e.field();
      throw new InvalidCaseException(field, e.problem());
    }
  }
}
