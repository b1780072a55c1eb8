package org.thrive.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
 * Writes {@link Advice} as JSON for other programs. Field order is fixed and every list keeps the
 * advice's order, so the same advice always gives the same bytes. Thread-safe.
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

  /** The advice as indented JSON text. */
  public String write(Advice a) {
    try {
      return MAPPER.writeValueAsString(toTree(a));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("advice could not be written as JSON", e);
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
      a.addObject().put("field", f.field()).put("label", f.label()).put("value", f.value());
    }
    return a;
  }
}
