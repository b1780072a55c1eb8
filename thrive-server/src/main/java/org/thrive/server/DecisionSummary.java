package org.thrive.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.SafeguardSetAside;
import org.thrive.server.store.StoredDecision;

/**
 * The decisions of a period in counts, for audit and beside the caseload report: what was agreed
 * against what was suggested, why they differed, which safeguards were set aside and why, and how
 * many records were corrected. Only the standing record of each chain is counted as a decision;
 * corrected records are counted as corrections. Counts only, no case ids.
 */
final class DecisionSummary {
  private DecisionSummary() {
  }

  static ObjectNode of(List<StoredDecision> records, Instant from, Instant to) {
    Map<String, Integer> agreed = new TreeMap<>();
    Map<String, Integer> matrix = new TreeMap<>();
    Map<String, Integer> reasons = new TreeMap<>();
    Map<String, Integer> setAside = new TreeMap<>();
    Map<String, Integer> channels = new TreeMap<>();
    int standing = 0;
    int corrected = 0;
    int differs = 0;
    for (StoredDecision s : records) {
      if (s.superseded()) {
        corrected++;
        continue;
      }
      standing++;
      AgreedDecision d = s.decision();
      agreed.merge(d.agreed().name(), 1, Integer::sum);
      matrix.merge(d.suggested().map(Enum::name).orElse("NONE") + " -> " + d.agreed().name(), 1, Integer::sum);
      d.differenceReason().ifPresent(r -> reasons.merge(r.name(), 1, Integer::sum));
      if (d.differenceReason().isPresent()) {
        differs++;
      }
      for (SafeguardSetAside a : d.setAside()) {
        setAside.merge(a.kind().name() + " / " + a.reason().name(), 1, Integer::sum);
      }
      channels.merge(s.channel().name(), 1, Integer::sum);
    }
    ObjectNode o = Requests.MAPPER.createObjectNode();
    o.put("from", from.toString()).put("to", to.toString());
    o.put("decisions", standing).put("corrected", corrected).put("differFromSuggestion", differs);
    put(o, "agreed", agreed);
    put(o, "suggestedToAgreed", matrix);
    put(o, "differenceReasons", reasons);
    put(o, "safeguardsSetAside", setAside);
    put(o, "channels", channels);
    return o;
  }

  private static void put(ObjectNode o, String name, Map<String, Integer> counts) {
    ObjectNode n = o.putObject(name);
    counts.forEach(n::put);
  }
}
