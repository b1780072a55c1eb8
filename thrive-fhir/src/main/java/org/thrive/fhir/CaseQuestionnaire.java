package org.thrive.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.thrive.json.CaseFileException;
import org.thrive.json.CaseReader;
import org.thrive.json.CaseWriter;
import org.thrive.json.Format;
import org.thrive.model.ThriveCase;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;

/**
 * The case as a FHIR R4 {@code Questionnaire}, and a {@code QuestionnaireResponse} to and from a
 * {@link ThriveCase}.
 *
 * <p>The questionnaire follows the case format item for item: each {@code linkId} is the field's
 * path in the case file ({@code needs.problems.2}, {@code risk.toSelf}, {@code choices.wants}), a
 * repeating group stands for a list (choices, goals, episodes, strengths), and a choice's answer
 * options are the case format's words. Every Current View item is an item of its own, coded with
 * its SNOMED CT concept where NHS data uses one. A response is read through {@link CaseReader}, so
 * it is checked exactly as a case file is, and an error names the {@code linkId} and the problem.
 * Thread-safe.
 */
public final class CaseQuestionnaire {
  /** The questionnaire's canonical URL. */
  public static final String URL = "https://thrive.invalid/fhir/Questionnaire/thrive-case";
  static final String SNOMED = "http://snomed.info/sct";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Questionnaire QUESTIONNAIRE = build();
  /** The linkIds of repeating groups and of questions that take several answers. */
  /** The item that says the history of help was not recorded. */
  static final String EPISODES_NOT_KNOWN = "history.episodesNotKnown";
  private static final Set<String> REPEATS = new HashSet<>();
  private static final Map<String, QuestionnaireItemType> TYPES = new HashMap<>();

  static {
    index(QUESTIONNAIRE.getItem());
  }

  private CaseQuestionnaire() {}

  /** The questionnaire (a copy: the caller may change it). */
  public static Questionnaire questionnaire() {
    return QUESTIONNAIRE.copy();
  }

  // ---- the questionnaire ----

  private static Questionnaire build() {
    JsonNode schema;
    try {
      schema = MAPPER.readTree(Format.CASE.schema());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the case schema in thrive-json is not valid JSON", e);
    }
    JsonNode defs = schema.get("$defs");
    Questionnaire q = new Questionnaire();
    q.setUrl(URL);
    q.setName("ThriveCase");
    q.setTitle("THRIVE case: Current View, choices, risk, history of help and strengths");
    q.setStatus(Enumerations.PublicationStatus.ACTIVE);
    q.addSubjectType("Patient");
    JsonNode props = schema.get("properties");
    q.addItem(question("caseId", "Case id", QuestionnaireItemType.STRING, true));
    q.addItem(question("age", "Age in years at the assessment", QuestionnaireItemType.INTEGER, true));
    q.addItem(question("assessmentDate", "Date of the assessment", QuestionnaireItemType.DATE, true));
    q.addItem(needs(defs));
    q.addItem(fromSchema("choices", "Choices of the young person and their parents or carers", props.get("choices"), defs));
    q.addItem(fromSchema("goals", "Agreed goals", props.get("goals"), defs));
    q.addItem(fromSchema("risk", "Risk", props.get("risk"), defs).setRequired(true));
    QuestionnaireItemComponent history = fromSchema("history", "History of help", props.get("history"), defs)
        .setRequired(true);
    // the case format's "episodes": "not known", as its own question (an unanswered list is a first contact)
    history.getItem().add(1, question(EPISODES_NOT_KNOWN, "The help the young person has had is not known (not"
        + " recorded); this is not a first contact", QuestionnaireItemType.BOOLEAN, false));
    q.addItem(history);
    q.addItem(fromSchema("strengths", "Strengths", props.get("strengths"), defs));
    q.addItem(fromSchema("agencies", "Agencies involved", props.get("agencies"), defs));
    return q;
  }

