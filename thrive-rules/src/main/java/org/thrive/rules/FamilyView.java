package org.thrive.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.advice.OptionToDiscuss;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.advice.WhyNot;
import org.thrive.model.grouping.Grouping;

/**
 * Advice for the young person and family, in plain words: no rule ids, no ratings, no diagnostic
 * labels, and only what is true for the case. Safe to hand over: sentences about harm from others
 * are replaced by a neutral one unless a practitioner has marked them safe to share with this
 * audience ({@link Options#harmFromOthersSafeToShare()}), because someone in the family may be the
 * source of harm.
 *
 * <p>The page has a summary that fits one screen (at most {@link #SUMMARY_WORD_BUDGET} words of
 * library and rule wording, before the family's own goals and strengths) and, below it, the
 * details: other choices, why not something else, and what the family could change.
 */
public final class FamilyView {
  /** The most words of the summary, before "More detail". */
  public static final int SUMMARY_WORD_BUDGET = 400;

  /** Who the page is for. */
  public enum Audience {
    /** The child or young person (the page speaks to them as "you"). */
    YOUNG_PERSON,
    /** A parent or carer (the same page, with a line saying it is written to their child). */
    PARENT_OR_CARER
  }

  /**
   * How to render.
   *
   * @param audience who reads it
   * @param harmFromOthersSafeToShare whether a practitioner has judged it safe to tell this audience
   *     that there are worries about harm from others; false by default
   */
  public record Options(Audience audience, boolean harmFromOthersSafeToShare) {
    public Options {
      checkNotNull(audience, "audience");
    }

    /** For the young person, with harm from others not yet marked safe to share. */
    public static Options defaults() {
      return new Options(Audience.YOUNG_PERSON, false);
    }
  }

  /** The page in two parts: the summary (one screen) and the details below it. */
  public record Page(String summary, String details) {
    /** The whole page. */
    public String text() {
      return summary + details;
    }
  }

  private FamilyView() {}

  /** The family page, for the young person, with harm from others not marked safe to share. */
  public static String render(Advice a) {
    return render(a, Options.defaults()).text();
  }

