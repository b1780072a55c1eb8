package org.thrive.cli;

import java.util.Locale;
import java.util.Set;

/**
 * The command line's log level. slf4j-simple reads its level once, when the first logger is made,
 * which is after the command line is parsed: so the option only has to set the property in time.
 */
final class LogLevel {
  private static final Set<String> LEVELS = Set.of("off", "error", "warn", "info", "debug", "trace");

  private LogLevel() {}

  /** Sets the level; false if it is not one of {@link #LEVELS}. */
  static boolean set(String level) {
    String l = level.toLowerCase(Locale.ROOT);
    if (!LEVELS.contains(l)) {
      return false;
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", l);
    // Drools' own lines (for example the raw compiler output of a broken rule file) only from debug on:
    // the command line reports rule problems itself, as FILE:LINE: rule "NAME": MESSAGE.
    String drools = l.equals("debug") || l.equals("trace") ? l : "off";
    System.setProperty("org.slf4j.simpleLogger.log.org.drools", drools);
    System.setProperty("org.slf4j.simpleLogger.log.org.kie", drools);
    return true;
  }
}
