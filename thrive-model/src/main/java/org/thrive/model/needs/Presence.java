package org.thrive.model.needs;

import java.util.Optional;

/** Whether a complexity factor applies. {@link #NOT_KNOWN} is not {@link #NO}. */
public enum Presence {
  YES("Yes"),
  NO("No"),
  NOT_KNOWN("Not known");

  private final String label;

  Presence(String label) {
    this.label = label;
  }

  /** The word used on the Current View form. */
  public String label() {
    return label;
  }

  /** The presence for a form word ({@code "Yes"}, {@code "No"}, {@code "Not known"}), ignoring case. */
  public static Optional<Presence> fromLabel(String text) {
    String key = Rating.normalise(text);
    for (Presence presence : values()) {
      if (Rating.normalise(presence.label).equals(key) || Rating.normalise(presence.name()).equals(key)) {
        return Optional.of(presence);
      }
    }
    return Optional.empty();
  }
}
