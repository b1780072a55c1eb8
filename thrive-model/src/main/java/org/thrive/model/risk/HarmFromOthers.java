package org.thrive.model.risk;

/** Kinds of risk of harm from others (safeguarding concerns). */
public enum HarmFromOthers {
  ABUSE_OR_NEGLECT("Abuse or neglect"),
  EXPLOITATION("Exploitation"),
  DOMESTIC_ABUSE("Domestic abuse"),
  BULLYING_OR_ONLINE_HARM("Bullying or online harm"),
  OTHER_SAFEGUARDING_CONCERN("Other safeguarding concern");

  private final String label;

  HarmFromOthers(String label) {
    this.label = label;
  }

  /** The name in words, for example "Domestic abuse". */
  public String label() {
    return label;
  }
}
