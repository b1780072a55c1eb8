package org.thrive.rules;

import java.util.function.Predicate;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.Wording;
import org.thrive.model.choice.ChoiceStage;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;
import org.thrive.model.history.Progress;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.RiskKind;
import org.thrive.model.risk.RiskLevel;
import org.thrive.rules.facts.ClinicalRisk;
import org.thrive.rules.facts.CommitmentToChange;
import org.thrive.rules.facts.ComplexityFactor;
import org.thrive.rules.facts.CurrentRisk;
import org.thrive.rules.facts.Episode;
import org.thrive.rules.facts.ItemRating;
import org.thrive.rules.facts.Proposal;
import org.thrive.rules.facts.SignificantRisk;
import org.thrive.rules.facts.UnableToUseHelp;
import org.thrive.rules.facts.UnhelpedHistory;
import org.thrive.model.needs.Presence;

/**
 * One part of a rule's condition, in both wordings, that the library can test against what the
 * rules left in working memory. A rule that proposes a grouping lists its parts in
 * {@code @requires("PART, PART")}, so that "why not this grouping" names the part that did not hold
 * for the case, and "set aside" names what held instead. A test proves, over the scenario corpus
 * and generated cases, that each default rule holds exactly when all its parts hold.
 *
 * <p>Each wording completes "... is for when ___": it states the part as it is when it holds.
 */
public enum Criterion {
  NO_PROBLEM_RATED("no problem is rated Mild or worse", "nothing is hard right now",
      f -> f.problems().highestNeed() == Rating.NONE),
  HIGHEST_NEED_MILD("the highest problem rating is Mild", "things are only a bit hard",
      f -> f.problems().highestNeed() == Rating.MILD),
  HIGHEST_NEED_MILD_OR_LESS("no problem is rated above Mild", "nothing is more than a bit hard",
      f -> f.problems().highestNeed() == Rating.NONE || f.problems().highestNeed() == Rating.MILD),
  HIGHEST_NEED_MODERATE("the highest problem rating is Moderate", "things are quite hard, but not very hard",
      f -> f.problems().highestNeed() == Rating.MODERATE),
  HIGHEST_NEED_MILD_OR_MODERATE("the highest problem rating is Mild or Moderate", "things are a bit or quite hard",
      f -> f.problems().highestNeed() == Rating.MILD || f.problems().highestNeed() == Rating.MODERATE),
  HIGHEST_NEED_SEVERE("a problem is rated Severe", "something is very hard",
      f -> f.problems().highestNeed() == Rating.SEVERE),
  ONE_SEVERE_NEED("one problem is rated Severe", "just one thing is very hard",
      f -> f.problems().highestNeed() == Rating.SEVERE && f.problems().severeNeeds() < 2),
  SEVERAL_SEVERE_NEEDS("two or more problems are rated Severe", "several things are very hard",
      f -> f.problems().severeNeeds() >= 2),
  SPECIALIST_NEED("eating issues or extremes of mood are rated Severe, or delusional beliefs and hallucinations"
      + " Moderate or worse", "some things need a team with special skills", Criterion::specialistNeed),
  NO_SPECIALIST_NEED("no need that usually calls for specialist treatment is rated that high (eating issues or"
      + " extremes of mood Severe, delusional beliefs and hallucinations Moderate or worse)",
      "nothing needs a team with special skills", f -> !specialistNeed(f)),
  NO_PSYCHOSIS_NEED("delusional beliefs and hallucinations are not rated Moderate or worse",
      "nothing needs a team with special skills",
      f -> !f.any(ItemRating.class, i -> i.item() == CurrentViewItem.DELUSIONAL_BELIEFS_AND_HALLUCINATIONS
          && i.atLeastModerate())),
  NO_PROBLEM_NOT_KNOWN("no problem is Not known", "we know about everything you find hard",
      f -> f.problems().notKnown() == 0),
  NOTHING_ELSE_NOT_KNOWN("no contextual or education item, complexity factor, engagement or risk is Not known",
      "we know enough about your life and your safety",
      f -> !f.any(ItemRating.class, i -> i.part() != Part.PROBLEM && i.rating() == Rating.NOT_KNOWN)
          && !f.any(ComplexityFactor.class, c -> c.presence() == Presence.NOT_KNOWN)
          && f.history().engagement() != Engagement.NOT_KNOWN && riskAssessed(f)),
  NO_CONTEXT_DIFFICULTY("no contextual or education item is Moderate or worse",
      "nothing at home, at school or nearby is quite hard",
      f -> !f.any(ItemRating.class, i -> i.part() != Part.PROBLEM && i.atLeastModerate())),
  CONTEXT_DIFFICULTY("a contextual or education item is Moderate or worse",
      "the main worry is at home, at school or nearby",
      f -> f.any(ItemRating.class, i -> i.part() != Part.PROBLEM && i.atLeastModerate())),
  NO_NEURODEVELOPMENTAL_NEED("neither neurodevelopmental item is rated Moderate or worse",
      "there is no need to check how your brain grows and works", f -> !neurodevelopmental(f)),
  NEURODEVELOPMENTAL_NEED("difficulties sitting still or concentrating, or unexplained developmental difficulties,"
      + " are rated Moderate or worse", "a check of how your brain grows and works could help",
      Criterion::neurodevelopmental),

