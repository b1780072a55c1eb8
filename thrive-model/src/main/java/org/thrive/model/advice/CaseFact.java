package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A fact from the case that a rule used, shown so people can check the reasoning.
 *
 * @param field where the fact lives in the case, for example {@code needs.problem.9}
 * @param label what the field is, in words, for example {@code "Depression/low mood"}
 * @param value the value in the case, for example {@code "Moderate"}
 */
public record CaseFact(String field, String label, String value) implements Comparable<CaseFact> {
  public CaseFact {
    checkNotNull(field, "field");
    checkNotNull(label, "label");
    checkNotNull(value, "value");
  }

  /**
   * The SNOMED CT code of the Current View item this fact is about, where the item has one (for
   * {@code needs.problem.2}, {@code 987261000000100}); empty for every other fact.
   */
  public java.util.Optional<String> snomedCt() {
    return field.startsWith("needs.")
        ? org.thrive.model.needs.CurrentViewItem.fromCode(field.substring("needs.".length()))
            .flatMap(org.thrive.model.needs.CurrentViewItem::snomedCt)
        : java.util.Optional.empty();
  }

  @Override
  public int compareTo(CaseFact o) {
    int c = field.compareTo(o.field);
    if (c == 0) {
      c = label.compareTo(o.label);
    }
    return c != 0 ? c : value.compareTo(o.value);
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "CaseFact";
  }
}
