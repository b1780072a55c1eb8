package org.thrive.model.needs;

/** The four parts of the Current View form. */
public enum Part {
  /** The 30 provisional problem descriptions, rated on the {@link Rating} scale. */
  PROBLEM("problem"),
  /** The 14 selected complexity factors, recorded as {@link Presence}. */
  COMPLEXITY_FACTOR("complexity"),
  /** The 4 contextual problems, rated on the {@link Rating} scale. */
  CONTEXTUAL_PROBLEM("context"),
  /** The 2 education, employment or training items, rated on the {@link Rating} scale. */
  EDUCATION("education");

  private final String code;

  Part(String code) {
    this.code = code;
  }

  /** The short code used in item codes such as {@code problem.9}. */
  public String code() {
    return code;
  }

  /** Whether items of this part are rated None to Severe (rather than Yes or No). */
  public boolean isRated() {
    return this != COMPLEXITY_FACTOR;
  }
}