  NO_CURRENT_RISK("no current risk (to self or others, or immediate danger) is recorded",
      "there is no worry about safety right now",
      f -> !f.any(CurrentRisk.class)),
  CURRENT_RISK("there is current risk (to self or others, or immediate danger)",
      "we know of a worry that you could get hurt or hurt someone",
      f -> f.any(CurrentRisk.class)) {
    /** Said of a case where it holds, by the kind of significant risk: to self, to others, or both. */
    @Override
    Wording wordingWhenHeld(boolean self, boolean others) {
      String family = self && others ? "there is a worry that you could hurt yourself or someone else"
          : self ? "there is a worry that you could hurt yourself"
          : others ? "there is a worry that someone else could get hurt"
          : "there is a worry about safety right now";
      return new Wording(wording().practitioner(), family);
    }
  },
  CURRENT_RISK_FOR_RISK_SUPPORT("there is current risk to self or others (not immediate danger alone)", "we know of a worry that you could hurt yourself or someone else",
      f -> f.any(CurrentRisk.class, CurrentRisk::supportsRiskSupport)) {
    @Override
    Wording wordingWhenHeld(boolean self, boolean others) {
      return CURRENT_RISK.wordingWhenHeld(self, others);
    }
  },
  NO_SIGNIFICANT_RISK("there is no significant risk (to self, to others, or from others)",
      "we have no worries about safety", f -> !f.any(SignificantRisk.class)),
  NO_CLINICAL_RISK("there is no clinical risk (eating issues or extremes of mood Severe, delusional beliefs and"
      + " hallucinations Moderate or worse)", "nothing you are going through puts your health at risk",
      f -> !f.any(ClinicalRisk.class)),
  RISK_ASSESSED("immediate danger, and risk to self, to others and from others, have been assessed, and when any"
      + " crisis happened is known",
      "we have asked you about staying safe", Criterion::riskAssessed),
  RISK_ITEMS_RATED("self-harm, risk to others, delusional beliefs, eating issues, extremes of mood and drug and alcohol"
      + " difficulties are all rated",
      "we have asked you about staying safe",
      f -> !f.any(ItemRating.class, i -> (riskItem(i.item()) || i.item() == CurrentViewItem.DRUG_AND_ALCOHOL_DIFFICULTIES)
          && i.rating() == Rating.NOT_KNOWN)),

