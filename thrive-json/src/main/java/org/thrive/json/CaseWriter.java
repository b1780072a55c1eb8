package org.thrive.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.thrive.model.ThriveCase;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Goal;
import org.thrive.model.history.HelpEpisode;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.Crises;
import org.thrive.model.risk.Risk;
import org.thrive.model.strengths.Strength;

/**
 * Writes a {@link ThriveCase} in the case format that {@link CaseReader} reads, so that
 * {@code reader.toCase(writer.toTree(c))} equals {@code c}. The most common rating is written once
 * as {@code unlisted} and every other item by its number, in item order; field order is fixed, so
 * the same case always gives the same bytes. The output holds case content: store it, do not log
 * it. Thread-safe.
 */
public final class CaseWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The case as a JSON tree. */
  public ObjectNode toTree(ThriveCase c) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("caseId", c.caseId());
    root.put("age", c.age());
    root.put("assessmentDate", c.assessmentDate().toString());
    root.set("needs", needs(c));
    if (!c.choices().choices().isEmpty()) {
      ArrayNode choices = root.putArray("choices");
      for (Choice ch : c.choices().choices()) {
        choices.addObject().put("by", words(ch.chooser())).put("wants", words(ch.preference()))
            .put("setting", words(ch.setting()));
      }
    }
    if (!c.choices().goals().isEmpty()) {
      ArrayNode goals = root.putArray("goals");
      for (Goal g : c.choices().goals()) {
        ObjectNode o = goals.addObject().put("goal", g.description());
        g.reviewBy().ifPresent(d -> o.put("reviewBy", d.toString()));
      }
    }
    root.set("risk", risk(c.risk()));
    ObjectNode history = root.putObject("history");
    if (!c.history().episodesKnown()) {
      history.put("episodes", "not known");
    }
    ArrayNode episodes = c.history().episodesKnown() ? history.putArray("episodes") : null;
    for (HelpEpisode e : c.history().episodes()) {
      ObjectNode o = episodes.addObject().put("kind", words(e.kind())).put("start", e.start().toString());
      e.end().ifPresent(d -> o.put("end", d.toString()));
      o.put("outcome", words(e.outcome()));
    }
    history.put("latestReview", words(c.history().latestReview()));
    history.put("engagement", words(c.history().engagement()));
    if (!c.strengths().isEmpty()) {
      ArrayNode strengths = root.putArray("strengths");
      for (Strength s : c.strengths()) {
        strengths.addObject().put("kind", words(s.kind())).put("description", s.description());
      }
    }
    if (!c.agencies().isEmpty()) {
      ArrayNode agencies = root.putArray("agencies");
      c.agencies().forEach(a -> agencies.add(words(a)));
    }
    return root;
  }

  /** The case as indented JSON text. */
  public String write(ThriveCase c) {
    try {
      return MAPPER.writeValueAsString(toTree(c));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case could not be written as JSON", e);
    }
  }

  private static ObjectNode needs(ThriveCase c) {
    ObjectNode needs = MAPPER.createObjectNode();
    Map<CurrentViewItem, Rating> ratings = c.needs().ratings();
    Rating unlisted = mostCommon(ratings, Rating.class);
    Map<CurrentViewItem, Presence> factors = c.needs().complexityFactors();
    Presence unlistedFactors = mostCommon(factors, Presence.class);
    rated(needs, "problems", Part.PROBLEM, ratings, unlisted);
    ObjectNode complexity = MAPPER.createObjectNode();
    factors.forEach((item, p) -> {
      if (p != unlistedFactors) {
        complexity.put(Integer.toString(item.number()), p.label());
      }
    });
    if (!complexity.isEmpty()) {
      needs.set("complexityFactors", complexity);
    }
    rated(needs, "context", Part.CONTEXTUAL_PROBLEM, ratings, unlisted);
    rated(needs, "education", Part.EDUCATION, ratings, unlisted);
    needs.put("unlisted", unlisted.label());
    needs.put("unlistedComplexityFactors", unlistedFactors.label());
    return needs;
  }

  private static void rated(ObjectNode needs, String field, Part part, Map<CurrentViewItem, Rating> ratings,
      Rating unlisted) {
    ObjectNode o = MAPPER.createObjectNode();
    ratings.forEach((item, r) -> {
      if (item.part() == part && r != unlisted) {
        o.put(Integer.toString(item.number()), r.label());
      }
    });
    if (!o.isEmpty()) {
      needs.set(field, o);
    }
  }

  /** The value most items have; ties go to the earlier constant, so the output is deterministic. */
  private static <E extends Enum<E>> E mostCommon(Map<CurrentViewItem, E> values, Class<E> type) {
    EnumMap<E, Integer> counts = new EnumMap<>(type);
    values.values().forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream().max(Comparator.<Map.Entry<E, Integer>>comparingInt(Map.Entry::getValue)
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey)
        .orElse(type.getEnumConstants()[0]);
  }

  private static ObjectNode risk(Risk r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("toSelf", words(r.toSelf()));
    o.put("toOthers", words(r.toOthers()));
    o.put("fromOthers", words(r.fromOthers()));
    if (!r.harmFromOthers().isEmpty()) {
      ArrayNode harms = o.putArray("harmFromOthers");
      r.harmFromOthers().forEach(h -> harms.add(words(h)));
    }
    Crises c = r.crises();
    if (!c.countKnown()) {
      o.put("crises", "not known");
    } else if (!c.equals(Crises.none())) {
      ObjectNode crises = o.putObject("crises").put("emergencyAttendances", c.emergencyAttendances())
          .put("otherCrisisContacts", c.otherCrisisContacts());
      if (c.periodKnown()) {
        crises.put("periodDays", c.periodDays());
      }
    }
    if (r.immediateDangerKnown()) {
      o.put("immediateDanger", r.immediateDanger());
    } else {
      o.put("immediateDanger", "not known");
    }
    return o;
  }

  /** A value in the spelling the case schema lists (e.g. "goal-based help"), which the reader reads back. */
  static String words(Enum<?> e) {
    String plain = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    java.util.List<String> spellings = CANONICAL.getOrDefault(CaseReader.normalise(plain), java.util.List.of());
    return spellings.contains(plain) || spellings.isEmpty() ? plain : spellings.get(0);
  }

  private static final Map<String, java.util.List<String>> CANONICAL = canonicalSpellings();

  private static Map<String, java.util.List<String>> canonicalSpellings() {
    Map<String, java.util.List<String>> out = new java.util.HashMap<>();
    try {
      collectEnums(MAPPER.readTree(Format.CASE.schema()), out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the case schema in this jar is not valid JSON", e);
    }
    return Map.copyOf(out);
  }

  private static void collectEnums(com.fasterxml.jackson.databind.JsonNode node, Map<String, java.util.List<String>> out) {
    if (node.isObject()) {
      com.fasterxml.jackson.databind.JsonNode values = node.get("enum");
      if (values != null && values.isArray()) {
        values.forEach(v -> out.computeIfAbsent(CaseReader.normalise(v.asText()), k -> new java.util.ArrayList<>())
            .add(v.asText()));
      }
      node.forEach(child -> collectEnums(child, out));
    } else if (node.isArray()) {
      node.forEach(child -> collectEnums(child, out));
    }
  }
}
