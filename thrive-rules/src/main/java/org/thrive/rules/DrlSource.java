package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrive.model.grouping.Grouping;

/**
 * What the library reads from DRL text itself: each rule's package, name, file and line, its
 * {@code @id}, and the grouping its consequence proposes. Deliberately small: it looks for
 * {@code rule "NAME"} headers and, after the rule's {@code then}, for
 * {@code new Proposal(Grouping.X}. It also finds conclusions inserted without truth maintenance.
 */
final class DrlSource {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("@id\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
  private static final Pattern META = Pattern.compile("@(\\w+)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
  private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
  private static final Pattern PROPOSAL = Pattern.compile("new\\s+Proposal\\s*\\(\\s*Grouping\\s*\\.\\s*([A-Za-z_]+)");
  private static final Pattern ANY_PROPOSAL = Pattern.compile("new\\s+Proposal\\s*\\(");
  private static final Pattern PLAIN_INSERT = Pattern.compile(
      "\\binsert\\s*\\(\\s*new\\s+(Proposal|Raise|Missing|SignificantRisk|UnhelpedHistory|CommitmentToChange|NeurodevelopmentalFlag|Note)\\b");

  /**
   * One rule as written. {@code proposalProblem} says why what the consequence proposes cannot be
   * read: it proposes more than one grouping, or names its grouping other than as {@code Grouping.X}.
   */
  record RuleText(String file, String packageName, String name, int line, Optional<String> id,
      Optional<Grouping> proposes, Optional<String> unknownGrouping, Optional<String> plainInsert,
      java.util.Set<String> metadataKeys, Optional<String> proposalProblem) {
    String key() {
      return DrlSource.key(packageName, name);
    }
  }

  private DrlSource() {}

  static String key(String packageName, String name) {
    return packageName + "|" + name;
  }

  /** Reads every rule of one file. */
  static ImmutableList<RuleText> rules(String file, String text) {
    Matcher pm = PACKAGE.matcher(text);
    String pkg = pm.find() ? pm.group(1) : "";
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(1), 0});
      names.add(m.group(1));
    }
    ImmutableList.Builder<RuleText> out = ImmutableList.builder();
    for (int i = 0; i < spans.size(); i++) {
      int start = spans.get(i)[0];
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      String body = text.substring(start, end);
      Matcher id = ID.matcher(body);
      Optional<String> ruleId = Optional.empty();
      Matcher then = THEN.matcher(body);
      String rhs = "";
      String lhs = body;
      if (then.find()) {
        rhs = body.substring(then.end());
        lhs = body.substring(0, then.start());
      }
      Matcher idInLhs = ID.matcher(lhs);
      if (idInLhs.find()) {
        ruleId = Optional.of(idInLhs.group(1));
      }
      Optional<Grouping> proposes = Optional.empty();
      Optional<String> unknown = Optional.empty();
      Optional<String> proposalProblem = Optional.empty();
      Matcher p = PROPOSAL.matcher(rhs);
      java.util.Set<String> named = new java.util.TreeSet<>();
      int literal = 0;
      while (p.find()) {
        literal++;
        named.add(p.group(1));
        if (literal == 1) {
          try {
            proposes = Optional.of(Grouping.valueOf(p.group(1)));
          } catch (IllegalArgumentException e) {
            unknown = Optional.of(p.group(1));
          }
        }
      }
      int all = 0;
      Matcher any = ANY_PROPOSAL.matcher(rhs);
      while (any.find()) {
        all++;
      }
      if (named.size() > 1) {
        proposalProblem = Optional.of("its consequence proposes more than one grouping (" + String.join(", ", named)
            + "); a rule proposes one grouping, so write one rule for each");
      } else if (all > literal) {
        proposalProblem = Optional.of("its consequence makes a Proposal whose grouping is not written as Grouping.X;"
            + " name the grouping in the consequence so that it can be checked against @proposes");
      }
      Matcher plain = PLAIN_INSERT.matcher(rhs);
      Optional<String> plainInsert = plain.find() ? Optional.of(plain.group(1)) : Optional.empty();
      java.util.Set<String> keys = new java.util.HashSet<>();
      Matcher meta = META.matcher(lhs);
      while (meta.find()) {
        if (!meta.group(2).isBlank()) {
          keys.add(meta.group(1));
        }
      }
      out.add(new RuleText(file, pkg, names.get(i), lineOf(text, start), ruleId, proposes, unknown, plainInsert,
          keys, proposalProblem));
    }
    return out.build();
  }

  static int lineOf(String text, int offset) {
    int line = 1;
    for (int k = 0; k < offset && k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }
}
