package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.advice.Advice;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.needs.Rating;

/** Local rule directories: extending and replacing the defaults, and every kind of mistake an author makes. */
class LocalRulesTest {
  static final String HEADER = """
      package local.test;
      import org.thrive.rules.facts.*;
      import org.thrive.model.needs.Rating;
      import org.thrive.model.grouping.Grouping;
      import org.thrive.model.advice.Basis;
      """;

  @TempDir
  Path dir;

  private Path write(String name, String body) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, HEADER + body);
    return p;
  }

  /** A local rule; one whose consequence proposes a grouping declares it in {@code @proposes}, as it must. */
  static String rule(String name, String id, String when, String then) {
    java.util.regex.Matcher proposal = java.util.regex.Pattern.compile("new Proposal\\(Grouping\\.(\\w+)").matcher(then);
    String proposes = proposal.find() ? "\n  @proposes(\"" + proposal.group(1) + "\")" : "";
    return """
        rule "%s"
          @id("%s")%s
          @practitioner("A practitioner explanation.")
          @family("A family explanation.")
          @source("A local source.")
        when
          %s
        then
          %s
        end
        """.formatted(name, id, proposes, when, then);
  }

  private RuleSetException broken() {
    return catchThrowableOfType(RuleSetException.class,
        () -> ThriveAdvisor.builder().rules(RuleSource.directory(dir)).build());
  }

  @Test
  void localRule_extendsTheDefaults_andFiresWithThem() throws IOException {
    write("extra.drl", rule("Local note", "local.note", "$p : Problems(highest == Rating.MODERATE)", "insertLogical(new Note());"));
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    assertThat(advisor.rules()).extracting(RuleInfo::id).contains("local.note", "needs.moderate");
    Advice a = advisor.advise(TestCases.base().needs(TestCases.problems(2, Rating.MODERATE)).build());
    assertThat(a.reasonIds()).contains("local.note", "needs.moderate");
    assertThat(a.provenance().ruleSetSha256()).isNotEqualTo(ThriveAdvisor.withDefaultRules().ruleSetSha256());
  }

  @Test
  void localRule_withADefaultRulesId_replacesIt() throws IOException {
    // a local threshold: Getting Help only when two problems are Moderate
    write("threshold.drl", """
        rule "Local moderate need"
          @id("needs.moderate")
          @proposes("GETTING_HELP")
          @practitioner("Two or more problems are rated Moderate.")
          @family("Some things are quite hard right now.")
          @condition("two or more problems are rated Moderate")
          @familyCondition("a few things are quite hard")
          @source("A local threshold.")
        when
          $p : Problems(highest == Rating.MODERATE, moderate >= 2)
        then
          insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));
        end
        """);
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    assertThat(advisor.rules()).filteredOn(r -> r.id().equals("needs.moderate")).singleElement()
        .satisfies(r -> assertThat(r.file()).isEqualTo("threshold.drl"));
    Advice one = advisor.advise(TestCases.base().needs(TestCases.problems(2, Rating.MODERATE)).build());
    assertThat(one.suggestion()).isEmpty();
    Advice two = advisor.advise(TestCases.base().needs(TestCases.problems(2, Rating.MODERATE, 3, Rating.MODERATE)).build());
    assertThat(two.suggestion()).contains(Grouping.GETTING_HELP);
  }

  @Test
  void syntaxError_namesFileLineRuleAndWhatToCheck() throws IOException {
    write("bad.drl", rule("Broken", "local.broken", "Problems(highest == Rating.MILD", "insertLogical(new Note());"));
    RuleSetException e = broken();
    assertThat(e.problems()).singleElement().hasToString("bad.drl:13: rule \"Broken\": syntax error: mismatched input"
        + " 'then'; check this line and the lines before it for an unclosed bracket or quote, or a missing 'when',"
        + " 'then' or 'end'");
  }

  @Test
  void unknownField_namesTheFieldAndListsTheRealOnes() throws IOException {
    write("bad.drl", rule("Field", "local.field", "Problems(higest == Rating.MILD)", "insertLogical(new Note());"));
    assertThat(broken().problems()).singleElement().hasToString("bad.drl:12: rule \"Field\": unknown field 'higest'"
        + " of Problems; its fields are highest, highestNeed, none, mild, moderate, severe, severeNeeds, notKnown,"
        + " difficulties");
  }

  @Test
  void unknownType_namesItAndListsTheFactTypes() throws IOException {
    write("bad.drl", rule("Type", "local.type", "Problem(highest == Rating.MILD)", "insertLogical(new Note());"));
    assertThat(broken().problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("bad.drl");
      assertThat(p.line()).isEqualTo(12);
      assertThat(p.rule()).contains("Type");
      assertThat(p.message()).startsWith("unknown fact type 'Problem'; the fact types are Person, ItemRating, Problems,");
    });
  }

  @Test
  void unknownGrouping_isNamedWithTheRealGroupings() throws IOException {
    write("bad.drl", rule("Grouping", "local.grouping", "Person()",
        "insertLogical(new Proposal(Grouping.GETTING_HEPL, Basis.NEEDS));"));
    assertThat(broken().problems()).anySatisfy(p -> assertThat(p.toString()).isEqualTo(
        "bad.drl:6: rule \"Grouping\": unknown grouping Grouping.GETTING_HEPL; the groupings are [THRIVING,"
            + " GETTING_ADVICE, GETTING_HELP, GETTING_MORE_HELP, GETTING_RISK_SUPPORT]"));
  }

  private static final String CONDITIONS = "  @condition(\"always\")\n  @familyCondition(\"always\")\n  @source(";

  @Test
  void proposingRule_withoutProposes_isReportedWithTheDeclarationToAdd() throws IOException {
    write("a.drl", rule("Undeclared", "local.undeclared", "Person()",
        "insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));")
        .replace("  @proposes(\"GETTING_HELP\")\n", "").replace("  @source(", CONDITIONS));
    assertThat(broken().problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("a.drl");
      assertThat(p.rule()).contains("Undeclared");
      assertThat(p.message()).isEqualTo("its consequence inserts a Proposal for Grouping.GETTING_HELP but the rule does"
          + " not declare it; add @proposes(\"GETTING_HELP\")");
    });
  }

  @Test
  void proposes_thatDisagreesWithTheConsequence_isReported() throws IOException {
    write("a.drl", rule("Mismatch", "local.mismatch", "Person()",
        "insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));")
        .replace("@proposes(\"GETTING_HELP\")", "@proposes(\"GETTING_ADVICE\")").replace("  @source(", CONDITIONS));
    assertThat(broken().problems()).singleElement().extracting(RuleProblem::message).isEqualTo(
        "@proposes(\"GETTING_ADVICE\") does not match the consequence, which proposes Grouping.GETTING_HELP; declare"
            + " what the rule proposes");
  }

  @Test
  void proposes_onARuleThatProposesNothing_isReported() throws IOException {
    write("a.drl", rule("Declared only", "local.declared", "Person()", "insertLogical(new Note());")
        .replace("  @source(", "  @proposes(\"GETTING_HELP\")\n" + CONDITIONS));
    assertThat(broken().problems()).singleElement().extracting(RuleProblem::message).isEqualTo(
        "@proposes(\"GETTING_HELP\") is declared but the consequence inserts no Proposal; remove @proposes, or"
            + " insertLogical(new Proposal(Grouping.GETTING_HELP, ...))");
  }

  @Test
  void proposes_namingNoGrouping_listsTheGroupings() throws IOException {
    write("a.drl", rule("Label", "local.label", "Person()",
        "insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));")
        .replace("@proposes(\"GETTING_HELP\")", "@proposes(\"Getting Help\")").replace("  @source(", CONDITIONS));
    assertThat(broken().problems()).singleElement().extracting(RuleProblem::message).isEqualTo(
        "@proposes names no grouping; it takes one of THRIVING, GETTING_ADVICE, GETTING_HELP, GETTING_MORE_HELP,"
            + " GETTING_RISK_SUPPORT");
  }

  @Test
  void consequence_proposingTwoGroupings_isReported() throws IOException {
    write("a.drl", rule("Two", "local.two", "Person()",
        "insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));\n"
            + "  insertLogical(new Proposal(Grouping.GETTING_MORE_HELP, Basis.NEEDS));")
        .replace("  @source(", CONDITIONS));
    assertThat(broken().problems()).extracting(RuleProblem::message).contains("its consequence proposes more than one"
        + " grouping (GETTING_HELP, GETTING_MORE_HELP); a rule proposes one grouping, so write one rule for each");
  }

  @Test
  void consequence_proposingAGroupingNotWrittenOut_isReported() throws IOException {
    write("a.drl", rule("Hidden", "local.hidden", "$p : Person()",
        "Grouping g = Grouping.GETTING_HELP; insertLogical(new Proposal(g, Basis.NEEDS));")
        .replace("  @source(", CONDITIONS));
    assertThat(broken().problems()).extracting(RuleProblem::message).contains("its consequence makes a Proposal whose"
        + " grouping is not written as Grouping.X; name the grouping in the consequence so that it can be checked"
        + " against @proposes");
  }

  @Test
  void duplicateId_namesBothRules() throws IOException {
    write("a.drl", rule("One", "local.same", "Person()", "insertLogical(new Note());")
        + rule("Two", "local.same", "Person()", "insertLogical(new Note());"));
    assertThat(broken().problems()).singleElement().hasToString("a.drl:16: rule \"Two\": @id \"local.same\" is already"
        + " used by rule \"One\" in a.drl; every rule needs its own id (to replace a default rule, give the local rule"
        + " the default's id and load it with the defaults)");
  }

  @Test
  void missingExplanation_namesTheMissingKey() throws IOException {
    write("a.drl", rule("NoFamily", "local.nofamily", "Person()", "insertLogical(new Note());")
        .replace("  @family(\"A family explanation.\")\n", ""));
    assertThat(broken().problems()).singleElement().hasToString("a.drl:6: rule \"NoFamily\": @family(\"...\") is missing"
        + " or empty; every rule needs @id, @practitioner, @family and @source, and a rule that proposes a grouping"
        + " also @condition and @familyCondition (see RULE-AUTHORING.md)");
  }

  @Test
  void proposingRuleWithoutItsCondition_isReported() throws IOException {
    write("a.drl", rule("Proposes", "local.proposes", "Person()",
        "insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));"));
    assertThat(broken().problems()).extracting(RuleProblem::message)
        .contains("@condition(\"...\") is missing or empty (also @familyCondition); every rule needs @id, @practitioner,"
            + " @family and @source, and a rule that proposes a grouping also @condition and @familyCondition"
            + " (see RULE-AUTHORING.md)");
  }

  @Test
  void requiresAnUnknownPart_namesTheFileLineRuleAndThePart() throws IOException {
    write("a.drl", rule("Proposes", "local.proposes", "Person()",
        "insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));")
        .replace("  @source(", "  @condition(\"always\")\n  @familyCondition(\"always\")\n  @requires(\"HIGHEST_NEED_MODERATE, NO_SUCH_PART\")\n  @source("));
    assertThat(broken().problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("a.drl");
      assertThat(p.line()).isPositive();
      assertThat(p.rule()).contains("Proposes");
      assertThat(p.message()).contains("@requires names \"NO_SUCH_PART\"");
    });
  }

  @Test
  void proposerWithoutParts_whyNotIsTheWholeConditionForPractitionersAndNeutralForFamilies() throws IOException {
    // a local rule that proposes Getting More Help for two Moderate problems, without listing its parts
    write("a.drl", rule("Two moderate", "local.two-moderate", "Problems(moderate >= 2)",
        "insertLogical(new Proposal(Grouping.GETTING_MORE_HELP, Basis.NEEDS));")
        .replace("  @source(", "  @condition(\"two or more problems are rated Moderate\")\n"
            + "  @familyCondition(\"two things are quite hard\")\n  @source("));
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    Advice a = advisor.advise(TestCases.base().needs(TestCases.problems(2, Rating.MILD)).build());
    var w = a.whyNot().stream().filter(x -> x.grouping() == Grouping.GETTING_MORE_HELP).findFirst().orElseThrow();
    assertThat(w.conditions()).anySatisfy(c -> {
      assertThat(c.ruleId()).isEqualTo("local.two-moderate");
      assertThat(c.notHeld()).isEmpty();
    });
    assertThat(w.summary().practitioner()).contains("local.two-moderate needs two or more problems are rated Moderate (this"
        + " rule does not list the parts of its condition");
    // the default rules' parts are still named for the family, and nothing is claimed about the local rule
    assertThat(w.summary().family()).doesNotContain("two things are quite hard");
  }

  @Test
  void plainInsertOfAConclusion_isReported() throws IOException {
    write("a.drl", rule("Plain", "local.plain", "Person()", "insert(new Note());"));
    assertThat(broken().problems()).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("insert(new Note(...)) must be insertLogical(new Note(...))"));
  }

  @Test
  void everyProblem_isReportedAtOnce() throws IOException {
    write("a.drl", rule("Field", "local.field", "Problems(higest == Rating.MILD)", "insertLogical(new Note());"));
    write("b.drl", rule("Type", "local.type", "Problem()", "insertLogical(new Note());"));
    assertThat(broken().problems()).extracting(RuleProblem::file).containsExactly("a.drl", "b.drl");
  }

  @Test
  void filesWithoutRules_failFastBecauseTheRuleSetIsEmpty() throws IOException {
    Files.writeString(dir.resolve("empty.drl"), HEADER);
    assertThat(broken().problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("the rule set holds no rules"));
  }

  @Test
  void missingMetadataAndACompileErrorInAnotherFile_areReportedTogether() throws IOException {
    write("a.drl", rule("NoFamily", "local.nofamily", "Person()", "insertLogical(new Note());")
        .replace("  @family(\"A family explanation.\")\n", ""));
    write("b.drl", rule("Field", "local.field", "Problems(higest == Rating.MILD)", "insertLogical(new Note());"));
    assertThat(broken().problems()).extracting(p -> p.file() + ":" + p.rule().orElse(""))
        .containsExactly("a.drl:NoFamily", "b.drl:Field");
  }

  @Test
  void defaultFileCopiedUnchanged_saysToGiveLocalFilesTheirOwnPackage() throws IOException {
    Files.copy(Path.of("src/main/resources/org/thrive/rules/defaults/needs.drl"), dir.resolve("needs.drl"));
    RuleSetException e = catchThrowableOfType(RuleSetException.class,
        () -> ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build());
    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.file()).isEqualTo("needs.drl");
      assertThat(p.message()).startsWith("a rule with this name is already in package org.thrive.rules.defaults"
          + " (defaults/needs.drl:").contains("give your local files their own package line");
    });
  }

  @Test
  void emptyDirectory_saysSo() {
    assertThat(broken().problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("holds no .drl files"));
  }

  @Test
  void ruleThatNeverEnds_stopsWithAClearErrorInsteadOfHanging() throws IOException {
    write("loop.drl", rule("Loop", "local.loop", "$p : Person()", "insert(new Person($p.age() + 1, $p.choiceStage()));"));
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).maxFirings(2_000).build();
    assertThatThrownBy(() -> advisor.advise(TestCases.base().build()))
        .isInstanceOf(RuleEvaluationException.class)
        .hasMessageMatching("rule evaluation stopped after \\d+ firings without finishing; the rules most often"
            + " fired were \\[local\\.loop \\(.*");
  }

  @Test
  void consequenceThatNeverReturns_stopsAtTheTimeLimitNamingTheRule() throws IOException {
    write("spin.drl", rule("Spin", "local.spin", "$p : Person()",
        "long n = 0; while ($p.age() >= 0) { n++; }"));
    // restricted mode rejects the loop; trusted code is bounded by the time limit instead
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir).trustingCode())
        .maxEvaluationTime(java.time.Duration.ofMillis(500)).build();
    assertThatThrownBy(() -> advisor.advise(TestCases.base().build()))
        .isInstanceOf(RuleEvaluationException.class)
        .hasMessage("rule evaluation did not finish within 500 ms; rule local.spin was firing. A consequence that"
            + " never returns (for example a loop in its Java code) is the likely cause");
    // the advisor keeps serving other work: the default rules on a fresh advisor still answer
    assertThat(ThriveAdvisor.withDefaultRules().advise(TestCases.base().build()).suggestion()).isPresent();
  }

  @Test
  void consequenceThatThrows_namesTheRuleWithoutCaseContent() throws IOException {
    write("throws.drl", rule("Throws", "local.throws", "$p : Person()",
        "if ($p.age() >= 0) { throw new IllegalStateException(\"age \" + $p.age()); }"));
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir).trustingCode()).build();
    assertThatThrownBy(() -> advisor.advise(TestCases.base().build()))
        .isInstanceOf(RuleEvaluationException.class)
        .hasMessage("rule local.throws failed while evaluating a case (IllegalStateException)");
  }

  @Test
  @org.junit.jupiter.api.Tag("hazard-control")
  void symbolicLinkOutOfTheDirectory_isNamedNotFollowed() throws IOException {
    // given a link in the rule directory to a file outside it
    Path outside = Files.createTempFile("outside", ".txt");
    Files.writeString(outside, "secret first word");
    Files.createSymbolicLink(dir.resolve("link.drl"), outside);

    // when / then the link is named and nothing of the target is read or echoed
    RuleSetException e = broken();
    assertThat(e.problems()).extracting(Object::toString)
        .containsExactly("link.drl: is a symbolic link; rule files must be real files inside the rule directory");
    assertThat(e.getMessage()).doesNotContain("secret");
  }

  @Test
  @org.junit.jupiter.api.Tag("hazard-control")
  void binaryInvalidUtf8AndOversizedFiles_areEachNamed() throws IOException {
    // given one binary file, one file of invalid UTF-8 and one over the size limit
    Files.write(dir.resolve("binary.drl"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00});
    Files.write(dir.resolve("latin1.drl"), new byte[] {(byte) 0xe9, 0x74, (byte) 0xe9});
    Files.writeString(dir.resolve("huge.drl"), "// x\n".repeat((int) (RuleSource.MAX_FILE_BYTES / 5) + 1));

    // when / then every file is named with its problem
    assertThat(broken().problems()).extracting(Object::toString).containsExactlyInAnyOrder(
        "binary.drl: is not a text file", "latin1.drl: is not valid UTF-8",
        "huge.drl: is larger than the limit of " + RuleSource.MAX_FILE_BYTES + " bytes");
  }

  @Test
  void tooManyRules_isRefusedBeforeCompiling() throws IOException {
    // given more local rules than the limit
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= RuleCompiler.MAX_LOCAL_RULES; i++) {
      b.append(rule("R" + i, "local.r" + i, "$p : Person()", "insertLogical(new Note());"));
    }
    write("many.drl", b.toString());

    // when / then
    assertThat(broken().getMessage()).contains("holds " + (RuleCompiler.MAX_LOCAL_RULES + 1) + " local rules, more than"
        + " the limit of " + RuleCompiler.MAX_LOCAL_RULES);
  }

  @Test
  void typeErrorsInConstraints_areFileLineErrorsBeforeCompiling() throws IOException {
    // given a number compared with text, and a rating compared with a number
    write("types.drl", rule("Old", "local.old", "Person(age == \"old\")", "insertLogical(new Note());")
        + rule("Two", "local.two", "ItemRating(rating == 2)", "insertLogical(new Note());"));

    // when / then each is named with its file, line and rule
    assertThat(broken().problems()).extracting(Object::toString).containsExactly(
        "types.drl:12: rule \"Old\": field 'age' of Person is a number; text such as \"old\" cannot be compared with it",
        "types.drl:22: rule \"Two\": field 'rating' of ItemRating is a Rating; compare it with a constant such as"
            + " Rating.NONE, not with a number");
  }

  @Test
  void manyLegitimateFacts_areNotTakenForARuleThatNeverEnds() {
    // given the most strengths a case may hold, and a firing bound far below the firings they legitimately cause
    org.thrive.model.ThriveCase.Builder b = TestCases.base();
    for (int i = 0; i < org.thrive.model.ThriveCase.MAX_STRENGTHS; i++) {
      b.addStrength(new org.thrive.model.strengths.Strength(org.thrive.model.strengths.StrengthKind.values()[i % 3],
          "strength " + i));
    }
    ThriveAdvisor advisor = ThriveAdvisor.builder().maxFirings(20).build();

    // when / then the bound grows with the facts, so the case is advised
    assertThat(advisor.advise(b.build()).reasonIds()).contains("context.strengths");
  }
}
