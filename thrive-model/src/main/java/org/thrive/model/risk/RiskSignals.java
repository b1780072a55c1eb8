package org.thrive.model.risk;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.history.Engagement;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;

/**
 * The library's own reading of risk in a case, straight from the input and not from any rule.
 * Advice always carries {@link #of these signals}, and the safety net uses the tests here, so no
 * rule set can make a risk signal disappear from the output or treat unknown risk as none.
 *
 * <p>The clinical principles these tests encode:
 *
 * <ul>
 *   <li><b>Significant risk</b> ({@link #significantKinds}): immediate danger; a medium or high
 *       level of risk to self, to others or from others; crises counted over a recent period
 *       ({@link Crises#recent()}); a concern of harm from others; a current protection plan;
 *       drug and alcohol difficulties in a child under 13 (harm from others); self-harm or poses
 *       risk to others rated Moderate or worse.
 *   <li><b>Current risk</b> ({@link #hasCurrentRisk}): significant risk of any kind but harm from
 *       others, and immediate danger from any source. It holds support: a clinical review before
 *       support is lowered, and no less than Getting Help on the needs alone.
 *   <li><b>Current risk to self or others</b> ({@link #hasCurrentRiskForRiskSupport}): risk to self
 *       or to others medium or high, self-harm or poses risk to others Moderate or worse, or recent
 *       crises. Only this can support Getting Risk Support; immediate danger by itself never does.
 *   <li><b>Clinical risk</b> ({@link #clinicalRisk}): eating issues Severe, delusional beliefs and
 *       hallucinations Moderate or worse, extremes of mood Severe. These carry medical and
 *       capacity risk: no choice, disengagement or review moves such a case to less support
 *       without a clinical review.
 *   <li><b>Unknown risk</b> ({@link #unknownRisk}): immediate danger not recorded as present or
 *       absent; a risk level, or self-harm, poses risk to
 *       others, psychosis, eating issues or extremes of mood, rated Not known; drug and alcohol
 *       difficulties Not known (they bear on safety at every age: Moderate or worse, and under 13
 *       any difficulty, a safeguarding concern); or crises counted over more than a year, so that
 *       when the latest happened is not known. Always surfaced.
 * </ul>
 */
public final class RiskSignals {
  /** The Current View items whose rating bears on risk; a Not known rating of any is unknown risk. */
  public static final ImmutableList<CurrentViewItem> RISK_BEARING_ITEMS = ImmutableList.of(
      CurrentViewItem.SELF_HARM, CurrentViewItem.EXTREMES_OF_MOOD, CurrentViewItem.DELUSIONAL_BELIEFS_AND_HALLUCINATIONS,
      CurrentViewItem.POSES_RISK_TO_OTHERS, CurrentViewItem.EATING_ISSUES);

  /** Below this age, drug and alcohol difficulties are a safeguarding concern (harm from others). */
  public static final int SUBSTANCE_SAFEGUARDING_UNDER = 13;

  private RiskSignals() {}

  /** The risk signals of a case, in a fixed order, including every risk that is Not known. */
  public static ImmutableList<CaseFact> of(ThriveCase c) {
    ImmutableList.Builder<CaseFact> out = ImmutableList.builder();
    Risk r = c.risk();
    if (r.immediateDanger()) {
      out.add(new CaseFact("risk.immediateDanger", "Immediate danger", "yes"));
    } else if (!r.immediateDangerKnown()) {
      out.add(new CaseFact("risk.immediateDanger", "Immediate danger", "Not known"));
    }
    level(out, "risk.toSelf", "Risk to self", r.toSelf());
    level(out, "risk.toOthers", "Risk to others", r.toOthers());
    level(out, "risk.fromOthers", "Risk from others", r.fromOthers());
    for (HarmFromOthers h : r.harmFromOthers()) {
      out.add(new CaseFact("risk.harmFromOthers", "Harm from others of concern", words(h.name())));
    }
    Crises crises = r.crises();
    String period = Crises.periodWords(crises.periodKnown(), crises.recent(), crises.periodDays());
    if (crises.emergencyAttendances() > 0) {
      out.add(new CaseFact("risk.crises.emergencyAttendances", "A&E attendances",
          crises.emergencyAttendances() + period));
    }
    if (crises.otherCrisisContacts() > 0) {
      out.add(new CaseFact("risk.crises.otherCrisisContacts", "Other crisis contacts",
          crises.otherCrisisContacts() + period));
    }
    if (crises.dateNotKnown()) {
      out.add(new CaseFact("risk.crises", "When the latest crisis happened", "Not known"));
    }
    if (!crises.countKnown()) {
      out.add(new CaseFact("risk.crises", CRISES_LABEL, "Not known"));
    }
    for (CurrentViewItem item : RISK_BEARING_ITEMS) {
      Rating rating = c.needs().rating(item);
      boolean signal = item == CurrentViewItem.EXTREMES_OF_MOOD ? rating == Rating.SEVERE : rating.isDifficulty();
      if (signal || rating == Rating.NOT_KNOWN) {
        out.add(new CaseFact("needs." + item.code(), item.label(), rating.label()));
      }
    }
    Rating substance = c.needs().rating(CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES);
    if (substance == Rating.NOT_KNOWN
        || (c.age() < SUBSTANCE_SAFEGUARDING_UNDER ? substance.isDifficulty() : substance.isAtLeast(Rating.MODERATE))) {
      // in a young child any drug or alcohol difficulty is a safeguarding concern; at any age
      // Moderate or worse bears on safety; so at any age Not known is unknown risk
      CurrentViewItem item = CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES;
      out.add(new CaseFact("needs." + item.code(), item.label(), substance.label()));
    }
    for (Map.Entry<CurrentViewItem, Presence> e : c.needs().complexityFactors().entrySet()) {
      if (e.getKey() == CurrentViewItem.CURRENT_PROTECTION_PLAN && e.getValue() != Presence.NO) {
        out.add(new CaseFact("needs." + e.getKey().code(), e.getKey().label(), e.getValue().label()));
      }
    }
    return out.build();
  }

