package org.thrive.examples.cli;

import java.util.List;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.grouping.Characteristics;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.grouping.Input;

/** Renders advice as readable text for a terminal. */
final class AdviceText {
  private AdviceText() {}

  static String render(Advice a) {
    StringBuilder out = new StringBuilder();
    line(out, "THRIVE suggestion for case " + a.caseId());
    line(out, Advice.NOTICE);
    line(out, "");
    if (a.status() == AdviceStatus.SUGGESTION) {
      Grouping g = a.suggestion().orElseThrow();
      Input input = g.input();
      line(out, "Suggested grouping: " + g.label());
      line(out, "Input: " + input.label() + " (" + input.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
      line(out, "  " + input.description());
      input.characteristics().ifPresent(c -> characteristics(out, c));
    } else {
      line(out, "No grouping can be suggested yet. What is missing:");
      for (MissingInformation m : a.missing()) {
        line(out, "  - " + m.label() + " (" + m.field() + "): " + m.why());
      }
    }
    a.needsOnly().ifPresent(n -> {
      line(out, "");
      if (a.suggestion().isPresent() && a.suggestion().get() != n) {
        line(out, "What the needs alone suggest: " + n.label() + ". Review, choice or the history of help changed it"
            + " (see the reasons below).");
      } else {
        line(out, "What the needs alone suggest: " + n.label() + ".");
      }
    });
    a.resolution().ifPresent(r -> {
      line(out, "");
      line(out, "Rules disagreed: " + r.explanation());
    });
    a.choiceEffect().ifPresent(e -> {
      line(out, "");
      line(out, "Needs and choice (" + e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): "
          + e.wording().practitioner());
    });
    line(out, "");
    line(out, "Reasons:");
    int i = 1;
    for (Reason r : a.reasons()) {
      String proposes = r.proposal().map(g -> " -> " + g.label() + " (on the basis of "
          + r.basis().orElseThrow().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")").orElse("");
      line(out, "  " + i++ + ". [" + r.ruleId() + "]" + proposes);
      line(out, "     For practitioners: " + r.practitioner());
      line(out, "     For the family:    " + r.family());
      facts(out, r.facts());
      line(out, "     Source: " + r.source());
    }
    line(out, "");
    if (a.safeguards().isEmpty()) {
      line(out, "Safeguards: none raised.");
    } else {
      line(out, "Safeguards (these apply whatever grouping is agreed):");
      for (Safeguard s : a.safeguards()) {
        line(out, "  - " + s.kind().name().replace('_', ' ') + " [" + s.ruleId() + "]");
        line(out, "     For practitioners: " + s.practitioner());
        line(out, "     For the family:    " + s.family());
      }
    }
    if (a.riskSignals().isEmpty()) {
      line(out, "Risk signals in the case: none recorded.");
    } else {
      line(out, "Risk signals in the case:");
      for (CaseFact f : a.riskSignals()) {
        line(out, "  - " + f.label() + ": " + f.value() + " (" + f.field() + ")");
      }
    }
    a.endings().ifPresent(e -> {
      line(out, "");
      line(out, "Endings and review:");
      line(out, "  Success looks like: " + String.join("; ", e.successCriteria()));
      e.reviewDate().ifPresent(d -> line(out, "  Review by: " + d));
      line(out, "  At review: " + e.atReview().practitioner());
      e.ifNotMet().ifPresent(w -> line(out, "  If not met: " + w.practitioner()));
      e.transition().ifPresent(w -> line(out, "  After the last episode: " + w.practitioner()));
    });
    if (!a.options().isEmpty()) {
      line(out, "");
      line(out, "Options to discuss:");
      for (org.thrive.model.advice.OptionToDiscuss o : a.options()) {
        line(out, "  " + o.grouping().label() + (o.suggested() ? " (suggested)" : " (alternative)"));
        line(out, "    What it involves: " + o.involves().practitioner());
        line(out, "    Usually provided by: " + o.providedBy().practitioner());
        line(out, "    How long: " + o.howLong().practitioner());
        line(out, "    Success looks like: " + o.success().practitioner());
        if (!o.strengths().isEmpty()) {
          line(out, "    Strengths to build on: " + String.join("; ", o.strengths()));
        }
      }
    }
    if (!a.whyNot().isEmpty()) {
      line(out, "");
      line(out, "Why not the others:");
      for (org.thrive.model.advice.WhyNot w : a.whyNot()) {
        line(out, "  " + w.grouping().label() + ": " + w.summary().practitioner());
      }
    }
    a.changes().ifPresent(ch -> {
      line(out, "");
      line(out, "What would change it (" + org.thrive.model.advice.ChangesToDiscuss.NOTICE + "):");
      if (ch.options().isEmpty()) {
        line(out, "  No single or paired change found leads to another grouping.");
      }
      for (org.thrive.model.advice.ChangesToDiscuss.Option o : ch.options()) {
        line(out, "  -> " + o.leadsTo().label() + ": " + o.wording().practitioner());
      }
      line(out, "  (" + ch.evaluated() + " varied cases evaluated" + (ch.complete() ? "" : "; search stopped at its bound") + ")");
    });
    line(out, "");
    line(out, "Neurodevelopmental assessment: " + (a.neurodevelopmentalAssessment() ? "consider, alongside any grouping" : "not flagged"));
    line(out, "");
    line(out, "Provenance: rule set " + a.provenance().ruleSetName() + " " + a.provenance().ruleSetVersion()
        + ", sha256 " + a.provenance().ruleSetSha256());
    line(out, "  rules that fired: " + String.join(", ", a.provenance().firedRuleIds()));
    line(out, "  thrive " + a.provenance().libraryVersion() + ", evaluated at " + a.provenance().evaluatedAt());
    return out.toString();
  }

  private static void characteristics(StringBuilder out, Characteristics c) {
    line(out, "  Design: " + c.design());
    line(out, "  Aim: " + c.aim());
    line(out, "  Participants: " + c.participants());
    line(out, "  Timeframe: " + c.timeframe());
    line(out, "  Structure: " + c.structure());
    line(out, "  When the plan changes: " + c.whenPlanChanges());
  }

  private static void facts(StringBuilder out, List<CaseFact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    line(out, "     Facts:");
    for (CaseFact f : facts) {
      line(out, "       - " + f.label() + ": " + f.value() + " (" + f.field() + ")");
    }
  }

  private static void line(StringBuilder out, String s) {
    out.append(s).append(System.lineSeparator());
  }
}