  private static QuestionnaireItemComponent needs(JsonNode defs) {
    QuestionnaireItemComponent needs = group("needs", "Current View").setRequired(true);
    Map<Part, String> field = Map.of(Part.PROBLEM, "problems", Part.CONTEXTUAL_PROBLEM, "context",
        Part.EDUCATION, "education", Part.COMPLEXITY_FACTOR, "complexityFactors");
    for (Part part : List.of(Part.PROBLEM, Part.COMPLEXITY_FACTOR, Part.CONTEXTUAL_PROBLEM, Part.EDUCATION)) {
      QuestionnaireItemComponent g = group("needs." + field.get(part), part.label());
      for (CurrentViewItem item : CurrentViewItem.of(part)) {
        QuestionnaireItemComponent q = choice("needs." + field.get(part) + "." + item.number(), item.label(),
            defs.get(part.isRated() ? "rating" : "presence"));
        item.snomedCt().ifPresent(code -> q.addCode(new Coding(SNOMED, code, item.label())));
        g.addItem(q);
      }
      needs.addItem(g);
    }
    needs.addItem(choice("needs.unlisted", "What every rated item not answered is", defs.get("rating")));
    needs.addItem(choice("needs.unlistedComplexityFactors", "What every complexity factor not answered is",
        defs.get("presence")));
    return needs;
  }

  /** An item for a case-schema property: a group for an object, repeating for an array, a question otherwise. */
  private static QuestionnaireItemComponent fromSchema(String linkId, String text, JsonNode node, JsonNode defs) {
    node = resolve(node, defs);
    if (node.has("oneOf")) {
      // a list or a word ("not known"): the list is asked; the word has its own question.
      // yes/no or "not known": a yes/no question, left unanswered when it is not known
      for (JsonNode alternative : node.get("oneOf")) {
        if (alternative.path("type").asText().equals("array")) {
          return fromSchema(linkId, text, alternative, defs);
        }
        if (alternative.path("type").asText().equals("boolean")) {
          return question(linkId, text, QuestionnaireItemType.BOOLEAN, false);
        }
        if (alternative.path("type").asText().equals("object")) {
          // counts or "not known": the counts are asked (a group left unanswered is left out)
          return fromSchema(linkId, text, alternative, defs);
        }
      }
    }
    if (node.has("type") && node.get("type").asText().equals("array")) {
      JsonNode items = resolve(node.get("items"), defs);
      QuestionnaireItemComponent item = fromSchema(linkId, text, items, defs);
      item.setRepeats(true);
      return item;
    }
    if (node.has("type") && node.get("type").asText().equals("object")) {
      QuestionnaireItemComponent g = group(linkId, text);
      Set<String> required = new HashSet<>();
      node.path("required").forEach(r -> required.add(r.asText()));
      for (Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> p = it.next();
        String desc = p.getValue().path("description").asText(p.getKey());
        g.addItem(fromSchema(linkId + "." + p.getKey(), p.getKey().equals(desc) ? words(p.getKey()) : desc, p.getValue(),
            defs).setRequired(required.contains(p.getKey())));
      }
      return g;
    }
    if (node.has("enum")) {
      return choice(linkId, text, node);
    }
    String type = node.path("type").asText("string");
    if (node.path("pattern").asText().startsWith("^[0-9]{4}")) {
      return question(linkId, text, QuestionnaireItemType.DATE, false);
    }
    return question(linkId, text, switch (type) {
      case "integer" -> QuestionnaireItemType.INTEGER;
      case "boolean" -> QuestionnaireItemType.BOOLEAN;
      default -> QuestionnaireItemType.STRING;
    }, false);
  }

  private static JsonNode resolve(JsonNode node, JsonNode defs) {
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      node = defs.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return node;
  }

  private static String words(String camel) {
    return Character.toUpperCase(camel.charAt(0)) + camel.substring(1).replaceAll("([A-Z])", " $1").toLowerCase();
  }

  private static QuestionnaireItemComponent group(String linkId, String text) {
    return new QuestionnaireItemComponent().setLinkId(linkId).setText(text).setType(QuestionnaireItemType.GROUP);
  }

  private static QuestionnaireItemComponent question(String linkId, String text, QuestionnaireItemType type,
      boolean required) {
    return new QuestionnaireItemComponent().setLinkId(linkId).setText(text).setType(type).setRequired(required);
  }