  private static final String CRISES_LABEL = "Crises (A&E attendances and other crisis contacts)";

  /** The kinds of significant risk in the case; empty when there is none. */
  public static Set<RiskKind> significantKinds(ThriveCase c) {
    Risk r = c.risk();
    Set<RiskKind> kinds = EnumSet.noneOf(RiskKind.class);
    if (r.immediateDanger()) {
      kinds.add(RiskKind.IMMEDIATE_DANGER);
    }
    if (r.toSelf().isSignificant() || c.needs().rating(CurrentViewItem.SELF_HARM).isAtLeast(Rating.MODERATE)) {
      kinds.add(RiskKind.TO_SELF);
    }
    if (r.toOthers().isSignificant() || c.needs().rating(CurrentViewItem.POSES_RISK_TO_OTHERS).isAtLeast(Rating.MODERATE)) {
      kinds.add(RiskKind.TO_OTHERS);
    }
    if (r.crises().recent()) {
      kinds.add(RiskKind.RECENT_CRISES);
    }
    if (harmFromOthers(c) || (c.age() < SUBSTANCE_SAFEGUARDING_UNDER
            && c.needs().rating(CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES).isDifficulty())) {
      kinds.add(RiskKind.FROM_OTHERS);
    }
    return kinds;
  }

  /**
   * Whether the case records a concern of harm from others: risk from others medium or high, a
   * kind of harm of concern, or a current protection plan.
   */
  public static boolean harmFromOthers(ThriveCase c) {
    Risk r = c.risk();
    return r.fromOthers().isSignificant() || !r.harmFromOthers().isEmpty()
        || c.needs().presence(CurrentViewItem.CURRENT_PROTECTION_PLAN) == Presence.YES;
  }

  /**
   * Whether the immediate danger recorded is danger from others alone: risk to self and to others
   * are both assessed as none or low (and self-harm and poses risk to others are rated no worse than
   * Mild), and a concern of harm from others is recorded (risk from others medium or high, a kind of
   * harm, or a protection plan). Such danger needs an immediate protective response (an immediate
   * crisis response and safeguarding) and is current risk that holds support (a clinical review
   * before support is lowered, no less than Getting Help on the needs alone, whoever chooses less),
   * but it is not risk to self or others, so it never by itself supports Getting Risk Support. When
   * risk to self or to others is Not known, or no harm from others is recorded, the danger is not
   * attributed to others: it is danger beside risk that is Not known, or danger whose source is not
   * recorded ({@link #immediateDangerSourceNotRecorded}), held the same way, because unknown is not
   * none.
   */
  public static boolean immediateDangerFromOthers(ThriveCase c) {
    Risk r = c.risk();
    return r.immediateDanger() && lowOrNone(r.toSelf()) && lowOrNone(r.toOthers())
        && mildOrLess(c.needs().rating(CurrentViewItem.SELF_HARM))
        && mildOrLess(c.needs().rating(CurrentViewItem.POSES_RISK_TO_OTHERS)) && harmFromOthers(c);
  }

