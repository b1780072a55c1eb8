package org.thrive.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.ChoiceEffect;
import org.thrive.model.advice.Endings;
import org.thrive.model.advice.Provenance;
import org.thrive.model.advice.Resolution;
import org.thrive.model.advice.RuleCode;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.CaseChange;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.advice.OptionToDiscuss;
import org.thrive.model.advice.WhyNot;
import org.thrive.model.advice.Wording;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.grouping.Characteristics;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.grouping.Input;

/**
 * Writes {@link Advice} as JSON for other programs and an audit store, and reads it back: {@code
 * read(write(a))} equals {@code a}. Field order is fixed and every list keeps the advice's order,
 * so the same advice always gives the same bytes. The format is described by {@link
 * Format#ADVICE}. The JSON holds case content (facts, goals, strengths): store it, do not log it.
 * Thread-safe.
 */
public final class AdviceJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The advice as a JSON tree. */
  public JsonNode toTree(Advice a) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("notice", Advice.NOTICE);
    root.put("caseId", a.caseId());
    root.put("status", a.status().name());
    if (a.suggestion().isPresent()) {
      Grouping g = a.suggestion().get();
      ObjectNode s = root.putObject("suggestion");
      s.put("grouping", g.name());
      s.put("label", g.label());
      s.set("input", input(g.input()));
    } else {
      root.putNull("suggestion");
    }
    a.needsOnly().ifPresentOrElse(g -> root.put("needsOnly", g.name()), () -> root.putNull("needsOnly"));
    ArrayNode reasons = root.putArray("reasons");
    for (Reason r : a.reasons()) {
      ObjectNode o = reasons.addObject();
      o.put("ruleId", r.ruleId());
      r.proposal().ifPresentOrElse(g -> o.put("proposes", g.name()), () -> o.putNull("proposes"));
      r.basis().ifPresentOrElse(b -> o.put("basis", b.name()), () -> o.putNull("basis"));
      o.put("practitioner", r.practitioner());
      o.put("family", r.family());
      o.put("source", r.source());
      o.set("facts", facts(r.facts()));
      o.put("standing", r.standing().name());
      o.put("role", r.role().name());
      ArrayNode by = o.putArray("outweighedBy");
      r.outweighedBy().forEach(by::add);
    }
    ArrayNode safeguards = root.putArray("safeguards");
    for (Safeguard s : a.safeguards()) {
      ObjectNode o = safeguards.addObject();
      o.put("kind", s.kind().name());
      o.put("ruleId", s.ruleId());
      o.put("practitioner", s.practitioner());
      o.put("family", s.family());
      o.set("facts", facts(s.facts()));
    }
    root.set("riskSignals", facts(a.riskSignals()));
    root.set("notKnown", facts(a.notKnown()));
    root.put("neurodevelopmentalAssessment", a.neurodevelopmentalAssessment());
    ArrayNode missing = root.putArray("missing");
    for (MissingInformation m : a.missing()) {
      missing.addObject().put("field", m.field()).put("label", m.label()).put("why", m.why());
    }
    a.resolution().ifPresentOrElse(r -> {
      ObjectNode o = root.putObject("resolution");
      o.put("policy", r.policy());
      o.put("explanation", r.explanation());
      ArrayNode ids = o.putArray("setAsideRuleIds");
      r.setAsideRuleIds().forEach(ids::add);
    }, () -> root.putNull("resolution"));
    a.choiceEffect().ifPresentOrElse(e -> {
      ObjectNode o = root.putObject("choiceEffect");
      o.put("kind", e.kind().name());
      e.needsOnly().ifPresentOrElse(g -> o.put("needsOnly", g.name()), () -> o.putNull("needsOnly"));
      e.withoutChoice().ifPresentOrElse(g -> o.put("withoutChoice", g.name()), () -> o.putNull("withoutChoice"));
      e.withChoice().ifPresentOrElse(g -> o.put("withChoice", g.name()), () -> o.putNull("withChoice"));
      o.set("wording", wording(e.wording()));
      o.put("forParent", e.forParent());
      ArrayNode ids = o.putArray("ruleIds");
      e.ruleIds().forEach(ids::add);
      ArrayNode unused = o.putArray("unused");
      e.unused().forEach(u -> unused.addObject().put("chooser", u.chooser().name())
          .put("preference", u.preference().name()).put("why", u.why().name()));
    }, () -> root.putNull("choiceEffect"));
    ArrayNode whyNot = root.putArray("whyNot");
    for (WhyNot w : a.whyNot()) {
      ObjectNode o = whyNot.addObject();
      o.put("grouping", w.grouping().name());
      o.set("summary", wording(w.summary()));
      ArrayNode conditions = o.putArray("conditions");
      for (WhyNot.Condition c : w.conditions()) {
        ObjectNode co = conditions.addObject();
        co.put("ruleId", c.ruleId());
        co.put("status", c.status().name());
        co.set("wording", wording(c.wording()));
        ArrayNode notHeld = co.putArray("notHeld");
        c.notHeld().forEach(part -> notHeld.add(wording(part)));
        ArrayNode by = co.putArray("outweighedBy");
        c.outweighedBy().forEach(by::add);
      }
    }
    ArrayNode options = root.putArray("options");
    for (OptionToDiscuss o : a.options()) {
      ObjectNode on = options.addObject();
      on.put("grouping", o.grouping().name());
      on.put("suggested", o.suggested());
      on.set("involves", wording(o.involves()));
      on.set("providedBy", wording(o.providedBy()));
      on.set("howLong", wording(o.howLong()));
      on.set("success", wording(o.success()));
      ArrayNode st = on.putArray("strengths");
      o.strengths().forEach(st::add);
    }
    a.endings().ifPresentOrElse(e -> {
      ObjectNode o = root.putObject("endings");
      ArrayNode crit = o.putArray("successCriteria");
      e.successCriteria().forEach(crit::add);
      e.reviewDate().ifPresentOrElse(d -> o.put("reviewDate", d.toString()), () -> o.putNull("reviewDate"));
      o.set("atReview", wording(e.atReview()));
      e.ifNotMet().ifPresentOrElse(w -> o.set("ifNotMet", wording(w)), () -> o.putNull("ifNotMet"));
      e.transition().ifPresentOrElse(w -> o.set("transition", wording(w)), () -> o.putNull("transition"));
    }, () -> root.putNull("endings"));
    a.changes().ifPresentOrElse(ch -> {
      ObjectNode o = root.putObject("changesToDiscuss");
      o.put("notice", ChangesToDiscuss.NOTICE);
      o.put("evaluated", ch.evaluated());
      o.put("complete", ch.complete());
      ArrayNode opts = o.putArray("options");
      for (ChangesToDiscuss.Option op : ch.options()) {
        ObjectNode on = opts.addObject();
        on.put("leadsTo", op.leadsTo().name());
        ArrayNode changes = on.putArray("changes");
        for (CaseChange c : op.changes()) {
          changes.addObject().put("field", c.field()).put("label", c.label()).put("from", c.from()).put("to", c.to())
              .put("toCode", c.toCode());
        }
        on.set("wording", wording(op.wording()));
        on.put("forParent", op.forParent());
        on.put("forFamily", op.forFamily());
      }
    }, () -> root.putNull("changesToDiscuss"));
    ObjectNode p = root.putObject("provenance");
    p.put("ruleSetName", a.provenance().ruleSetName());
    p.put("ruleSetVersion", a.provenance().ruleSetVersion());
    p.put("ruleSetSha256", a.provenance().ruleSetSha256());
    ArrayNode fired = p.putArray("firedRuleIds");
    a.provenance().firedRuleIds().forEach(fired::add);
    p.put("libraryVersion", a.provenance().libraryVersion());
    p.put("evaluatedAt", a.provenance().evaluatedAt().toString());
    p.put("ruleCode", a.provenance().ruleCode().name());
    return root;
  }

  /**
   * A grouping and the input it implies, shaped as an advice's {@code suggestion}: for the options a
   * page lays side by side (Getting More Help and Getting Risk Support carry their characteristics).
   */
  public JsonNode toTree(Grouping g) {
    ObjectNode s = MAPPER.createObjectNode();
    s.put("grouping", g.name());
    s.put("label", g.label());
    s.set("input", input(g.input()));
    return s;
  }

  /** The advice as indented JSON text. */
  public String write(Advice a) {
    try {
      return MAPPER.writeValueAsString(toTree(a));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("advice could not be written as JSON", e);
    }
  }

  /**
   * Reads advice written by {@link #write}. Fields that are derived from others (labels, the input
   * of a grouping, the notices) are written for readers of the JSON and ignored here.
   *
   * @throws CaseFileException naming the JSON path and the problem (never a value from the document)
   */
  public Advice read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new CaseFileException(JsonPaths.location(e), "is not well-formed JSON");
    }
    if (root == null || !root.isObject()) {
      throw new CaseFileException("$", "must be a JSON object");
    }
    return fromTree(root);
  }

  /** Reads advice from a JSON tree written by {@link #toTree}. */
  public Advice fromTree(JsonNode root) {
    In r = new In(root, "$");
    try {
      Advice.Builder b = Advice.builder()
          .caseId(r.text("caseId"))
          .status(r.enumValue("status", AdviceStatus.class));
      r.optionalObject("suggestion").map(s -> s.enumValue("grouping", Grouping.class)).ifPresent(b::suggestion);
      r.optionalEnum("needsOnly", Grouping.class).ifPresent(b::needsOnly);
      b.addReasons(r.list("reasons", AdviceJson::reason))
          .addSafeguards(r.list("safeguards", o -> new Safeguard(o.enumValue("kind", SafeguardKind.class),
              o.text("ruleId"), o.text("practitioner"), o.text("family"), o.list("facts", AdviceJson::fact))))
          .addRiskSignals(r.list("riskSignals", AdviceJson::fact))
          .addNotKnown(r.list("notKnown", AdviceJson::fact))
          .neurodevelopmentalAssessment(r.bool("neurodevelopmentalAssessment"))
          .addMissing(r.list("missing", o -> new MissingInformation(o.text("field"), o.text("label"), o.text("why"))));
      r.optionalObject("resolution").map(o -> new Resolution(o.text("policy"), o.text("explanation"),
          o.strings("setAsideRuleIds"))).ifPresent(b::resolution);
      r.optionalObject("choiceEffect").map(AdviceJson::choiceEffect).ifPresent(b::choiceEffect);
      b.addWhyNot(r.list("whyNot", o -> new WhyNot(o.enumValue("grouping", Grouping.class),
              o.list("conditions", c -> new WhyNot.Condition(c.text("ruleId"), wording(c.object("wording")),
                  c.enumValue("status", WhyNot.Status.class), c.list("notHeld", AdviceJson::wording),
                  c.strings("outweighedBy"))), wording(o.object("summary")))))
          .addOptions(r.list("options", o -> new OptionToDiscuss(o.enumValue("grouping", Grouping.class),
              o.bool("suggested"), wording(o.object("involves")), wording(o.object("providedBy")),
              wording(o.object("howLong")), wording(o.object("success")), o.strings("strengths"))));
      r.optionalObject("endings").map(o -> new Endings(o.strings("successCriteria"),
          o.optionalDate("reviewDate"), wording(o.object("atReview")),
          o.optionalObject("ifNotMet").map(AdviceJson::wording),
          o.optionalObject("transition").map(AdviceJson::wording))).ifPresent(b::endings);
      r.optionalObject("changesToDiscuss").map(o -> new ChangesToDiscuss(
          o.list("options", op -> new ChangesToDiscuss.Option(op.enumValue("leadsTo", Grouping.class),
              op.list("changes", c -> new CaseChange(c.text("field"), c.text("label"), c.text("from"),
                  c.text("to"), c.text("toCode"))), wording(op.object("wording")), op.text("forParent"))),
          o.integer("evaluated"), o.bool("complete"))).ifPresent(b::changes);
      return b.provenance(provenance(r.object("provenance"))).build();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw new CaseFileException("$", "is not consistent advice (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Reason reason(In o) {
    return new Reason(o.text("ruleId"), o.text("practitioner"), o.text("family"), o.text("source"),
        o.list("facts", AdviceJson::fact), o.optionalEnum("proposes", Grouping.class),
        o.optionalEnum("basis", Basis.class), o.enumValue("standing", Reason.Standing.class),
        o.strings("outweighedBy"), o.enumValue("role", Reason.Role.class));
  }

  private static ChoiceEffect choiceEffect(In o) {
    return new ChoiceEffect(o.optionalEnum("needsOnly", Grouping.class), o.optionalEnum("withoutChoice", Grouping.class),
        o.optionalEnum("withChoice", Grouping.class), o.enumValue("kind", ChoiceEffect.Kind.class),
        wording(o.object("wording")), o.strings("ruleIds"),
        o.list("unused", u -> new ChoiceEffect.UnusedChoice(u.enumValue("chooser", Chooser.class),
            u.enumValue("preference", Preference.class), u.enumValue("why", ChoiceEffect.WhyNotUsed.class))),
        o.text("forParent"));
  }

  private static Provenance provenance(In o) {
    Instant at;
    try {
      at = Instant.parse(o.text("evaluatedAt"));
    } catch (java.time.DateTimeException e) {
      throw new CaseFileException(o.path + ".evaluatedAt", "must be an instant written as in 2026-03-02T10:00:00Z");
    }
    return new Provenance(o.text("ruleSetName"), o.text("ruleSetVersion"), o.text("ruleSetSha256"),
        o.strings("firedRuleIds"), o.text("libraryVersion"), at, o.enumValue("ruleCode", RuleCode.class));
  }

  private static CaseFact fact(In o) {
    return new CaseFact(o.text("field"), o.text("label"), o.text("value"));
  }

  private static Wording wording(In o) {
    return new Wording(o.text("practitioner"), o.text("family"));
  }

  /** A JSON node with its path, for error messages that name where, never what. */
  private static final class In {
    final JsonNode json;
    final String path;

    In(JsonNode json, String path) {
      this.json = json;
      this.path = path;
    }

    private JsonNode get(String name) {
      JsonNode n = json.get(name);
      if (n == null || n.isNull()) {
        throw new CaseFileException(path + "." + name, "is required");
      }
      return n;
    }

    String text(String name) {
      JsonNode n = get(name);
      if (!n.isTextual()) {
        throw new CaseFileException(path + "." + name, "must be a string");
      }
      return n.textValue();
    }

    boolean bool(String name) {
      JsonNode n = get(name);
      if (!n.isBoolean()) {
        throw new CaseFileException(path + "." + name, "must be true or false");
      }
      return n.booleanValue();
    }

    int integer(String name) {
      JsonNode n = get(name);
      if (!n.canConvertToExactIntegral() || !n.canConvertToInt()) {
        throw new CaseFileException(path + "." + name, "must be a whole number");
      }
      return n.intValue();
    }

    In object(String name) {
      JsonNode n = get(name);
      if (!n.isObject()) {
        throw new CaseFileException(path + "." + name, "must be a JSON object");
      }
      return new In(n, path + "." + name);
    }

    Optional<In> optionalObject(String name) {
      JsonNode n = json.get(name);
      return n == null || n.isNull() ? Optional.empty() : Optional.of(object(name));
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      String s = text(name);
      try {
        return Enum.valueOf(type, s);
      } catch (IllegalArgumentException e) {
        throw new CaseFileException(path + "." + name, "unknown value; expected one of "
            + java.util.Arrays.toString(type.getEnumConstants()));
      }
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
      JsonNode n = json.get(name);
      return n == null || n.isNull() ? Optional.empty() : Optional.of(enumValue(name, type));
    }

    Optional<LocalDate> optionalDate(String name) {
      JsonNode n = json.get(name);
      if (n == null || n.isNull()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text(name)));
      } catch (java.time.DateTimeException e) {
        throw new CaseFileException(path + "." + name, "must be a date written YYYY-MM-DD");
      }
    }

    <T> ImmutableList<T> list(String name, Function<In, T> each) {
      JsonNode n = get(name);
      if (!n.isArray()) {
        throw new CaseFileException(path + "." + name, "must be a JSON array");
      }
      ImmutableList.Builder<T> out = ImmutableList.builder();
      for (int i = 0; i < n.size(); i++) {
        out.add(each.apply(new In(n.get(i), path + "." + name + "[" + i + "]")));
      }
      return out.build();
    }

    ImmutableList<String> strings(String name) {
      JsonNode n = get(name);
      if (!n.isArray()) {
        throw new CaseFileException(path + "." + name, "must be a JSON array");
      }
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (int i = 0; i < n.size(); i++) {
        if (!n.get(i).isTextual()) {
          throw new CaseFileException(path + "." + name + "[" + i + "]", "must be a string");
        }
        out.add(n.get(i).textValue());
      }
      return out.build();
    }
  }

  private static ObjectNode wording(Wording w) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("practitioner", w.practitioner());
    o.put("family", w.family());
    return o;
  }

  private static ObjectNode input(Input input) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("input", input.name());
    o.put("kind", input.kind().name());
    o.put("label", input.label());
    o.put("description", input.description());
    input.characteristics().ifPresent(c -> o.set("characteristics", characteristics(c)));
    return o;
  }

  private static ObjectNode characteristics(Characteristics c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("design", c.design());
    o.put("aim", c.aim());
    o.put("participants", c.participants());
    o.put("timeframe", c.timeframe());
    o.put("structure", c.structure());
    o.put("whenPlanChanges", c.whenPlanChanges());
    return o;
  }

  private static ArrayNode facts(List<CaseFact> facts) {
    ArrayNode a = MAPPER.createArrayNode();
    for (CaseFact f : facts) {
      ObjectNode o = a.addObject().put("field", f.field()).put("label", f.label()).put("value", f.value());
      f.snomedCt().ifPresent(code -> o.put("snomedCt", code));
    }
    return a;
  }
}