  private static QuestionnaireItemComponent choice(String linkId, String text, JsonNode enumNode) {
    QuestionnaireItemComponent q = question(linkId, text, QuestionnaireItemType.CHOICE, false);
    enumNode.get("enum").forEach(v -> q.addAnswerOption().setValue(new StringType(v.asText())));
    return q;
  }

  private static void index(List<QuestionnaireItemComponent> items) {
    for (QuestionnaireItemComponent i : items) {
      TYPES.put(i.getLinkId(), i.getType());
      if (i.getRepeats()) {
        REPEATS.add(i.getLinkId());
      }
      index(i.getItem());
    }
  }

  // ---- case -> response ----

  /** The case as a completed response to {@link #questionnaire()}. */
  public static QuestionnaireResponse toResponse(ThriveCase c) {
    QuestionnaireResponse r = new QuestionnaireResponse();
    r.setQuestionnaire(URL);
    r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    ObjectNode tree = new CaseWriter().toTree(c);
    // the history is always answered: not known, or known (a first contact when no episode is given),
    // because a response with the question unanswered is read as not known
    ObjectNode hist = (ObjectNode) tree.get("history");
    if (!c.history().episodesKnown()) {
      hist.remove("episodes");
      hist.put("episodesNotKnown", true);
    } else {
      hist.put("episodesNotKnown", false);
    }
    // immediate danger not known is the question left unanswered (read back as not known)
    if (!c.risk().immediateDangerKnown()) {
      ((ObjectNode) tree.get("risk")).remove("immediateDanger");
    }
    // one answer per item, by its own linkId (the case file lists only those unlike 'unlisted')
    ObjectNode explicit = MAPPER.createObjectNode();
    for (Part part : Part.values()) {
      String f = switch (part) {
        case PROBLEM -> "problems";
        case CONTEXTUAL_PROBLEM -> "context";
        case EDUCATION -> "education";
        case COMPLEXITY_FACTOR -> "complexityFactors";
      };
      ObjectNode items = explicit.putObject(f);
      for (CurrentViewItem item : CurrentViewItem.of(part)) {
        items.put(Integer.toString(item.number()), part.isRated() ? c.needs().rating(item).label()
            : c.needs().presence(item).label());
      }
    }
    tree.set("needs", explicit); // every item answered by its own linkId, not the compact 'unlisted' form
    r.getItem().addAll(items(tree, ""));
    return r;
  }