  GOALS_MET_AT_REVIEW("goals were met at the latest review of current help", "you reached your goals",
      f -> f.history().latestReview() == Progress.GOALS_MET && f.history().reviewCurrent()),
  NO_PROGRESS_AT_REVIEW("the latest review of current help shows no progress, or things got worse",
      "the help so far has not made things better",
      f -> (f.history().latestReview() == Progress.NO_PROGRESS || f.history().latestReview() == Progress.DETERIORATED)
          && f.history().reviewCurrent()),
  LATEST_HELP_GOALS_BASED("the latest help was goals-based help", "your latest help worked on goals",
      f -> f.latestEpisode().map(e -> e.kind() == HelpKind.EVIDENCE_BASED_INTERVENTION).orElse(false)),
  LATEST_HELP_ADVICE("the latest help was advice", "your latest help was advice",
      f -> f.latestEpisode().map(e -> e.kind() == HelpKind.ADVICE).orElse(false)),
  LATEST_HELP_SPECIALIST("the latest help was extensive specialist treatment", "your latest help was from a special team",
      f -> f.latestEpisode().map(e -> e.kind() == HelpKind.EXTENSIVE_TREATMENT).orElse(false)),
  GOALS_BASED_HELP_BROUGHT_NO_BENEFIT("an episode of goals-based help brought no benefit", "help with goals did not work before",
      f -> f.any(Episode.class, e -> e.kind() == HelpKind.EVIDENCE_BASED_INTERVENTION && e.outcome() == Outcome.NO_BENEFIT)),
  LATEST_HELP_DISENGAGED("the latest episode of help ended with the young person disengaging",
      "you stopped going to your last help",
      f -> f.latestEpisode().map(e -> e.outcome() == Outcome.DISENGAGED).orElse(false)),
  LATEST_HELP_RECENT("the latest help is ongoing or ended recently", "your last help was recent",
      f -> f.history().reviewCurrent()),
  HELP_HAS_NOT_HELPED("treatment has not helped (history.unhelped)", "the treatment you had before did not work",
      f -> f.any(UnhelpedHistory.class)),
  SPECIALIST_TRIED("specialist treatment has been tried", "you have had help from a special team",
      f -> f.history().specialistTried()),
  SPECIALIST_NOT_TRIED("specialist treatment has not been tried", "there is special help you have not tried",
      f -> !f.history().specialistTried()),
  UNABLE_TO_USE_HELP("the young person is unable to use help now (not engaged, and declines help in a way that counts at "
      + "their age: not a young child's refusal alone, nor from 12 to 15 a refusal while a parent or carer asks for treatment)",
      "it is hard for you to use help right now", f -> f.any(UnableToUseHelp.class)),
  ABLE_TO_USE_HELP("the young person can use help now (is not both disengaged and declining help)", "you can use help right now",
      f -> !f.any(UnableToUseHelp.class)),
  NO_CLINICAL_RISK_UNTREATED("there is no clinical risk for which specialist treatment is still untried",
      "there is no special help left to try for your health",
      f -> !(f.any(ClinicalRisk.class) && !f.history().specialistTried())),
  NO_COMMITMENT_TO_CHANGE("there is no commitment to new treatment with goals and a review date",
      "you have not chosen new help with goals yet", f -> !f.any(CommitmentToChange.class)),
  COMMITMENT_TO_CHANGE("there is a commitment to new treatment, with goals and a review date",
      "you chose new help with goals and a date to check", f -> f.any(CommitmentToChange.class)),
  RISK_SUPPORT_ONGOING("risk support is ongoing", "you already have help to manage risks", Criterion::riskSupportOngoing),
  NOT_HELPED_OR_RISK_SUPPORT_ONGOING("treatment has not helped, or risk support is ongoing",
      "past treatment did not work, or you have help with risks now",
      f -> f.any(UnhelpedHistory.class) || riskSupportOngoing(f)),

  NEEDS_SUGGEST_ADVICE_OR_LESS("the needs alone suggest Thriving or Getting Advice", "what you need is advice or less",
      f -> needs(f, Grouping.THRIVING) || needs(f, Grouping.GETTING_ADVICE)),
  NEEDS_SUGGEST_HELP_OR_MORE("the needs alone suggest Getting Help or Getting More Help", "what you need is more than advice",
      f -> needs(f, Grouping.GETTING_HELP) || needs(f, Grouping.GETTING_MORE_HELP)),
  NEEDS_SUGGEST_HELP("the needs alone suggest Getting Help", "what you need is help with goals",
      f -> needs(f, Grouping.GETTING_HELP)),
  ADVICE_CHOSEN("the young person or family asks for advice or self-management (where review or the history of help"
      + " calls for more than advice, in a way that may lower support at this age)", "you or your family ask for advice",
      f -> f.chosen(c -> c.counts() && c.preference() == Preference.ADVICE_OR_SELF_MANAGEMENT
          && (c.mayLowerSupport() || !f.any(Proposal.class, p -> (p.basis() == Basis.REVIEW || p.basis() == Basis.RISK_AND_HISTORY)
              && p.grouping() != Grouping.THRIVING && p.grouping() != Grouping.GETTING_ADVICE)))),
  LESS_SUPPORT_CHOSEN("the young person or family chooses advice, self-management or no help now, in a way that may"
      + " lower support at this age", "you or your family choose to cope your own way",
      f -> f.chosen(c -> c.mayLowerSupport()
          && (c.preference() == Preference.ADVICE_OR_SELF_MANAGEMENT || c.preference() == Preference.DECLINES_HELP))),
  GOAL_BASED_HELP_CHOSEN("the young person or family chooses goal-based help",
      "you or your family choose to work on goals with a helper",
      f -> f.chosen(c -> c.counts() && c.preference() == Preference.GOAL_BASED_HELP)),
  GOALS_AGREED("goals are agreed", "you have agreed goals", f -> f.goals().count() > 0),
  MORE_NOT_CALLED_FOR_AT_RISK("neither review nor the history of help calls for more support while there is"
      + " significant or clinical risk", "past help and safety do not call for more help",
      f -> !(f.any(Proposal.class, p -> (p.basis() == Basis.REVIEW || p.basis() == Basis.RISK_AND_HISTORY)
          && (p.grouping() == Grouping.GETTING_MORE_HELP || p.grouping() == Grouping.GETTING_RISK_SUPPORT))
          && (f.any(SignificantRisk.class) || f.any(ClinicalRisk.class)))),
  SPECIALIST_CHOSEN("the young person or family chooses specialist treatment",
      "you or your family choose help from a special team",
      f -> f.chosen(c -> c.counts() && c.preference() == Preference.SPECIALIST_TREATMENT)),
  SPECIALIST_CHOSEN_BY_LEAD("the young person (or, for a young child, the parent or carer) chooses specialist treatment",
      "you choose more help from a special team",
      f -> f.chosen(c -> c.counts() && c.preference() == Preference.SPECIALIST_TREATMENT
          && (c.chooser() == Chooser.YOUNG_PERSON || f.person().choiceStage() == ChoiceStage.PARENT_OR_CARER_LEADS))),
  ENGAGED_OR_PARENT_CHOOSES_FOR_A_YOUNG_CHILD("the young person is engaged with help, or, for a young child, a parent or"
      + " carer chooses specialist treatment", "you want to take part in help, or your family chose it for you",
      f -> f.history().engagement() == Engagement.ENGAGED || f.person().choiceStage() == ChoiceStage.PARENT_OR_CARER_LEADS
          && f.chosen(c -> c.counts() && c.chooser() == Chooser.PARENT_OR_CARER
              && c.preference() == Preference.SPECIALIST_TREATMENT)),
  NO_NEW_HELP_CHOSEN("no goal-based help or specialist treatment is chosen", "you have not chosen new help",
      f -> !f.chosen(c -> c.counts()
          && (c.preference() == Preference.GOAL_BASED_HELP || c.preference() == Preference.SPECIALIST_TREATMENT)));

