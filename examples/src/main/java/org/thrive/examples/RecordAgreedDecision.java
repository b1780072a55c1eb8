package org.thrive.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.thrive.json.CaseReader;
import org.thrive.json.DecisionJson;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.Participant;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.ThriveAdvisor;

/**
 * After the conversation: the young person, their family and the practitioner agree a grouping,
 * which may differ from the suggestion. The record keeps what was suggested, what was agreed, who
 * took part, why it differs, every safeguard, and the rule set that made the suggestion; it is
 * written as JSON for the host's audit store and read back from it.
 */
public final class RecordAgreedDecision {
  private RecordAgreedDecision() {}

  /** The record written, and the record read back from its JSON. */
  public record Outcome(AgreedDecision recorded, String json, AgreedDecision readBack) {}

  public static Outcome run(Path caseFile, Instant now) throws IOException {
    // decision:begin
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
    ThriveCase thriveCase = new CaseReader().read(caseFile);
    Advice advice = advisor.advise(thriveCase);

    // Her choice of self-management made the suggestion Getting Advice; in the room, everyone agreed it.
    AgreedDecision decision = AgreedDecision.on(advice).agreed(Grouping.GETTING_ADVICE)
        .participants(Participant.YOUNG_PERSON, Participant.PARENT_OR_CARER, Participant.PRACTITIONER)
        .decidedAt(now).record();

    DecisionJson json = new DecisionJson();
    String stored = json.write(decision);          // to the audit store
    AgreedDecision readBack = json.read(stored);   // and back, equal to what was recorded
    // decision:end
    return new Outcome(decision, stored, readBack);
  }

  public static void main(String[] args) throws IOException {
    Path caseFile = Path.of(args.length > 0 ? args[0] : "cases/P12-getting-advice-choice.json");
    Outcome o = run(caseFile, Instant.now());
    System.out.println(o.json());
    System.out.println("read back equal to the record: " + o.recorded().equals(o.readBack()));
  }
}