  /**
   * Whether the immediate danger recorded has no recorded source: risk to self and to others are
   * both assessed as none or low (and self-harm and poses risk to others are rated no worse than
   * Mild), and no concern of harm from others is recorded (risk from others none, low or Not known,
   * no kind of harm, no protection plan). Such danger is current risk, so it holds support (an
   * immediate crisis response, a clinical review before support is lowered), but it is not evidence
   * of the risk to self or others that Getting Risk Support manages: where the danger comes from is
   * assessed first.
   */
  public static boolean immediateDangerSourceNotRecorded(ThriveCase c) {
    Risk r = c.risk();
    return r.immediateDanger() && lowOrNone(r.toSelf()) && lowOrNone(r.toOthers())
        && mildOrLess(c.needs().rating(CurrentViewItem.SELF_HARM))
        && mildOrLess(c.needs().rating(CurrentViewItem.POSES_RISK_TO_OTHERS)) && !harmFromOthers(c);
  }

  /**
   * Whether the case has current risk that can support Getting Risk Support: current risk to self
   * or others (risk to self or to others medium or high, self-harm or poses risk to others Moderate
   * or worse, recent crises unless their source is not recorded: {@link #crisesSourceNotRecorded}).
   * Immediate danger by itself never does: from others, from a source not
   * recorded, or beside risk to self or others that is Not known, it holds support but is not
   * evidence of the risk Getting Risk Support manages. The default rules use the same test
   * ({@code CurrentRisk(supportsRiskSupport == true)}).
   */
  public static boolean hasCurrentRiskForRiskSupport(ThriveCase c) {
    Set<RiskKind> kinds = significantKinds(c);
    return kinds.contains(RiskKind.TO_SELF) || kinds.contains(RiskKind.TO_OTHERS)
        || (kinds.contains(RiskKind.RECENT_CRISES) && !crisesSourceNotRecorded(c));
  }

  /**
   * Whether the recent crises recorded have no recorded source: crises were counted over a recent
   * period, but risk to self and to others are both assessed as none or low (and self-harm and
   * poses risk to others are rated no worse than Mild). The crises may be about harm from others,
   * about physical health, or the assessment and the crises disagree; either way the current
   * assessment does not record the risk to self or others that Getting Risk Support manages. Such
   * crises are current risk, so they hold support (no Thriving, a clinical review before support is
   * lowered) and a safety plan, and they raise a risk assessment to reconcile the record; they are
   * not evidence for Getting Risk Support. Where risk to self or to others is Not known, the crises
   * count as risk to self or others, because unknown is not none; and where risk support is
   * ongoing (the latest episode), they count too, because crises during risk support are what it
   * manages, and stepping out of it needs the risk to have come down, which recent crises do not
   * show.
   */
  public static boolean crisesSourceNotRecorded(ThriveCase c) {
    Risk r = c.risk();
    return r.crises().recent() && lowOrNone(r.toSelf()) && lowOrNone(r.toOthers())
        && mildOrLess(c.needs().rating(CurrentViewItem.SELF_HARM))
        && mildOrLess(c.needs().rating(CurrentViewItem.POSES_RISK_TO_OTHERS)) && !riskSupportOngoing(c);
  }

  private static boolean riskSupportOngoing(ThriveCase c) {
    var episodes = c.history().episodes();
    if (episodes.isEmpty()) {
      return false;
    }
    var latest = episodes.get(episodes.size() - 1);
    return latest.kind() == org.thrive.model.history.HelpKind.RISK_SUPPORT
        && latest.outcome() == org.thrive.model.history.Outcome.ONGOING;
  }

  private static boolean mildOrLess(Rating rating) {
    return rating.isKnown() && !rating.isAtLeast(Rating.MODERATE);
  }

  private static boolean lowOrNone(RiskLevel level) {
    return level == RiskLevel.NONE || level == RiskLevel.LOW;
  }

  /**
   * Whether the case has significant risk of any kind. The default rules use the same test; the
   * safety net uses this one whatever a local rule set says.
   */
  public static boolean isSignificant(ThriveCase c) {
    return !significantKinds(c).isEmpty();
  }

  /**
   * Whether the case has current risk, which holds support: significant risk other than harm from
   * others, including immediate danger from any source. Whether it can support Getting Risk Support
   * is {@link #hasCurrentRiskForRiskSupport}.
   */
  public static boolean hasCurrentRisk(ThriveCase c) {
    return significantKinds(c).stream().anyMatch(RiskKind::isCurrentRisk);
  }

