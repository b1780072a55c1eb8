package org.thrive.model.choice;

/** What a young person or their family wants after an informed discussion of the options. */
public enum Preference {
  /** Information, signposting or support to manage on their own; no goal-based intervention. */
  ADVICE_OR_SELF_MANAGEMENT("Advice or self-management"),
  /** Focused, goal-based help with agreed goals and a review. */
  GOAL_BASED_HELP("Goal-based help"),
  /** Extensive or specialist treatment (more of it, for longer, or joint work). */
  SPECIALIST_TREATMENT("Specialist treatment"),
  /** Declines help at present. */
  DECLINES_HELP("Declining help");

  private final String label;

  Preference(String label) {
    this.label = label;
  }

  /** The name in words, for example "Goal-based help". */
  public String label() {
    return label;
  }
}
