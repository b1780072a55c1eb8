package org.thrive.model.advice;

/**
 * What a rule's proposal rests on. When proposals from different bases differ, the one from the
 * later basis in this list is suggested: needs first, then what review of past help shows, then
 * the young person's and family's choice, then the history of risk and unhelped help. Risk alone
 * never proposes Getting Risk Support; safeguards are separate from proposals and are never
 * overruled.
 */
public enum Basis {
  /** The Current View needs alone. */
  NEEDS("Current View needs"),
  /** The outcome of past or current help, at review. */
  REVIEW("Review of past or current help"),
  /** The young person's or family's informed choice. */
  CHOICE("Informed choice"),
  /** Current risk together with a history of help that has not helped or could not be used. */
  RISK_AND_HISTORY("Current risk and history of help");

  private final String label;

  Basis(String label) {
    this.label = label;
  }

  /** The name in words, for example "Informed choice". */
  public String label() {
    return label;
  }
}