  private static List<QuestionnaireResponseItemComponent> items(ObjectNode object, String prefix) {
    List<QuestionnaireResponseItemComponent> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String linkId = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        QuestionnaireResponseItemComponent g = new QuestionnaireResponseItemComponent().setLinkId(linkId);
        g.getItem().addAll(items((ObjectNode) v, linkId + "."));
        out.add(g);
      } else if (v.isArray()) {
        QuestionnaireResponseItemComponent multi = null;
        for (JsonNode element : v) {
          if (element.isObject()) {
            QuestionnaireResponseItemComponent g = new QuestionnaireResponseItemComponent().setLinkId(linkId);
            g.getItem().addAll(items((ObjectNode) element, linkId + "."));
            out.add(g);
          } else {
            if (multi == null) {
              multi = new QuestionnaireResponseItemComponent().setLinkId(linkId);
              out.add(multi);
            }
            multi.addAnswer().setValue(value(element));
          }
        }
      } else {
        out.add(new QuestionnaireResponseItemComponent().setLinkId(linkId).addAnswer(
            new QuestionnaireResponseItemAnswerComponent().setValue(value(v))));
      }
    }
    return out;
  }

  private static Type value(JsonNode v) {
    if (v.isBoolean()) {
      return new BooleanType(v.booleanValue());
    }
    if (v.isInt()) {
      return new IntegerType(v.intValue());
    }
    String s = v.asText();
    return s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? new DateType(s) : new StringType(s);
  }

  // ---- response -> case ----

  /**
   * Reads a response to {@link #questionnaire()} as a case. It is checked exactly as a case file is.
   *
   * @throws CaseFileException naming the {@code linkId} (for example {@code needs.problems.2}) and
   *     the problem, never an answer's value
   */
  public static ThriveCase toCase(QuestionnaireResponse response) {
    if (response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR
        || response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.STOPPED) {
      throw new CaseFileException("QuestionnaireResponse.status", "is " + response.getStatus().toCode()
          + ": the response is not a record of the assessment");
    }
    ObjectNode tree = MAPPER.createObjectNode();
    fill(tree, response.getItem(), "");
    if (tree.path("history").has("episodesNotKnown")) {
      ObjectNode h = (ObjectNode) tree.get("history");
      boolean notKnown = h.get("episodesNotKnown").asBoolean();
      h.remove("episodesNotKnown");
      if (notKnown) {
        if (h.has("episodes")) {
          throw new CaseFileException("linkId " + EPISODES_NOT_KNOWN, "is true, but episodes of help are given too");
        }
        h.put("episodes", "not known");
      } else if (!h.has("episodes")) {
        h.putArray("episodes"); // answered "known", with no episode: a first contact
      }
    }
    // with the question unanswered and no episode given, the history is not known (never a first contact)
    try {
      return new CaseReader().toCase(tree);
    } catch (CaseFileException e) {
      String path = e.path().startsWith("$.") ? e.path().substring(2).replaceAll("\\[[0-9]+]", "") : e.path();
      throw new CaseFileException("linkId " + path, e.problem());
    }
  }

  private static void fill(ObjectNode into, List<QuestionnaireResponseItemComponent> items, String prefix) {
    Set<String> seen = new HashSet<>();
    for (int index = 0; index < items.size(); index++) {
      QuestionnaireResponseItemComponent item = items.get(index);
      String linkId = item.getLinkId();
      if (linkId == null || !TYPES.containsKey(linkId)) {
        // the unknown linkId itself is never repeated: it could carry anything
        throw new CaseFileException((prefix.isEmpty() ? "item" : "linkId " + prefix.substring(0, prefix.length() - 1)
            + " item") + "[" + index + "].linkId", "is not an item of " + URL);
      }
      if (!linkId.startsWith(prefix) || linkId.substring(prefix.length()).contains(".")) {
        throw new CaseFileException("linkId " + linkId, "is not in its group"
            + (prefix.isEmpty() ? " (it belongs inside " + linkId.substring(0, linkId.lastIndexOf('.')) + ")"
                : " (" + prefix.substring(0, prefix.length() - 1) + ")"));
      }
      if (!REPEATS.contains(linkId) && !seen.add(linkId)) {
        // a second answer would silently replace the first (a Severe rating, a high risk)
        throw new CaseFileException("linkId " + linkId, "is answered twice; give each item once");
      }
      String name = linkId.substring(prefix.length());
      if (TYPES.get(linkId) == QuestionnaireItemType.GROUP) {
        ObjectNode child = MAPPER.createObjectNode();
        fill(child, item.getItem(), linkId + ".");
        if (REPEATS.contains(linkId)) {
          array(into, name).add(child);
        } else {
          into.set(name, child);
        }
        continue;
      }
      if (REPEATS.contains(linkId)) {
        ArrayNode a = array(into, name);
        item.getAnswer().forEach(answer -> a.add(json(answer.getValue(), linkId)));
      } else if (item.getAnswer().size() == 1) {
        into.set(name, json(item.getAnswer().get(0).getValue(), linkId));
      } else if (item.getAnswer().size() > 1) {
        throw new CaseFileException("linkId " + linkId, "takes one answer");
      }
    }
  }

  private static ArrayNode array(ObjectNode into, String name) {
    return into.has(name) ? (ArrayNode) into.get(name) : into.putArray(name);
  }

  private static JsonNode json(Type value, String linkId) {
    if (value instanceof BooleanType b) {
      return MAPPER.getNodeFactory().booleanNode(b.booleanValue());
    }
    if (value instanceof IntegerType i) {
      return MAPPER.getNodeFactory().numberNode(i.getValue());
    }
    if (value instanceof DateType d) {
      return MAPPER.getNodeFactory().textNode(d.asStringValue());
    }
    if (value instanceof StringType s) {
      return MAPPER.getNodeFactory().textNode(s.getValue());
    }
    throw new CaseFileException("linkId " + linkId, "has an answer of an unexpected type ("
        + (value == null ? "none" : value.fhirType()) + ")");
  }
}
