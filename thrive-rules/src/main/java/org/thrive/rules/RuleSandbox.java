package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The restricted mode for local rule files: a static check, before anything is compiled or run,
 * that a DRL file uses only the library's facts and model types and a short list of harmless JDK
 * types. Rule files are code: a consequence is Java, and runs with the host's rights. Restricted
 * mode is the default for local rules; trusted code is an explicit opt-in
 * ({@link RuleSource#trustingCode()}), recorded in the rule set's name.
 *
 * <p>The file is parsed with Drools' own DRL parser. Imports, globals, functions and type
 * declarations are checked from the parsed structure. The code in each rule (its conditions and
 * its consequence) and in field defaults is read as Java tokens, after string literals and
 * comments are removed and Unicode escapes decoded, and rejected when it names:
 *
 * <ul>
 *   <li>a type or package outside the allow-list ({@code java.}, {@code javax.}, {@code jdk.},
 *       {@code sun.}, {@code com.}, any {@code org.} but {@code org.thrive.});
 *   <li>process, thread, class-loading, reflection, file, network or system access ({@code System},
 *       {@code Runtime}, {@code Thread}, {@code ProcessBuilder}, {@code Class}, {@code getClass},
 *       {@code Files}, {@code Socket}, …);
 *   <li>session control ({@code drools}, {@code kcontext}, {@code halt});
 *   <li>loops ({@code for}, {@code while}, {@code do}), {@code synchronized}, {@code throw},
 *       {@code try}, and {@code new} of anything but the library's fact types and the types the
 *       file itself declares, so that a consequence cannot spin, allocate without bound or hide an
 *       error.
 * </ul>
 *
 * Each problem names the file, line and rule. Imports may name {@code org.thrive.rules.facts},
 * {@code org.thrive.model} and {@link #JDK_IMPORTS}; globals and functions are not allowed.
 */
final class RuleSandbox {
  /** JDK types a local rule file may import. */
  static final ImmutableSet<String> JDK_IMPORTS = ImmutableSet.of("java.lang.Math", "java.util.List", "java.util.Set",
      "java.util.Collection", "java.time.LocalDate", "java.time.Period");

  private static final ImmutableSet<String> DENIED = ImmutableSet.of(
      "System", "Runtime", "Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "Process", "ProcessBuilder",
      "ProcessHandle", "ClassLoader", "Class", "forName", "getClass", "getClassLoader", "Module", "ModuleLayer",
      "SecurityManager", "StackWalker", "Runnable", "Callable", "reflect", "invoke", "newInstance", "getMethod",
      "getDeclaredMethod", "getField", "getDeclaredField", "setAccessible", "MethodHandles", "MethodHandle",
      "VarHandle", "Unsafe", "ScriptEngine", "ScriptEngineManager", "Executors", "ExecutorService", "Executor",
      "CompletableFuture", "ForkJoinPool", "Timer", "TimerTask", "Files", "Paths", "Path", "File", "FileSystems",
      "FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "PrintStream",
      "Socket", "ServerSocket", "DatagramSocket", "URL", "URI", "URLConnection", "HttpURLConnection", "HttpClient",
      "InetAddress", "ObjectInputStream", "ObjectOutputStream", "Serializable", "exit", "halt", "gc", "load",
      "loadLibrary", "getenv", "getProperty", "setProperty", "getProperties", "wait", "notify", "notifyAll",
      "repeat", "intern", "drools", "kcontext", "kieRuntime", "getKieRuntime", "getKnowledgeRuntime",
      "getWorkingMemory", "getEntryPoint", "getChannels", "getKieBase", "getSession", "java", "javax", "jdk", "sun",
      "com", "net", "lambda", "var");

  private static final ImmutableSet<String> DENIED_KEYWORDS = ImmutableSet.of("for", "while", "do", "synchronized",
      "throw", "try", "catch", "finally", "import", "class", "interface", "enum", "record", "assert", "native",
      "volatile", "transient", "goto", "switch");

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*|->|::|\\S");

  private RuleSandbox() {}

  /**
   * Constraints that compare a fact's field with a literal of the wrong type, which the compiler
   * either accepts (and the rule never matches or fails on a case) or reports without a line:
   * {@code Person(age == "old")}, {@code ItemRating(rating == 2)}. Checked in both modes.
   */
  static ImmutableList<RuleProblem> typeCheck(String file, String text) {
    PackageDescr pkg;
    try {
      DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
      pkg = parser.parse(false, text);
      if (parser.hasErrors() || pkg == null) {
        return ImmutableList.of();
      }
    } catch (DroolsParserException | RuntimeException e) {
      return ImmutableList.of();
    }
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleDescr r : pkg.getRules()) {
      walk(file, r, r.getLhs(), problems);
    }
    return ImmutableList.copyOf(problems);
  }

  private static final Pattern COMPARISON = Pattern.compile(
      "(?<![\\w.$])([a-z][A-Za-z0-9]*)\\s*(==|!=|<=|>=|<|>)\\s*(\"[^\"]*\"|-?\\d+(?:\\.\\d+)?|true|false)(?![\\w.])");

  private static void walk(String file, RuleDescr rule, org.drools.drl.ast.descr.BaseDescr d, List<RuleProblem> out) {
    if (d instanceof org.drools.drl.ast.descr.PatternDescr p) {
      Optional<Class<? extends Record>> type = FactCatalog.TYPES.stream()
          .filter(c -> c.getSimpleName().equals(p.getObjectType())).findFirst();
      for (org.drools.drl.ast.descr.BaseDescr c : p.getDescrs()) {
        if (type.isPresent() && c instanceof org.drools.drl.ast.descr.ExprConstraintDescr e) {
          Matcher m = COMPARISON.matcher(e.getExpression());
          while (m.find()) {
            String field = m.group(1);
            String literal = m.group(3);
            for (java.lang.reflect.RecordComponent rc : type.get().getRecordComponents()) {
              if (rc.getName().equals(field)) {
                Optional<String> wrong = mismatch(rc.getType(), literal);
                int line = e.getLine() > 0 ? e.getLine() : p.getLine();
                wrong.ifPresent(w -> out.add(new RuleProblem(file, line, Optional.of(rule.getName()), "field '" + field
                    + "' of " + p.getObjectType() + " " + w)));
              }
            }
          }
        }
      }
    }
    if (d instanceof org.drools.drl.ast.descr.ConditionalElementDescr ce) {
      for (org.drools.drl.ast.descr.BaseDescr child : ce.getDescrs()) {
        walk(file, rule, child, out);
      }
    }
  }

  /** Why a literal cannot be compared with a field of this type, if it cannot. */
  private static Optional<String> mismatch(Class<?> type, String literal) {
    boolean text = literal.startsWith("\"");
    boolean bool = literal.equals("true") || literal.equals("false");
    boolean number = !text && !bool;
    if (type.isEnum()) {
      return Optional.of("is a " + type.getSimpleName() + "; compare it with a constant such as " + type.getSimpleName()
          + "." + type.getEnumConstants()[0] + ", not with " + (text ? "text" : number ? "a number" : literal));
    }
    if ((type == int.class || type == long.class || type == double.class) && !number) {
      return Optional.of("is a number; " + (text ? "text such as " + literal : literal) + " cannot be compared with it");
    }
    if (type == boolean.class && !bool) {
      return Optional.of("is true or false; compare it with true or false");
    }
    if (type == String.class && !text) {
      return Optional.of("is text; compare it with text in quotes");
    }
    return Optional.empty();
  }

  /** The problems with one local file, empty when it may be compiled. */
  static ImmutableList<RuleProblem> check(String file, String text) {
    List<RuleProblem> problems = new ArrayList<>();
    PackageDescr pkg;
    try {
      DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
      pkg = parser.parse(false, text);
      if (parser.hasErrors() || pkg == null) {
        // The compiler reports syntax errors with their lines; nothing of this file is compiled or run first.
        return ImmutableList.of();
      }
    } catch (DroolsParserException | RuntimeException e) {
      return ImmutableList.of();
    }
    Set<String> declared = new java.util.HashSet<>();
    for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
      declared.add(t.getTypeName());
    }
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      boolean allowed = target.startsWith("org.thrive.rules.facts.") || target.startsWith("org.thrive.model.")
          || JDK_IMPORTS.contains(target);
      if (!allowed) {
        problems.add(new RuleProblem(file, i.getLine(), Optional.empty(), "import " + target + " is not allowed in"
            + " restricted mode; rules may import org.thrive.rules.facts.*, org.thrive.model.* and " + JDK_IMPORTS));
      }
    }
    for (var i : pkg.getFunctionImports()) {
      problems.add(new RuleProblem(file, i.getLine(), Optional.empty(), "import function is not allowed in restricted"
          + " mode"));
    }
    for (GlobalDescr g : pkg.getGlobals()) {
      problems.add(new RuleProblem(file, g.getLine(), Optional.empty(), "global " + g.getIdentifier() + " is not allowed"
          + " in restricted mode: a global hands rules an object of the host"));
    }
    for (FunctionDescr f : pkg.getFunctions()) {
      problems.add(new RuleProblem(file, f.getLine(), Optional.empty(), "function " + f.getName() + " is not allowed in"
          + " restricted mode: write the condition in the rule"));
    }
    for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
      for (TypeFieldDescr field : t.getFields().values()) {
        String type = field.getPattern() == null ? "" : field.getPattern().getObjectType();
        if (!allowedFieldType(type, declared)) {
          problems.add(new RuleProblem(file, field.getLine() > 0 ? field.getLine() : t.getLine(), Optional.empty(),
              "declare " + t.getTypeName() + ": field " + field.getFieldName() + " has type " + type + ", which is not"
                  + " allowed in restricted mode; use a primitive, String or a thrive type"));
        }
        if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
          problems.add(new RuleProblem(file, field.getLine() > 0 ? field.getLine() : t.getLine(), Optional.empty(),
              "declare " + t.getTypeName() + ": field " + field.getFieldName() + " has a default value, which runs"
                  + " code when the rules are compiled; defaults are not allowed in restricted mode"));
        }
      }
    }
    for (RuleDescr r : pkg.getRules()) {
      int start = Math.max(0, r.getStartCharacter());
      int end = r.getEndCharacter() > start && r.getEndCharacter() <= text.length() ? r.getEndCharacter() : text.length();
      String body = text.substring(start, end);
      int whenAt = indexOfWord(body, "when");
      String code = whenAt < 0 ? body : body.substring(whenAt);
      int firstLine = r.getLine() + (whenAt < 0 ? 0 : lineCount(body.substring(0, whenAt)));
      codeProblems(file, r.getName(), firstLine, code, declared).ifPresent(problems::add);
    }
    return ImmutableList.copyOf(problems);
  }

  private static boolean allowedFieldType(String type, Set<String> declared) {
    Set<String> simple = Set.of("int", "long", "double", "boolean", "String", "Integer", "Long", "Double", "Boolean");
    return simple.contains(type) || declared.contains(type) || type.startsWith("org.thrive.")
        || FactCatalog.TYPES.stream().anyMatch(c -> c.getSimpleName().equals(type))
        || type.matches("(Rating|Presence|Part|CurrentViewItem|Grouping|Basis|SafeguardKind|RiskLevel|RiskKind|"
            + "HarmFromOthers|Chooser|Preference|Setting|ChoiceStage|Engagement|Progress|HelpKind|Outcome|Agency)");
  }

  /** The first forbidden use in a rule's code, with its line. */
  private static Optional<RuleProblem> codeProblems(String file, String rule, int firstLine, String raw, Set<String> declared) {
    String code = stripLiteralsAndComments(decodeUnicodeEscapes(raw));
    String[] lines = code.split("\n", -1);
    String previous = "";
    for (int l = 0; l < lines.length; l++) {
      Matcher m = TOKEN.matcher(lines[l]);
      while (m.find()) {
        String token = m.group();
        String problem = null;
        if (DENIED.contains(token)) {
          problem = "'" + token + "' is not allowed in restricted mode (process, thread, reflection, file, network,"
              + " system or session access)";
        } else if (DENIED_KEYWORDS.contains(token)) {
          problem = "'" + token + "' is not allowed in restricted mode: rules conclude, they do not loop, catch or"
              + " throw";
        } else if (token.equals("org") && !lines[l].substring(m.end()).startsWith(".thrive.")) {
          problem = "a fully qualified name outside org.thrive is not allowed in restricted mode";
        } else if (token.equals("->") || token.equals("::")) {
          problem = "lambdas and method references are not allowed in restricted mode";
        } else if (previous.equals("new") && !allowedNew(token, declared)) {
          problem = "new " + token + " is not allowed in restricted mode; a rule may create only thrive facts and"
              + " the types its file declares";
        }
        if (problem != null) {
          return Optional.of(new RuleProblem(file, firstLine + l, Optional.of(rule), problem));
        }
        previous = token;
      }
    }
    return Optional.empty();
  }

  private static boolean allowedNew(String type, Set<String> declared) {
    return declared.contains(type) || FactCatalog.TYPES.stream().anyMatch(c -> c.getSimpleName().equals(type));
  }

  private static int indexOfWord(String s, String word) {
    Matcher m = Pattern.compile("(?m)^\\s*" + word + "\\b").matcher(s);
    return m.find() ? m.start() : -1;
  }

  private static int lineCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Decodes Unicode escapes as the Java compiler does before it reads tokens. */
  static String decodeUnicodeEscapes(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == 'u') {
          j++;
        }
        if (j + 4 <= s.length() && s.substring(j, j + 4).matches("[0-9a-fA-F]{4}")) {
          out.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
          i = j + 3;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Blanks string and character literals, text blocks and comments, keeping line breaks. */
  static String stripLiteralsAndComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end + 3;
        blank(out, s, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(s.length(), j + 1);
        out.append(' ');
        blank(out, s, i + 1, end);
        i = end;
      } else if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
        blank(out, s, i, end);
        i = end;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        blank(out, s, i, end);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(StringBuilder out, String s, int from, int to) {
    for (int k = from; k < to && k < s.length(); k++) {
      out.append(s.charAt(k) == '\n' ? '\n' : ' ');
    }
  }
}
