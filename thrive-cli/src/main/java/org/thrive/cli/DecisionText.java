package org.thrive.cli;

import org.thrive.model.advice.Safeguard;
import org.thrive.model.decision.AgreedDecision;
import org.thrive.model.decision.SafeguardSetAside;
import org.thrive.model.grouping.Grouping;

/** Renders a decision record as text. */
final class DecisionText {
  private DecisionText() {}

  static String render(AgreedDecision d) {
    StringBuilder out = new StringBuilder();
    line(out, "Decision record for case " + d.caseId());
    line(out, "  Suggested: " + d.suggested().map(Grouping::label).orElse("no grouping (not enough information)"));
    line(out, "  Agreed:    " + d.agreed().label());
    line(out, "  Who took part: " + d.participants());
    d.differenceReason().ifPresent(r -> line(out, "  Why it differs: " + r));
    if (!d.note().isBlank()) {
      line(out, "  Note: " + d.note());
    }
    line(out, "  Decided at: " + d.decidedAt());
    if (d.safeguards().isEmpty()) {
      line(out, "  Safeguards: none");
    } else {
      line(out, "  Safeguards (kept on the record whatever is agreed):");
      for (Safeguard s : d.safeguards()) {
        String aside = d.setAside().stream().filter(a -> a.kind() == s.kind()).map(SafeguardSetAside::reason)
            .map(r -> " - set aside: " + r).findFirst().orElse("");
        line(out, "    - " + s.kind() + " [" + s.ruleId() + "]" + aside);
      }
    }
    line(out, "  Suggestion made with rule set " + d.ruleSetName() + " " + d.ruleSetVersion() + ", sha256 " + d.ruleSetSha256()
        + ", at " + d.adviceEvaluatedAt());
    return out.toString();
  }

  private static void line(StringBuilder out, String s) {
    out.append(s).append(System.lineSeparator());
  }
}
