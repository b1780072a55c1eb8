package org.thrive.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.decision.SafeguardSetAside;
import org.thrive.model.decision.SetAsideReason;
import picocli.CommandLine;

/** Command-line words for enum values: case, spaces, hyphens and underscores ignored. */
final class Words {
  private Words() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    String key = value.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
        return e;
      }
    }
    throw new CommandLine.TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
  }

  static SafeguardSetAside setAside(String value) {
    int eq = value.indexOf('=');
    if (eq < 0) {
      throw new CommandLine.TypeConversionException("expected SAFEGUARD=REASON, e.g. clinical-review-required=clinical-review-completed");
    }
    return new SafeguardSetAside(parse(SafeguardKind.class, value.substring(0, eq)),
        parse(SetAsideReason.class, value.substring(eq + 1)));
  }
}
