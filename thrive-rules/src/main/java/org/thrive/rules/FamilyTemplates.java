package org.thrive.rules;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The family wordings the library writes itself (the rules and the local configuration hold the
 * rest). Kept in one place so a test can hold every one of them to a reading age of about 11.
 * {@code %s} is a grouping's name.
 */
final class FamilyTemplates {
  static final String NO_CHOICE = "You have not told us yet what help you would like. We will talk about the choices with you.";
  static final String CHANGED = "Your needs pointed to %s. You chose something different, so we suggest %s instead. It is your choice.";
  static final String HELD_BY_RISK = "You told us you want less help. We hear you. Because we are worried about safety,"
      + " a senior worker will talk it through with you first.";
  static final String RISK_SUPPORT_INSTEAD = "You told us you do not want treatment right now. We hear you. Because we are"
      + " worried about safety, we suggest a plan to keep you safe instead. You can choose treatment at any time.";
  static final String WAITING = "We wrote down what you would like. First we need to ask you a few more things.";
  static final String CONFIRMED = "What you chose fits what we suggest.";
  static final String NOT_OFFERED = "%s is not used by this service.";
  static final String OUTWEIGHED = "%s was thought about. Other things you told us mattered more, so we suggest %s.";
  static final String IS_FOR = "%s is for when %s. That is not how things are for you right now.";
  static final String CRISIS = "Your safety comes first. There is help you can get straight away.";
  static final String REVIEW = "We want to be sure this plan is right for you. A senior worker will look at it with you.";
  static final String SAFETY_PLAN = "We will make a safety plan with you. It says what to do and who to call if you feel unsafe.";
  static final String RISK_PLAN = "We will make a plan with you and the people who work with you, to keep you and others safe.";
  /** Neutral on purpose: someone in the family may be the source of harm. */
  static final String SAFEGUARDING = "Your worker will talk with you about the support around you.";
  static final String RISK_ASSESSMENT = "We need to ask you a few more things about staying safe.";
  static final String NOT_USED = "We wrote down what you would like. It did not change what we suggest. We will talk about it together.";
  static final String NOT_USED_YOUNG_CHILD = "We wrote down what you would like. At your age, your family helps decide too. We will talk about it together.";
  static final String NOT_CONFIGURED = "Your worker will tell you more.";
  static final String IF_CHANGE = "If %s, we would suggest %s.";
  static final String CHOICES_DIFFER = "You and your family chose different things. We will talk it through together.";

  private FamilyTemplates() {}

  /** Every template, filled with typical words, for readability checks. */
  static Map<String, String> all() {
    String g = "Getting More Help";
    return ImmutableMap.<String, String>builder()
        .put("NO_CHOICE", NO_CHOICE)
        .put("CHANGED", String.format(CHANGED, "Getting Help", "Getting Advice"))
        .put("HELD_BY_RISK", HELD_BY_RISK)
        .put("CONFIRMED", CONFIRMED)
        .put("WAITING", WAITING)
        .put("RISK_SUPPORT_INSTEAD", RISK_SUPPORT_INSTEAD)
        .put("CHOICES_DIFFER", CHOICES_DIFFER)
        .put("NOT_OFFERED", String.format(NOT_OFFERED, g))
        .put("NOT_USED", NOT_USED)
        .put("NOT_USED_YOUNG_CHILD", NOT_USED_YOUNG_CHILD)
        .put("SAFETY_PLAN", SAFETY_PLAN)
        .put("RISK_PLAN", RISK_PLAN)
        .put("SAFEGUARDING", SAFEGUARDING)
        .put("RISK_ASSESSMENT", RISK_ASSESSMENT)
        .put("OUTWEIGHED", String.format(OUTWEIGHED, g, "Getting Advice"))
        .put("IS_FOR", String.format(IS_FOR, g, "things are very hard and you choose help from a special team"))
        .put("CRISIS", CRISIS)
        .put("REVIEW", REVIEW)
        .put("NOT_CONFIGURED", NOT_CONFIGURED)
        .put("IF_CHANGE", String.format(IF_CHANGE, "you chose goal based help, with goals and a review date", g))
        .build();
  }
}
