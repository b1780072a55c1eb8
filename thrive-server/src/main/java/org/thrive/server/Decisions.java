package org.thrive.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thrive.json.DecisionJson;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.advice.Advice;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.DifferenceReason;
import org.thrive.model.decision.Participant;
import org.thrive.model.decision.SafeguardSetAside;
import org.thrive.model.decision.SetAsideReason;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.server.store.StoredDecision;

/**
 * The agreed decision as the API, the page and CDS Hooks feedback send it: the same rules as the
 * library's {@link AgreedDecision}, with every refusal naming the field at fault.
 */
final class Decisions {
  private static final DecisionJson JSON = new DecisionJson();

  private Decisions() {
  }

  /**
   * What was agreed, before it is put against the advice.
   *
   * @param agreed the grouping agreed
   * @param participants who took part
   * @param differenceReason why it differs from the suggestion
   * @param setAside safeguards not actioned, each with its code
   * @param note free text
   * @param corrects the stored record this one corrects
   */
  record Agreement(Grouping agreed, Set<Participant> participants, Optional<DifferenceReason> differenceReason,
      List<SafeguardSetAside> setAside, String note, Optional<Long> corrects) {
  }

  static final java.util.Set<String> FIELDS =
      java.util.Set.of("agreed", "participants", "differenceReason", "setAside", "note", "corrects");

  /** Refuses a field the object does not define, so a misspelt one ({@code "correct"}) is never ignored. */
  static void only(ObjectNode o, java.util.Set<String> known, String prefix) {
    java.util.Iterator<String> names = o.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!known.contains(n)) {
        throw new InvalidCaseException(prefix, "has a field it does not define; it takes only "
            + String.join(", ", new java.util.TreeSet<>(known)));
      }
    }
  }

  /** Reads {@code decision} of a request body; field names in errors start with {@code prefix}. */
  static Agreement read(JsonNode node, String prefix) {
    ObjectNode d = Requests.object(node, prefix);
    only(d, FIELDS, prefix);
    Grouping agreed = Requests.code(d.get("agreed"), Grouping.class, prefix + ".agreed");
    JsonNode ps = d.get("participants");
    if (ps == null || !ps.isArray() || ps.isEmpty()) {
      throw new InvalidCaseException(prefix + ".participants",
          "is required: who took part (the practitioner and the young person or a parent or carer)");
    }
    Set<Participant> participants = EnumSet.noneOf(Participant.class);
    for (int i = 0; i < ps.size(); i++) {
      Participant p = Requests.code(ps.get(i), Participant.class, prefix + ".participants[" + i + "]");
      if (!participants.add(p)) {
        throw new InvalidCaseException(prefix + ".participants[" + i + "]", "names someone twice");
      }
    }
    Optional<DifferenceReason> reason =
        Requests.optionalCode(d, "differenceReason", DifferenceReason.class, prefix + ".differenceReason");
    List<SafeguardSetAside> setAside = new ArrayList<>();
    JsonNode sa = d.get("setAside");
    if (sa != null && !sa.isNull()) {
      if (!sa.isArray()) {
        throw new InvalidCaseException(prefix + ".setAside", "must be a list");
      }
      for (int i = 0; i < sa.size(); i++) {
        String f = prefix + ".setAside[" + i + "]";
        ObjectNode o = Requests.object(sa.get(i), f);
        only(o, java.util.Set.of("kind", "reason"), f);
        SafeguardKind kind = Requests.code(o.get("kind"), SafeguardKind.class, f + ".kind");
        JsonNode r = o.get("reason");
        if (r == null || r.isNull() || (r.isTextual() && r.asText().isBlank())) {
          throw new InvalidCaseException(f + ".reason",
              "is required: a safeguard is set aside only with a coded reason, and it stays on the record");
        }
        setAside.add(new SafeguardSetAside(kind, Requests.code(r, SetAsideReason.class, f + ".reason")));
      }
    }
    String note = Requests.text(d, "note", prefix + ".note").orElse("");
    if (note.length() > Requests.MAX_NOTE_LENGTH) {
      throw new InvalidCaseException(prefix + ".note", "must be at most " + Requests.MAX_NOTE_LENGTH + " characters");
    }
    Optional<Long> corrects = Optional.empty();
    JsonNode c = d.get("corrects");
    if (c != null && !c.isNull()) {
      if (!c.canConvertToLong() || !c.isIntegralNumber() || c.asLong() < 1) {
        throw new InvalidCaseException(prefix + ".corrects", "must be the number of a stored record");
      }
      corrects = Optional.of(c.asLong());
    }
    return new Agreement(agreed, participants, reason, setAside, note, corrects);
  }

  /** The decision record of this agreement on this advice, checked by the record's own rules. */
  static AgreedDecision record(Advice advice, Agreement a, Instant decidedAt) {
    AgreedDecision.Builder b = AgreedDecision.on(advice).agreed(a.agreed()).participants(a.participants())
        .setAside(a.setAside()).note(a.note()).decidedAt(decidedAt);
    a.differenceReason().ifPresent(b::differenceReason);
    return b.record();
  }

  /** A stored record as the API returns it. */
  static ObjectNode toJson(StoredDecision s) {
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.put("id", s.id());
    o.put("recordedAt", s.recordedAt().toString());
    o.put("channel", s.channel().name());
    s.corrects().ifPresentOrElse(v -> o.put("corrects", v), () -> o.putNull("corrects"));
    s.correctedBy().ifPresentOrElse(v -> o.put("correctedBy", v), () -> o.putNull("correctedBy"));
    try {
      o.set("decision", Requests.MAPPER.readTree(JSON.write(s.decision())));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("decision record could not be written as JSON", e);
    }
    return o;
  }

  /** The records found, at most {@code limit} of them, saying whether there were more. */
  static ObjectNode list(List<StoredDecision> found, int limit) {
    List<StoredDecision> shown = found.size() > limit ? found.subList(0, limit) : found;
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.put("count", shown.size());
    o.put("truncated", found.size() > limit);
    ArrayNode a = o.putArray("decisions");
    shown.forEach(s -> a.add(toJson(s)));
    return o;
  }
}
