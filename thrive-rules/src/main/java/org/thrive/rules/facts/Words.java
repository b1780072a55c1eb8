package org.thrive.rules.facts;

import java.util.Locale;

final class Words {
  private Words() {}

  /** {@code GOAL_BASED_HELP} becomes {@code "Goal based help"}. */
  static String of(String constant) {
    String s = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
