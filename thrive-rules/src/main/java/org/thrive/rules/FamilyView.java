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
import org.thrive.model.advice.ChoiceEffect;
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
 * <p>The page has a summary that fits one screen (at most {@link #SUMMARY_WORD_BUDGET} words and
 * {@link #SUMMARY_LINE_BUDGET} lines) and, below it, the details: who helps and how long, other
 * things thought about, other choices, why not something else, and what the family could change.
 * A sentence already on the page is not repeated; a section with nothing to say is left out.
 */
public final class FamilyView {
  /**
   * The most words of the summary, before "More detail": one screen (about 40 lines of 80
   * characters). Over the scenario corpus the median summary is about 160 words; pages with
   * several safeguards are the longest, because safeguards are never shortened.
   */
  public static final int SUMMARY_WORD_BUDGET = 360;

  /** The most lines of the summary: one screen. */
  public static final int SUMMARY_LINE_BUDGET = 40;

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

  /**
   * The safeguards as this audience's page tells them, in order, each once: what a screen beside
   * the page shows so that it never says more than the page. A safeguard raised because of harm from
   * others (and a crisis response for danger that is not the young person's own) is told neutrally
   * until a practitioner judges it safe to share.
   */
  public static List<String> safeguardLines(Advice a, Options o) {
    boolean harmInCase = harmInCase(a);
    boolean withhold = harmInCase && !o.harmFromOthersSafeToShare();
    boolean crisisIsAboutHarm = !o.harmFromOthersSafeToShare() && crisisMayBeAboutHarm(a);
    boolean neutralRisk = !o.harmFromOthersSafeToShare() && riskMayComeFromOthers(a);
    List<String> safe = new ArrayList<>();
    for (Safeguard s : a.safeguards()) {
      boolean safeguarding = s.kind() == SafeguardKind.SAFEGUARDING;
      boolean crisis = s.kind() == SafeguardKind.IMMEDIATE_CRISIS_RESPONSE;
      boolean harm = safeguarding || aboutHarmFromOthers(s.facts()) || crisis && (crisisIsAboutHarm || neutralRisk)
          || neutralRisk && (aboutRisk(s.facts()) || s.kind() == SafeguardKind.SAFETY_PLAN
              || s.kind() == SafeguardKind.RISK_ASSESSMENT);
      String text = safeguarding && o.harmFromOthersSafeToShare() ? t("disclosure.harmFromOthers.family")
          : safeguarding && withhold ? t("safetyNet.safeguarding.family")
          : crisis && harm && (withhold || crisisIsAboutHarm || neutralRisk) ? t(o.audience() == Audience.PARENT_OR_CARER
              ? "page.crisisHeld.neutral.parent" : "page.crisisHeld.neutral.family")
          : s.kind() == SafeguardKind.RISK_ASSESSMENT && neutralRisk && !aboutHarmFromOthers(s.facts())
              ? t("page.riskAssessmentHeld.neutral.family")
          : harm && (withhold || crisisIsAboutHarm || neutralRisk) ? t("page.safeguardHeld.neutral.family") : s.family();
      if (!safe.contains(text)) {
        safe.add(text);
      }
    }
    // wherever harm may come from others, told neutrally or shared, the page tells the young person
    // how to get help if they are worried or scared, in words that say nothing of its source
    if (o.audience() == Audience.YOUNG_PERSON && (harmInCase || riskMayComeFromOthers(a)) && !safe.isEmpty()) {
      safe.add(t("page.tellSomeone.family"));
    }
    return safe;
  }

  public static Page render(Advice a, Options o) {
    boolean harmInCase = harmInCase(a);
    boolean withhold = harmInCase && !o.harmFromOthersSafeToShare();
    Writer out = new Writer();
    out.line(t("page.title.family"));
    out.line(t("page.notice.family"));
    if (o.audience() == Audience.PARENT_OR_CARER) {
      out.line(t("page.parentIntro.family"));
    }
    Optional<OptionToDiscuss> suggested = a.options().stream().filter(OptionToDiscuss::suggested).findFirst();
    // a crisis response for danger that may be about harm from others (harm from others recorded,
    // or danger that is not the young person's own), told to a family where someone may be the
    // source of harm, could warn them: it is told neutrally until it is safe to share
    boolean crisisIsAboutHarm = !o.harmFromOthersSafeToShare() && crisisMayBeAboutHarm(a);
    // where the only risk recorded may come from others (harm from others, or danger that is not the
    // young person's own), every sentence about that risk is told neutrally until it is safe to share
    boolean neutralRisk = !o.harmFromOthersSafeToShare() && riskMayComeFromOthers(a);
    if (a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE) && !crisisIsAboutHarm) {
      // safety leads the page
      out.blank();
      out.line(t("page.crisisFirst.family"));
    }
    out.blank();
    if (a.status() == AdviceStatus.SUGGESTION) {
      out.line(Texts.fill("page.suggest.family", "grouping", a.suggestion().orElseThrow().label()));
      suggested.ifPresent(s -> out.item("  ", Texts.fill("page.whatItMeans.family", "text", s.involves().family())));
    } else {
      out.line(t("page.cannotSuggest.family"));
    }
    a.choiceEffect().ifPresent(e -> {
      // a choice held for safety, told where a parent may be the source of harm, could warn them
      String text = (withhold || neutralRisk) && e.kind() == ChoiceEffect.Kind.HELD_BY_RISK ? t("page.choiceHeld.neutral.family")
          : o.audience() == Audience.PARENT_OR_CARER ? e.forParent() : e.wording().family();
      out.blank();
      out.item("", Texts.fill("page.choice.family", "text", text));
    });

    // the summary gives the reasons that decided; outweighed reasons are summed up in one sentence,
    // derived facts are restated by the reasons that use them, and notes go to the details
    List<String> deciding = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Reason r : a.reasons()) {
      if (r.standing() == Reason.Standing.SET_ASIDE || r.standing() == Reason.Standing.ON_HOLD
          || r.role() == Reason.Role.DERIVES) {
        continue; // with no suggestion yet, a proposal on hold is not a reason to give the family
      }
      String text = (aboutHarmFromOthers(r.facts()) || neutralRisk && aboutRisk(r.facts())) && !o.harmFromOthersSafeToShare()
          ? t("safetyNet.safeguarding.family") : r.family();
      List<String> to = r.role() == Reason.Role.NOTES ? notes : deciding;
      if (!to.contains(text)) {
        to.add(text);
      }
    }
    if (deciding.isEmpty()) {
      deciding.addAll(notes); // nothing proposed a grouping yet: the notes are the reasons
      notes.clear();
    }
    List<String> setAside = a.reasons().stream().filter(r -> r.standing() == Reason.Standing.SET_ASIDE)
        .map(Reason::proposal).flatMap(Optional::stream).distinct().sorted().map(Grouping::label).toList();
    if (!setAside.isEmpty()) {
      deciding.add(Texts.fill("setAside.family", "groupings", String.join(" and ", setAside)));
    }
    // safeguards are never shortened: each is shown whole, once, just below the reasons; a reason in
    // the same words as a safeguard (a rule that proposes and raises one) is said there, not twice
    List<String> safe = safeguardLines(a, o);
    deciding.removeIf(safe::contains);
    out.section(t("page.why.family"), deciding);
    out.sectionWhole(t("page.safety.family"), safe);
    a.endings().ifPresent(e -> {
      List<String> next = new ArrayList<>();
      e.reviewDate().ifPresent(d -> next.add(Texts.fill("page.reviewBy.family", "date",
          d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear())));
      // a parent who may be the source of harm is not told that the child's safety will be checked
      boolean neutral = (o.audience() == Audience.PARENT_OR_CARER && (withhold || crisisIsAboutHarm) || neutralRisk)
          && e.atReview().family().equals(t("endings.atCrisisReview.family"));
      next.add(neutral ? t("endings.atCrisisReview.neutral.family") : e.atReview().family());
      out.section(t("page.next.family"), next);
    });
    String summary = out.text();

    Writer more = new Writer(out);
    List<String> about = new ArrayList<>();
    suggested.ifPresent(s -> {
      about.add(Texts.fill("page.whoHelps.family", "text", s.providedBy().family()));
      about.add(Texts.fill("page.howLong.family", "text", s.howLong().family()));
      about.add(Texts.fill("page.goingWell.family", "text", s.success().family()));
      if (!s.strengths().isEmpty()) {
        about.add(Texts.fill("page.strengths.family", "text", String.join("; ", s.strengths())));
      }
    });
    a.endings().flatMap(e -> e.ifNotMet()).ifPresent(w -> about.add(w.family()));
    more.section(t("page.about.family"), about);
    more.section(t("page.notes.family"), notes);
    more.sectionWhole(t("page.notKnown.family"), notKnownFamily(a.notKnown()));
    if (a.status() == AdviceStatus.SUGGESTION) {
      more.sectionWhole(t("page.otherChoices.family"), a.options().stream().filter(x -> !x.suggested())
          .map(x -> x.grouping().label() + ": " + x.involves().family()).toList());
    }
    if (treatmentOrRiskSupportInPlay(a)) {
      more.sectionWhole(t("page.treatmentOrRisk.family"), List.of(t("page.treatment.family"), t("page.riskSupport.family")));
    }
    // with no risk in the case, a line on what Getting Risk Support is for alarms without cause
    // (a clinical review with no risk signal is about the plan, for example the same help again, not a worry about safety)
    boolean noRisk = a.riskSignals().isEmpty()
        && a.safeguards().stream().allMatch(s -> s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED);
    // "why not" says what each grouping is for, which tells of a worry about safety: where that
    // worry may come from others it is told neutrally
    more.sectionWhole(t("page.whyNot.family"), a.whyNot().stream()
        .filter(w -> !(noRisk && w.grouping() == Grouping.GETTING_RISK_SUPPORT))
        .map(w -> neutralRisk ? Texts.fill("page.whyNot.neutral.family", "grouping", w.grouping().label())
            : w.summary().family()).distinct().toList());
    a.changes().filter(ch -> a.status() == AdviceStatus.SUGGESTION).ifPresent(ch -> more.sectionWhole(Texts.fill("page.changes.family", "notice", t("changes.notice.family")),
        ch.options().stream().filter(ChangesToDiscuss.Option::forFamily)
            .map(x -> o.audience() == Audience.PARENT_OR_CARER ? x.forParent() : x.wording().family()).distinct().toList()));
    String details = more.text().isEmpty() ? "" : "\n" + t("page.details.family") + "\n" + more.text();
    return new Page(summary, details);
  }

  /**
   * Writes the page: a section is written only when it has something to say, and a sentence
   * already on the page is not said again (safeguards excepted: they are always shown whole).
   */
  private static final class Writer {
    private final StringBuilder out = new StringBuilder();
    private final Set<String> said;

    Writer() {
      this.said = new java.util.HashSet<>();
    }

    Writer(Writer before) {
      this.said = before.said;
    }

    void line(String s) {
      out.append(s).append('\n');
    }

    void blank() {
      out.append('\n');
    }

    /** Writes the text without the sentences already said; nothing if none is left. */
    void item(String prefix, String text) {
      String fresh = fresh(text);
      if (!fresh.isEmpty()) {
        line(prefix + fresh);
      }
    }

    void section(String heading, List<String> items) {
      List<String> fresh = items.stream().map(this::fresh).filter(x -> !x.isEmpty()).toList();
      if (!fresh.isEmpty()) {
        blank();
        line(heading);
        fresh.forEach(x -> line("  - " + x));
      }
    }

    /** A section whose items are shown whole (each item once): safeguards, and lists whose sentences share a pattern. */
    void sectionWhole(String heading, List<String> items) {
      List<String> distinct = items.stream().distinct().toList();
      if (!distinct.isEmpty()) {
        blank();
        line(heading);
        distinct.forEach(x -> {
          SENTENCE.splitAsStream(x).map(String::trim).forEach(said::add);
          line("  - " + x);
        });
      }
    }

    private String fresh(String text) {
      List<String> kept = new ArrayList<>();
      for (String sentence : SENTENCE.split(text)) {
        if (said.add(sentence.trim())) {
          kept.add(sentence.trim());
        }
      }
      return String.join(" ", kept);
    }

    String text() {
      return out.toString();
    }
  }

  private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("(?<=[.!?])\\s+");

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
  /**
   * Whether a crisis response may be about harm from others, so that a family where someone may be
   * its source is told it neutrally: immediate danger is recorded, and either harm from others is
   * recorded or the danger is not the young person's own (no risk to self or others at medium,
   * high or Not known, nor self-harm or poses risk to others Moderate or worse).
   */
  static boolean crisisMayBeAboutHarm(Advice a) {
    boolean danger = a.riskSignals().stream()
        .anyMatch(f -> f.field().equals("risk.immediateDanger") && f.value().equals("yes"));
    return danger && (harmInCase(a) || !ownRisk(a));
  }

  /**
   * Whether the risk recorded may come from others and is not the young person's own: harm from
   * others is recorded, or immediate danger is, while no risk to self or others of the young
   * person's own is (see {@link #ownRisk}). The family pages then tell every sentence about risk
   * neutrally until a practitioner judges it safe to share, and the practitioner's page says so.
   */
  static boolean riskMayComeFromOthers(Advice a) {
    boolean danger = a.riskSignals().stream()
        .anyMatch(f -> f.field().equals("risk.immediateDanger") && f.value().equals("yes"));
    return !ownRisk(a) && (harmInCase(a) || danger);
  }

  /** Whether the practitioner's page should say how to share the family pages. */
  static boolean toldNeutrally(Advice a) {
    return harmInCase(a) || riskMayComeFromOthers(a);
  }

  /** Whether facts are about risk: a risk field, or a conclusion drawn about risk. */
  private static boolean aboutRisk(List<CaseFact> facts) {
    return facts.stream().anyMatch(f -> f.field().startsWith("risk.")
        || f.field().startsWith("derived.") && f.field().toLowerCase(Locale.ROOT).contains("risk"));
  }

  /** Whether the case records harm from others (in its risk signals, or as a safeguarding safeguard). */
  static boolean harmInCase(Advice a) {
    return aboutHarmFromOthers(a.riskSignals()) || a.hasSafeguard(SafeguardKind.SAFEGUARDING);
  }

  /**
   * Whether the young person's own risk is recorded: risk to self or others at medium, high or Not
   * known, or self-harm or poses risk to others Moderate or worse.
   */
  private static boolean ownRisk(Advice a) {
    return a.riskSignals().stream().anyMatch(f -> (f.field().equals("risk.toSelf") || f.field().equals("risk.toOthers"))
        && !f.value().equals("Low") || (f.field().equals("needs.problem.10") || f.field().equals("needs.problem.16"))
        && !f.value().equals("Mild"));
  }

  static boolean aboutHarmFromOthers(List<CaseFact> facts) {
    for (CaseFact f : facts) {
      String v = f.value().toLowerCase(Locale.ROOT);
      if (f.field().equals("risk.harmFromOthers")
          || f.field().equals("derived.harmFromOthers")
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

  /**
   * The fields that are Not known, in family words, each once. Current View items are counted, not
   * named: their names are the practitioner's words.
   */
  static List<String> notKnownFamily(List<CaseFact> notKnown) {
    long items = notKnown.stream().filter(f -> f.field().startsWith("needs.")).count();
    List<String> out = new ArrayList<>();
    if (items > 0) {
      out.add(items == 1 ? t("notKnown.item.family") : Texts.fill("notKnown.items.family", "count", String.valueOf(items)));
    }
    notKnown.stream().filter(f -> !f.field().startsWith("needs.")).map(FamilyView::notKnownFamily)
        .filter(x -> !out.contains(x)).forEach(out::add);
    return out;
  }

  /** A field that is Not known, in family words: the item's name, or what the question is about. */
  private static String notKnownFamily(CaseFact f) {
    if (f.field().startsWith("risk.")) {
      return t("notKnown.risk.family");
    }
    return switch (f.field()) {
      case "history.engagement" -> t("notKnown.engagement.family");
      case "history.episodes" -> t("notKnown.episodes.family");
      default -> f.label(); // no other field is Not known today; a new one is named as the practitioner sees it
    };
  }

  private static String t(String key) {
    return Texts.fill(key);
  }

}