  public static Page render(Advice a, Options o) {
    StringBuilder out = new StringBuilder();
    line(out, t("page.title.family"));
    line(out, t("page.notice.family"));
    if (o.audience() == Audience.PARENT_OR_CARER) {
      line(out, t("page.parentIntro.family"));
    }
    line(out, "");
    Optional<OptionToDiscuss> suggested = a.options().stream().filter(OptionToDiscuss::suggested).findFirst();
    if (a.status() == AdviceStatus.SUGGESTION) {
      line(out, Texts.fill("page.suggest.family", "grouping", a.suggestion().orElseThrow().label()));
      suggested.ifPresent(s -> {
        line(out, "  " + Texts.fill("page.whatItMeans.family", "text", s.involves().family()));
      });
    } else {
      line(out, t("page.cannotSuggest.family"));
    }
    a.choiceEffect().ifPresent(e -> {
      line(out, "");
      line(out, Texts.fill("page.choice.family", "text", e.wording().family()));
    });
    line(out, "");
    line(out, t("page.why.family"));
    // the summary gives the reasons that decided; outweighed reasons are summed up in one sentence,
    // derived facts are restated by the reasons that use them, and notes go to the details
    Set<String> said = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    for (Reason r : a.reasons()) {
      if (r.standing() == Reason.Standing.SET_ASIDE || r.role() == Reason.Role.DERIVES) {
        continue;
      }
      String text = aboutHarmFromOthers(r.facts()) && !o.harmFromOthersSafeToShare() ? t("page.withheld.family") : r.family();
      if (r.role() == Reason.Role.NOTES || r.standing() == Reason.Standing.ON_HOLD) {
        if (!notes.contains(text)) {
          notes.add(text);
        }
      } else if (said.add(text)) {
        line(out, "  - " + text);
      }
    }
    if (said.isEmpty() && !notes.isEmpty()) {
      // nothing proposed a grouping yet: the notes are the reasons
      notes.forEach(n -> line(out, "  - " + n));
      notes.clear();
    }
    List<String> setAside = a.reasons().stream().filter(r -> r.standing() == Reason.Standing.SET_ASIDE)
        .map(Reason::proposal).flatMap(Optional::stream).distinct().sorted().map(Grouping::label).toList();
    if (!setAside.isEmpty()) {
      line(out, "  - " + Texts.fill("setAside.family", "groupings", String.join(" and ", setAside)));
    }
    if (!a.safeguards().isEmpty()) {
      line(out, "");
      line(out, t("page.safety.family"));
      Set<String> safe = new LinkedHashSet<>();
      for (Safeguard s : a.safeguards()) {
        boolean harm = s.kind() == SafeguardKind.SAFEGUARDING || aboutHarmFromOthers(s.facts());
        String text = harm && o.harmFromOthersSafeToShare() ? t("disclosure.harmFromOthers.family")
            : harm ? t("safetyNet.safeguarding.family") : s.family();
        if (safe.add(text)) {
          line(out, "  - " + text);
        }
      }
    }
    a.endings().ifPresent(e -> {
      line(out, "");
      line(out, t("page.next.family"));
      e.reviewDate().ifPresent(d -> line(out, "  " + Texts.fill("page.reviewBy.family", "date",
          d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear())));
      line(out, "  " + e.atReview().family());
    });
    String summary = out.toString();

    StringBuilder more = new StringBuilder();
    line(more, "");
    line(more, t("page.details.family"));
    suggested.ifPresent(s -> {
      line(more, "  " + Texts.fill("page.whoHelps.family", "text", s.providedBy().family()));
      line(more, "  " + Texts.fill("page.howLong.family", "text", s.howLong().family()));
      line(more, "  " + Texts.fill("page.goingWell.family", "text", s.success().family()));
      if (!s.strengths().isEmpty()) {
        line(more, "  " + Texts.fill("page.strengths.family", "text", String.join("; ", s.strengths())));
      }
    });
    a.endings().flatMap(e -> e.ifNotMet()).ifPresent(w -> line(more, "  " + w.family()));
    if (!notes.isEmpty()) {
      line(more, "");
      line(more, t("page.notes.family"));
      notes.forEach(n -> line(more, "  - " + n));
    }
    if (a.options().stream().anyMatch(x -> !x.suggested())) {
      line(more, "");
      line(more, t("page.otherChoices.family"));
      for (OptionToDiscuss x : a.options()) {
        if (!x.suggested()) {
          line(more, "  - " + x.grouping().label() + ": " + x.involves().family());
        }
      }
    }
    if (treatmentOrRiskSupportInPlay(a)) {
      line(more, "");
      line(more, t("page.treatmentOrRisk.family"));
      line(more, "  - " + t("page.treatment.family"));
      line(more, "  - " + t("page.riskSupport.family"));
    }
    if (!a.whyNot().isEmpty()) {
      line(more, "");
      line(more, t("page.whyNot.family"));
      Set<String> seen = new LinkedHashSet<>();
      for (WhyNot w : a.whyNot()) {
        if (seen.add(w.summary().family())) {
          line(more, "  - " + w.summary().family());
        }
      }
    }
    a.changes().ifPresent(ch -> {
      List<String> own = ch.options().stream().filter(ChangesToDiscuss.Option::forFamily)
          .map(x -> x.wording().family()).distinct().collect(Collectors.toCollection(ArrayList::new));
      if (!own.isEmpty()) {
        line(more, "");
        line(more, Texts.fill("page.changes.family", "notice", t("changes.notice.family")));
        own.forEach(s -> line(more, "  - " + s));
      }
    });
    return new Page(summary, more.toString());
  }

  /** Whether Getting More Help or Getting Risk Support is the suggestion, the needs-only grouping or an option. */
  static boolean treatmentOrRiskSupportInPlay(Advice a) {
    Set<Grouping> inPlay = new LinkedHashSet<>();
    a.suggestion().ifPresent(inPlay::add);
    a.needsOnly().ifPresent(inPlay::add);
    a.options().forEach(x -> inPlay.add(x.grouping()));
    return inPlay.contains(Grouping.GETTING_MORE_HELP) || inPlay.contains(Grouping.GETTING_RISK_SUPPORT);
  }

  /**
   * Whether facts tell of harm from others: a harm-from-others concern, significant risk from
   * others, a protection plan, child in need, or experience of abuse or neglect. (A risk-from-others
   * level alone comes with every rule that reads the risk profile, so it does not count here; the
   * safeguarding safeguard always counts.)
   */
  static boolean aboutHarmFromOthers(List<CaseFact> facts) {
    for (CaseFact f : facts) {
      String v = f.value().toLowerCase(Locale.ROOT);
      if (f.field().equals("risk.harmFromOthers")
          || f.field().equals("derived.significantRisk") && (v.contains("harm from others") || v.contains("young child"))
          || HARM_ITEMS.contains(f.field()) && v.equals("yes")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HARM_ITEMS = Set.of(
      "needs." + org.thrive.model.needs.CurrentViewItem.CURRENT_PROTECTION_PLAN.code(),
      "needs." + org.thrive.model.needs.CurrentViewItem.CHILD_IN_NEED.code(),
      "needs." + org.thrive.model.needs.CurrentViewItem.EXPERIENCE_OF_ABUSE_OR_NEGLECT.code());

  private static String t(String key) {
    return Texts.fill(key);
  }

  private static void line(StringBuilder out, String s) {
    out.append(s).append('\n');
  }
}
