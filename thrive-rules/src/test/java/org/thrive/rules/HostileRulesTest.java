package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.RuleCode;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.risk.Risk;

/**
 * Rule files are code. Every kind of hostile or runaway local rule file here is rejected by the
 * restricted-mode static check before anything of it is compiled or run (a rule that ran would
 * exit the JVM, write a file or spin), each with the file, line and rule.
 */
@Tag("hazard-control")
class HostileRulesTest {
  @TempDir
  Path dir;

  private static final String HEADER = "package local.hostile;\nimport org.thrive.rules.facts.*;\n";

  /** A hostile rule: its consequence, its condition, or a whole file. */
  record Hostile(String name, String file, int line, String rule, String problem) {}

  private static String rule(String when, String then) {
    return HEADER + "rule \"Evil\"\n  @id(\"local.evil\")\n  @practitioner(\"p\")\n  @family(\"f\")\n  @source(\"s\")\n"
        + "when\n  " + when + "\nthen\n  " + then + "\nend\n";
  }

  private static Hostile then(String name, String code, String problem) {
    return new Hostile(name, rule("$p : Person()", code), 11, "Evil", problem);
  }

  private static Hostile when(String name, String condition, String problem) {
    return new Hostile(name, rule(condition, "insertLogical(new Note());"), 9, "Evil", problem);
  }

  private static Hostile file(String name, String text, int line, String problem) {
    return new Hostile(name, text, line, null, problem);
  }

  static final String ACCESS = "is not allowed in restricted mode (process, thread, reflection, file, network, system"
      + " or session access)";
  static final String KEYWORD = "is not allowed in restricted mode: rules conclude, they do not loop, catch or throw";
  static final String QUALIFIED = "a fully qualified name outside org.thrive is not allowed in restricted mode";

  static List<Hostile> corpus() {
    return List.of(
        then("System.exit", "System.exit(0);", "'System' " + ACCESS),
        then("Runtime.exec", "Runtime.getRuntime().exec(\"touch /tmp/thrive-hostile\");", "'Runtime' " + ACCESS),
        then("ProcessBuilder", "new ProcessBuilder(\"sh\").start();", "'ProcessBuilder' " + ACCESS),
        then("java.io.File qualified", "new java.io.File(\"/tmp/thrive-hostile\").createNewFile();", "'java' " + ACCESS),
        then("java.nio Files", "java.nio.file.Files.writeString(null, \"x\");", "'java' " + ACCESS),
        then("Files imported name", "Files.delete(null);", "'Files' " + ACCESS),
        then("Thread start", "new Thread().start();", "'Thread' " + ACCESS),
        then("Thread.sleep", "Thread.sleep(100000);", "'Thread' " + ACCESS),
        then("Executors", "Executors.newSingleThreadExecutor();", "'Executors' " + ACCESS),
        then("drools.halt", "drools.halt();", "'drools' " + ACCESS),
        then("kcontext", "kcontext.getKieRuntime().halt();", "'kcontext' " + ACCESS),
        then("Class.forName", "Class.forName(\"java.lang.Runtime\");", "'Class' " + ACCESS),
        then("getClass reflection", "$p.getClass().getMethods();", "'getClass' " + ACCESS),
        then("System.getProperty", "String h = System.getProperty(\"user.home\");", "'System' " + ACCESS),
        then("getenv unqualified", "getenv(\"HOME\");", "'getenv' " + ACCESS),
        then("while loop", "while (true) { }", "'while' " + KEYWORD),
        then("for loop", "for (;;) { }", "'for' " + KEYWORD),
        then("do loop", "do { } while (true);", "'do' " + KEYWORD),
        then("synchronized", "synchronized ($p) { }", "'synchronized' " + KEYWORD),
        then("throw", "throw new IllegalStateException();", "'throw' " + KEYWORD),
        then("try catch", "try { } catch (RuntimeException e) { }", "'try' " + KEYWORD),
        then("unicode escape", "\\u0053ystem.exit(0);", "'System' " + ACCESS),
        then("huge array", "long[] a = new long[Integer.MAX_VALUE];", "new long is not allowed in restricted mode; a rule"
            + " may create only thrive facts and the types its file declares"),
        then("repeat", "String s = \"a\".repeat(1000000000);", "'repeat' " + ACCESS),
        then("new StringBuilder", "new StringBuilder().append(1);", "new StringBuilder is not allowed in restricted"
            + " mode; a rule may create only thrive facts and the types its file declares"),
        then("lambda", "java.util.function.Supplier<String> s = () -> \"x\";", "'java' " + ACCESS),
        then("method reference", "java.util.Objects.requireNonNull($p, String::valueOf);", "'java' " + ACCESS),
        then("org qualified", "org.slf4j.LoggerFactory.getLogger(\"x\").error(\"case\");", QUALIFIED),
        then("ScriptEngine", "new javax.script.ScriptEngineManager();", "'javax' " + ACCESS),
        then("sun Unsafe", "sun.misc.Unsafe u = null;", "'sun' " + ACCESS),
        when("System in a condition", "Person(age == System.exit(0))", "'System' " + ACCESS),
        when("eval with getenv", "eval(getenv(\"X\") != null)", "'getenv' " + ACCESS),
        when("from a JDK call", "$x : String() from System.getenv().keySet()", "'System' " + ACCESS),
        file("import java.io", HEADER + "import java.io.File;\n" + rule("$p : Person()", "insertLogical(new Note());")
            .substring(HEADER.length()), 3, "import java.io.File is not allowed in restricted mode; rules may import"
            + " org.thrive.rules.facts.*, org.thrive.model.* and " + RuleSandbox.JDK_IMPORTS),
        file("import java.net", HEADER + "import java.net.Socket;\n" + rule("$p : Person()", "insertLogical(new Note());")
            .substring(HEADER.length()), 3, "import java.net.Socket is not allowed in restricted mode; rules may import"
            + " org.thrive.rules.facts.*, org.thrive.model.* and " + RuleSandbox.JDK_IMPORTS),
        file("global", HEADER + "global java.util.List out;\n" + rule("$p : Person()", "insertLogical(new Note());")
            .substring(HEADER.length()), 3, "global out is not allowed in restricted mode: a global hands rules an"
            + " object of the host"),
        file("function", HEADER + "function void evil() { System.exit(1); }\n" + rule("$p : Person()",
            "insertLogical(new Note());").substring(HEADER.length()), 3, "function evil is not allowed in restricted mode:"
            + " write the condition in the rule"),
        file("declare with a default that exits", HEADER + "declare Evil\n  x : int = System.exit(7)\nend\n"
            + rule("$p : Person()", "insertLogical(new Note());").substring(HEADER.length()), 4, "declare Evil: field x has"
            + " a default value, which runs code when the rules are compiled; defaults are not allowed in restricted mode"),
        file("declare with a file field", HEADER + "declare Evil\n  f : java.io.File\nend\n" + rule("$p : Person()",
            "insertLogical(new Note());").substring(HEADER.length()), 4, "declare Evil: field f has type java.io.File,"
            + " which is not allowed in restricted mode; use a primitive, String or a thrive type"));
  }

