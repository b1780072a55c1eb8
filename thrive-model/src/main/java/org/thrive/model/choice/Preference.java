package org.thrive.model.choice;

/** What a young person or their family wants after an informed discussion of the options. */
public enum Preference {
  /** Information, signposting or support to manage on their own; no goal-based intervention. */
  ADVICE_OR_SELF_MANAGEMENT,
  /** Focused, goal-based help with agreed goals and a review. */
  GOAL_BASED_HELP,
  /** Extensive or specialist treatment (more of it, for longer, or joint work). */
  SPECIALIST_TREATMENT,
  /** Declines help at present. */
  DECLINES_HELP
}
