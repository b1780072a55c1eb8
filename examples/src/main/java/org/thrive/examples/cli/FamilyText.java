package org.thrive.examples.cli;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.advice.OptionToDiscuss;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.WhyNot;
import org.thrive.model.grouping.Grouping;

/**
 * Renders advice for the young person and family: plain words only, no rule ids, no diagnostic
 * labels, every text from the family wording.
 */
final class FamilyText {
  private FamilyText() {}

  static String render(Advice a) {
    StringBuilder out = new StringBuilder();
    line(out, "What we suggest talking about");
    line(out, "This is an idea to talk about together. You and your family help decide.");
    line(out, "");
    if (a.status() == AdviceStatus.SUGGESTION) {
      Grouping g = a.suggestion().orElseThrow();
      line(out, "We suggest: " + g.label());
      a.options().stream().filter(OptionToDiscuss::suggested).findFirst().ifPresent(o -> {
        line(out, "  What it means: " + o.involves().family());
        line(out, "  Who helps: " + o.providedBy().family());
        line(out, "  How long: " + o.howLong().family());
        line(out, "  Things are going well when: " + o.success().family());
        if (!o.strengths().isEmpty()) {
          line(out, "  Good things to build on: " + String.join("; ", o.strengths()));
        }
      });
    } else {
      line(out, "We need to know a bit more before we can suggest the right support.");
    }
    a.choiceEffect().ifPresent(e -> {
      line(out, "");
      line(out, "Your choice: " + e.wording().family());
    });
    line(out, "");
    line(out, "Why:");
    Set<String> said = new LinkedHashSet<>();
    for (Reason r : a.reasons()) {
      if (said.add(r.family())) {
        line(out, "  - " + r.family());
      }
    }
    if (!a.safeguards().isEmpty()) {
      line(out, "");
      line(out, "Keeping you safe (this stays in place whatever you decide):");
      Set<String> safe = new LinkedHashSet<>();
      for (Safeguard s : a.safeguards()) {
        if (safe.add(s.family())) {
          line(out, "  - " + s.family());
        }
      }
    }
    a.endings().ifPresent(e -> {
      line(out, "");
      line(out, "What happens next:");
      e.reviewDate().ifPresent(d -> line(out, "  We will check how things are going by "
          + d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + d.getYear() + "."));
      line(out, "  " + e.atReview().family());
      e.ifNotMet().ifPresent(w -> line(out, "  " + w.family()));
    });
    if (a.options().stream().anyMatch(o -> !o.suggested())) {
      line(out, "");
      line(out, "Other choices we can talk about:");
      for (OptionToDiscuss o : a.options()) {
        if (!o.suggested()) {
          line(out, "  - " + o.grouping().label() + ": " + o.involves().family());
        }
      }
    }
    if (!a.whyNot().isEmpty()) {
      line(out, "");
      line(out, "Why not something else:");
      for (WhyNot w : a.whyNot()) {
        line(out, "  - " + w.summary().family());
      }
    }
    a.changes().ifPresent(ch -> {
      if (ch.options().stream().anyMatch(o -> o.changes().stream().allMatch(c -> c.field().startsWith("choices.")
          || c.field().startsWith("history.")))) {
        line(out, "");
        line(out, "Things that could change our idea (to talk about, not to change what you told us):");
        Set<String> seen = new LinkedHashSet<>();
        for (ChangesToDiscuss.Option o : ch.options()) {
          // Families see changes they can talk about (a choice, how help went), not ratings or risk.
          boolean discussable = o.changes().stream().allMatch(c -> c.field().startsWith("choices.")
              || c.field().startsWith("history."));
          if (discussable && seen.add(o.wording().family())) {
            line(out, "  - " + o.wording().family());
          }
        }
      }
    });
    return out.toString();
  }

  private static void line(StringBuilder out, String s) {
    out.append(s).append(System.lineSeparator());
  }
}