  private static boolean riskItem(CurrentViewItem i) {
    return i == CurrentViewItem.SELF_HARM || i == CurrentViewItem.POSES_RISK_TO_OTHERS
        || i == CurrentViewItem.DELUSIONAL_BELIEFS_AND_HALLUCINATIONS || i == CurrentViewItem.EATING_ISSUES
        || i == CurrentViewItem.EXTREMES_OF_MOOD;
  }

  private final Wording wording;
  private final Predicate<Facts> test;

  Criterion(String practitioner, String family, Predicate<Facts> test) {
    this.wording = new Wording(practitioner, family);
    this.test = test;
  }

  /** The part as it is when it holds, in both wordings; each completes "... is for when ___". */
  public Wording wording() {
    return wording;
  }

  /** Whether this part says there is current risk (to self or others, or immediate danger). */
  boolean isAboutCurrentRisk() {
    return this == CURRENT_RISK || this == CURRENT_RISK_FOR_RISK_SUPPORT;
  }

  /**
   * The wording to say of a case where the part holds, given whether its significant risk is to
   * self and to others; the same as {@link #wording()} unless it depends on that.
   */
  Wording wordingWhenHeld(boolean riskToSelf, boolean riskToOthers) {
    return wording;
  }

  boolean holds(Facts facts) {
    return test.test(facts);
  }

  private static boolean specialistNeed(Facts f) {
    return f.any(ItemRating.class, i -> (i.item() == CurrentViewItem.EATING_ISSUES || i.item() == CurrentViewItem.EXTREMES_OF_MOOD)
        && i.rating() == Rating.SEVERE || i.item() == CurrentViewItem.DELUSIONAL_BELIEFS_AND_HALLUCINATIONS && i.atLeastModerate());
  }

  private static boolean neurodevelopmental(Facts f) {
    return f.any(ItemRating.class, i -> (i.item() == CurrentViewItem.DIFFICULTIES_SITTING_STILL_OR_CONCENTRATING
        || i.item() == CurrentViewItem.UNEXPLAINED_DEVELOPMENTAL_DIFFICULTIES) && i.atLeastModerate());
  }

  private static boolean riskAssessed(Facts f) {
    var r = f.risk();
    return r.toSelf() != RiskLevel.NOT_KNOWN && r.toOthers() != RiskLevel.NOT_KNOWN && r.fromOthers() != RiskLevel.NOT_KNOWN
        && !r.crisesDateNotKnown() && !r.crisesNotKnown() && !r.immediateDangerNotKnown();
  }

  private static boolean riskSupportOngoing(Facts f) {
    return f.latestEpisode().map(e -> e.kind() == HelpKind.RISK_SUPPORT && e.outcome() == Outcome.ONGOING).orElse(false);
  }

  private static boolean needs(Facts f, Grouping g) {
    return f.any(Proposal.class, p -> p.basis() == Basis.NEEDS && p.grouping() == g);
  }
}
