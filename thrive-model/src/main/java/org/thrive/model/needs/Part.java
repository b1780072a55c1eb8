package org.thrive.model.needs;

/** The four parts of the Current View form. */
public enum Part {
  /** The 30 provisional problem descriptions, rated on the {@link Rating} scale. */
  PROBLEM("problem", "Provisional problem descriptions"),
  /** The 14 selected complexity factors, recorded as {@link Presence}. */
  COMPLEXITY_FACTOR("complexity", "Complexity factors"),
  /** The 4 contextual problems, rated on the {@link Rating} scale. */
  CONTEXTUAL_PROBLEM("context", "Contextual problems"),
  /** The 2 education, employment or training items, rated on the {@link Rating} scale. */
  EDUCATION("education", "Education, employment or training");

  private final String code;
  private final String label;

  Part(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The short code used in item codes such as {@code problem.9}. */
  public String code() {
    return code;
  }

  /** The name in words, for example "Complexity factors". */
  public String label() {
    return label;
  }

  /** Whether items of this part are rated None to Severe (rather than Yes or No). */
  public boolean isRated() {
    return this != COMPLEXITY_FACTOR;
  }
}