  /** The items that make clinical risk in this case; empty when there is none. */
  public static ImmutableList<CurrentViewItem> clinicalRisk(ThriveCase c) {
    ImmutableList.Builder<CurrentViewItem> out = ImmutableList.builder();
    if (c.needs().rating(CurrentViewItem.EXTREMES_OF_MOOD) == Rating.SEVERE) {
      out.add(CurrentViewItem.EXTREMES_OF_MOOD);
    }
    if (c.needs().rating(CurrentViewItem.DELUSIONAL_BELIEFS_AND_HALLUCINATIONS).isAtLeast(Rating.MODERATE)) {
      out.add(CurrentViewItem.DELUSIONAL_BELIEFS_AND_HALLUCINATIONS);
    }
    if (c.needs().rating(CurrentViewItem.EATING_ISSUES) == Rating.SEVERE) {
      out.add(CurrentViewItem.EATING_ISSUES);
    }
    return out.build();
  }

  /** The fields whose risk is Not known (risk levels and risk-bearing items); empty when all are assessed. */
  public static ImmutableList<String> unknownRisk(ThriveCase c) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    Risk r = c.risk();
    if (!r.immediateDangerKnown()) {
      out.add("risk.immediateDanger");
    }
    if (r.toSelf() == RiskLevel.NOT_KNOWN) {
      out.add("risk.toSelf");
    }
    if (r.toOthers() == RiskLevel.NOT_KNOWN) {
      out.add("risk.toOthers");
    }
    if (r.fromOthers() == RiskLevel.NOT_KNOWN) {
      out.add("risk.fromOthers");
    }
    if (r.crises().dateNotKnown() || !r.crises().countKnown()) {
      out.add("risk.crises");
    }
    for (CurrentViewItem item : RISK_BEARING_ITEMS) {
      if (c.needs().rating(item) == Rating.NOT_KNOWN) {
        out.add("needs." + item.code());
      }
    }
    if (c.needs().rating(CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES) == Rating.NOT_KNOWN) {
      // it bears on safety at every age (Moderate or worse; under 13, any difficulty)
      out.add("needs." + CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES.code());
    }
    return out.build();
  }

  /**
   * Every field of the case that is Not known ({@link #notKnownFacts}'s fields): Thriving is never
   * suggested while any is, so nothing is Thriving by omission.
   */
  public static ImmutableList<String> anythingNotKnown(ThriveCase c) {
    return notKnownFacts(c).stream().map(CaseFact::field).collect(ImmutableList.toImmutableList());
  }

  /**
   * Every field of the case recorded as Not known, as facts in a fixed order: Current View items
   * (problems, context, education, complexity factors), risk levels, when the latest crisis
   * happened, engagement and the history of help. The advice lists them at every grouping, so the
   * people deciding see what is still to be asked.
   */
  public static ImmutableList<CaseFact> notKnownFacts(ThriveCase c) {
    ImmutableList.Builder<CaseFact> out = ImmutableList.builder();
    for (Part part : Part.values()) {
      for (CurrentViewItem item : c.needs().notKnown(part)) {
        out.add(new CaseFact("needs." + item.code(), item.label(), "Not known"));
      }
    }
    Risk r = c.risk();
    if (!r.immediateDangerKnown()) {
      out.add(new CaseFact("risk.immediateDanger", "Immediate danger", "Not known"));
    }
    if (r.toSelf() == RiskLevel.NOT_KNOWN) {
      out.add(new CaseFact("risk.toSelf", "Risk to self", "Not known"));
    }
    if (r.toOthers() == RiskLevel.NOT_KNOWN) {
      out.add(new CaseFact("risk.toOthers", "Risk to others", "Not known"));
    }
    if (r.fromOthers() == RiskLevel.NOT_KNOWN) {
      out.add(new CaseFact("risk.fromOthers", "Risk from others", "Not known"));
    }
    if (r.crises().dateNotKnown()) {
      out.add(new CaseFact("risk.crises", "When the latest crisis happened", "Not known"));
    }
    if (!r.crises().countKnown()) {
      out.add(new CaseFact("risk.crises", CRISES_LABEL, "Not known"));
    }
    if (c.history().engagement() == Engagement.NOT_KNOWN) {
      out.add(new CaseFact("history.engagement", "Engagement with help now", "Not known"));
    }
    if (!c.history().episodesKnown()) {
      out.add(new CaseFact("history.episodes", "Help the young person has had", "Not known"));
    }
    return out.build();
  }

  private static void level(ImmutableList.Builder<CaseFact> out, String field, String label, RiskLevel level) {
    if (level != RiskLevel.NONE) {
      out.add(new CaseFact(field, label, words(level.name())));
    }
  }

  static String words(String constant) {
    String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
