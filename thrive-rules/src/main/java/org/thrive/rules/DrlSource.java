package org.thrive.rules;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrive.model.grouping.Grouping;

/**
 * What the library reads from DRL text itself: which rule is in which file and on which line, and
 * which grouping each rule's consequence proposes. Deliberately small: it looks for
 * {@code rule "NAME"} headers and, after the rule's {@code then}, for
 * {@code new Proposal(Grouping.X}.
 */
final class DrlSource {
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
  private static final Pattern PROPOSAL = Pattern.compile("new\\s+Proposal\\s*\\(\\s*Grouping\\s*\\.\\s*([A-Z_]+)");

  /** Where a rule is and what it proposes. */
  record RuleText(String file, int line, Grouping proposes) {}

  private DrlSource() {}

  /** Reads every rule header of one file. */
  static Map<String, RuleText> rules(String file, String text) {
    Map<String, RuleText> out = new HashMap<>();
    Matcher m = RULE.matcher(text);
    int[] starts = m.results().mapToInt(r -> r.start()).toArray();
    m.reset();
    int i = 0;
    while (m.find()) {
      int end = i + 1 < starts.length ? starts[i + 1] : text.length();
      String body = text.substring(m.start(), end);
      Grouping proposes = null;
      Matcher then = THEN.matcher(body);
      if (then.find()) {
        Matcher p = PROPOSAL.matcher(body.substring(then.end()));
        if (p.find()) {
          try {
            proposes = Grouping.valueOf(p.group(1));
          } catch (IllegalArgumentException unknown) {
            proposes = null; // the compiler reports an unknown grouping constant
          }
        }
      }
      int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count()
          + leadingNewlines(text, m.start());
      out.put(m.group(1), new RuleText(file, line, proposes));
      i++;
    }
    return ImmutableMap.copyOf(out);
  }

  private static int leadingNewlines(String text, int from) {
    int n = 0;
    for (int k = from; k < text.length() && Character.isWhitespace(text.charAt(k)); k++) {
      if (text.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }
}
