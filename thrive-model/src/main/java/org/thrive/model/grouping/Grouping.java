package org.thrive.model.grouping;

/**
 * The five THRIVE needs-based groupings. They are not a severity scale: never compare them by
 * ordinal. Each implies a different {@link Input}.
 */
public enum Grouping {
  THRIVING("Thriving", Input.PREVENTION_AND_PROMOTION),
  GETTING_ADVICE("Getting Advice", Input.SIGNPOSTING_AND_SELF_MANAGEMENT),
  GETTING_HELP("Getting Help", Input.GOALS_FOCUSED_INTERVENTION),
  GETTING_MORE_HELP("Getting More Help", Input.EXTENSIVE_TREATMENT),
  GETTING_RISK_SUPPORT("Getting Risk Support", Input.RISK_SUPPORT);

  private final String label;
  private final Input input;

  Grouping(String label, Input input) {
    this.label = label;
    this.input = input;
  }

  /** The THRIVE name, for example {@code "Getting More Help"}. */
  public String label() {
    return label;
  }

  /** The input this grouping implies. */
  public Input input() {
    return input;
  }

  /**
   * Whether this grouping's input offers less support than {@code other}'s, in the order Thriving,
   * Getting Advice, Getting Help, Getting More Help, Getting Risk Support. Used only for safety
   * checks (is a suggestion or an agreement a step down?) and for settling rules that disagree
   * towards more support; it is not a severity scale and says nothing about need.
   */
  public boolean offersLessSupportThan(Grouping other) {
    return SUPPORT.indexOf(this) < SUPPORT.indexOf(other);
  }

  private static final java.util.List<Grouping> SUPPORT = java.util.List.of(THRIVING, GETTING_ADVICE, GETTING_HELP,
      GETTING_MORE_HELP, GETTING_RISK_SUPPORT);
}
