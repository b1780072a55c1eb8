package org.thrive.rules;

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

/**
 * Advice for practitioners, as text: every reason with its rule id, standing, facts and source;
 * the safeguards and risk signals; needs versus choice; the options with the six characteristics
 * of treatment and risk support side by side when either is in play; why not the others; what
 * would change it; and the provenance. Deterministic for the same advice.
 */
public final class PractitionerView {
  private PractitionerView() {}

  public static String render(Advice a) {
    StringBuilder out = new StringBuilder();
    line(out, "THRIVE suggestion for case " + a.caseId());
    line(out, Advice.NOTICE);
    if (a.hasSafeguard(org.thrive.model.advice.SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)) {
      line(out, "");
      line(out, Texts.fill("page.crisisFirst.practitioner"));
    }
    line(out, "");
    if (a.status() == AdviceStatus.SUGGESTION) {
      Grouping g = a.suggestion().orElseThrow();
      Input input = g.input();
      line(out, "Suggested grouping: " + g.label());
      line(out, "Input: " + input.label() + " (" + input.kind().label().toLowerCase(java.util.Locale.ROOT) + ")");
      line(out, "  " + input.description());
    } else {
      line(out, "No grouping can be suggested yet. What is missing:");
      // items missing for the same reason are listed together, the reason once
      java.util.Map<String, java.util.List<MissingInformation>> byWhy = new java.util.LinkedHashMap<>();
      a.missing().forEach(m -> byWhy.computeIfAbsent(m.why(), k -> new java.util.ArrayList<>()).add(m));
      byWhy.forEach((why, items) -> line(out, "  - " + items.stream().map(m -> m.label() + " (" + m.field() + ")")
          .collect(java.util.stream.Collectors.joining(", ")) + ": " + why));
    }
    a.needsOnly().ifPresent(n -> {
      line(out, "");
      if (a.suggestion().isPresent() && a.suggestion().get() != n) {
        String by = a.reasons().stream()
            .filter(r -> r.proposal().equals(a.suggestion()) && r.standing() == Reason.Standing.SUPPORTS
                && r.basis().isPresent() && r.basis().get() != org.thrive.model.advice.Basis.NEEDS)
            .map(r -> r.basis().get().label()).distinct().collect(java.util.stream.Collectors.joining(" and "));
        line(out, "What the needs alone suggest: " + n.label() + "."
            + (by.isEmpty() ? "" : " " + by + " changed it (see the reasons below)."));
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
          + r.basis().orElseThrow().label().toLowerCase(java.util.Locale.ROOT) + ")").orElse("");
      String standing = switch (r.standing()) {
        case SUPPORTS -> "";
        case SET_ASIDE -> " [SET ASIDE: outweighed by " + (r.outweighedBy().isEmpty() ? "the policy"
            : String.join(", ", r.outweighedBy())) + "; it does not apply as it reads]";
        case ON_HOLD -> " [on hold until the missing information is recorded]";
      };
      line(out, "  " + i++ + ". [" + r.ruleId() + "]" + proposes + standing);
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
        line(out, "  - " + s.kind().label() + " [" + s.ruleId() + "]");
        line(out, "     For practitioners: " + s.practitioner());
        line(out, "     For the family:    " + s.family());
        // a risk management plan names the agencies to involve, as its wording says
        List<String> agencies = s.facts().stream().filter(f -> f.field().equals("agencies")).map(CaseFact::value).toList();
        if (!agencies.isEmpty()) {
          line(out, "     Agencies to involve: " + String.join("; ", agencies));
        }
      }
    }
    if (FamilyView.toldNeutrally(a)) {
      line(out, Texts.fill("page.sharing.practitioner"));
    }
    if (a.riskSignals().isEmpty()) {
      line(out, "Risk signals in the case: none recorded.");
    } else {
      line(out, "Risk signals in the case:");
      for (CaseFact f : a.riskSignals()) {
        line(out, "  - " + f.label() + ": " + f.value() + " (" + f.field() + ")");
      }
    }
    if (!a.notKnown().isEmpty()) {
      line(out, "Not known yet (ask about these; unknown is not none):");
      for (CaseFact f : a.notKnown()) {
        line(out, "  - " + f.label() + " (" + f.field() + ")");
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
    if (FamilyView.treatmentOrRiskSupportInPlay(a)) {
      sideBySide(out);
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
        line(out, "  " + Texts.fill("changes.none.practitioner"));
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

  /** The six characteristics of treatment and of risk support, side by side. */
  private static void sideBySide(StringBuilder out) {
    Characteristics t = Grouping.GETTING_MORE_HELP.input().characteristics().orElseThrow();
    Characteristics r = Grouping.GETTING_RISK_SUPPORT.input().characteristics().orElseThrow();
    line(out, "");
    line(out, "Treatment (Getting More Help) and risk support (Getting Risk Support), side by side:");
    row(out, "Design", t.design(), r.design());
    row(out, "Aim", t.aim(), r.aim());
    row(out, "Participants", t.participants(), r.participants());
    row(out, "Timeframe", t.timeframe(), r.timeframe());
    row(out, "Structure", t.structure(), r.structure());
    row(out, "When the plan changes", t.whenPlanChanges(), r.whenPlanChanges());
  }

  private static void row(StringBuilder out, String name, String treatment, String riskSupport) {
    line(out, "  " + name + ":");
    line(out, "    Treatment:    " + treatment);
    line(out, "    Risk support: " + riskSupport);
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
    out.append(s).append('\n');
  }
}