  @TestFactory
  Stream<DynamicTest> restrictedMode_everyHostileRule_isRejectedBeforeItRunsWithFileLineAndRule() {
    return corpus().stream().map(h -> DynamicTest.dynamicTest(h.name(), () -> {
      // given the hostile file in a fresh directory
      Path d = Files.createTempDirectory(dir, "h");
      Files.writeString(d.resolve("hostile.drl"), h.file());

      // when the rules are loaded (as the advisor, rules check and rules test all do)
      RuleSetException e = catchThrowableOfType(RuleSetException.class,
          () -> ThriveAdvisor.builder().rules(RuleSource.defaultsWith(d)).build());

      // then nothing ran (the JVM is still here, no file was written) and the problem names file, line and rule
      assertThat(e).as(h.name()).isNotNull();
      String where = "hostile.drl:" + h.line() + ": " + (h.rule() == null ? "" : "rule \"" + h.rule() + "\": ");
      assertThat(e.problems()).extracting(Object::toString).as(h.name()).contains(where + h.problem());
      assertThat(Path.of("/tmp/thrive-hostile")).doesNotExist();
    }));
  }

  @Test
  void restrictedMode_corpus_holdsAtLeastThirtyKinds() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(corpus().stream().map(Hostile::name).distinct().count()).isEqualTo(corpus().size());
  }

  @Test
  void restrictedMode_ordinaryLocalRule_passesAndIsRecordedAsRestricted() throws IOException {
    // given a well-behaved local rule
    Files.writeString(dir.resolve("ok.drl"), HEADER + "import org.thrive.model.needs.Rating;\n" + rule(
        "$p : Problems(highest == Rating.MODERATE)", "insertLogical(new Note());").substring(HEADER.length()));

    // when / then it loads, and advice says the code was checked
    Advice a = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build().advise(TestCases.base().build());
    assertThat(a.provenance().ruleCode()).isEqualTo(RuleCode.RESTRICTED);
    assertThat(ThriveAdvisor.withDefaultRules().advise(TestCases.base().build()).provenance().ruleCode())
        .isEqualTo(RuleCode.BUILT_IN);
  }

  @Test
  void trustedMode_isAnExplicitOptInRecordedInTheProvenance() throws IOException {
    // given a rule restricted mode rejects
    Files.writeString(dir.resolve("trusted.drl"), rule("$p : Person()", "long n = 0; for (int i = 0; i < 3; i++) { n++; }"
        + " insertLogical(new Note());"));

    // when / then it is refused by default, and loads only when the host trusts the code
    assertThatThrownBy(() -> ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build())
        .isInstanceOf(RuleSetException.class);
    Advice a = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir).trustingCode()).build()
        .advise(TestCases.base().build());
    assertThat(a.provenance().ruleCode()).isEqualTo(RuleCode.TRUSTED);
  }

  @Test
  void trustedMode_haltedEvaluation_isAnErrorThatStillCarriesTheSafetyNetsSafeguards() throws IOException {
    // given a trusted rule that halts the session, and a case in immediate danger
    Files.writeString(dir.resolve("halt.drl"), rule("$p : Person()", "drools.halt();"));
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir).trustingCode()).build();

    // when / then the part evaluation is an error, never a quiet cannot-suggest-yet, and the crisis response survives
    RuleEvaluationException e = catchThrowableOfType(RuleEvaluationException.class,
        () -> advisor.advise(TestCases.base().risk(Risk.none().withImmediateDanger(true)).build()));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("rule evaluation was halted before it finished");
    assertThat(e.safeguards()).extracting(s -> s.kind()).contains(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE);
  }

  @Test
  void trustedMode_stackOverflowInARule_isARuleError() throws IOException {
    // given a trusted rule whose consequence recurses without end
    Files.writeString(dir.resolve("deep.drl"), HEADER + "function int deep(int n) { return deep(n + 1); }\n"
        + rule("$p : Person()", "deep(0);").substring(HEADER.length()));
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir).trustingCode()).build();

    // when / then
    assertThatThrownBy(() -> advisor.advise(TestCases.base().build()))
        .isInstanceOf(RuleEvaluationException.class)
        .hasMessageContaining("ran out of stack");
  }
}
