package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.thrive.json.Scenario;
import org.thrive.json.ScenarioReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.CaseChange;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.advice.Reason;
import org.thrive.model.choice.Chooser;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.history.Outcome;
import org.thrive.model.history.Progress;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.RiskKind;
import org.thrive.model.risk.RiskSignals;
import org.thrive.rules.FamilyView;
import org.thrive.rules.PractitionerView;
import org.thrive.rules.Readability;

/**
 * Every explanation the library gives over the whole scenario corpus (every vignette, principle
 * and red-team case), in both audiences: family sentences are true for the case, readable, within
 * the word budget and safe to hand over; changes offered to families are theirs to make; changes
 * offered to practitioners never use risk, history or unrelated items; reasons set aside are
 * marked. Writes target/family-readability-report.txt with every distinct family line graded.
 */
@Tag("hazard-control")
class ExplanationCorpusTest {
  static final double MAX_GRADE = 6.0;
  static final List<Case> CORPUS = new ArrayList<>();

  record Case(String name, ThriveCase c, Advice a, FamilyView.Page young, FamilyView.Page parent, String practitioner) {}

  @BeforeAll
  static void adviseEveryScenario() throws IOException {
    if (!CORPUS.isEmpty()) {
      return;
    }
    List<Path> dirs;
    try (Stream<Path> s = Files.walk(Path.of("..", "scenarios"))) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    ScenarioReader reader = new ScenarioReader();
    for (Path dir : dirs) {
      for (Scenario s : reader.readDirectory(dir)) {
        if (!s.file().getParent().equals(dir)) {
          continue;
        }
        Advice a = Vignettes.ADVISOR.adviseForDiscussion(s.thriveCase());
        CORPUS.add(new Case(s.file().toString(), s.thriveCase(), a,
            FamilyView.render(a, new FamilyView.Options(FamilyView.Audience.YOUNG_PERSON, false)),
            FamilyView.render(a, new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, false)),
            PractitionerView.render(a)));
      }
    }
    assertThat(CORPUS).hasSizeGreaterThan(500);
  }

  /** The library's and the rules' words on a family page: the family's own goals and strengths are left out. */
  private static List<String> generatedLines(String page) {
    return page.lines().map(String::trim).map(l -> l.replaceFirst("^- ", ""))
        .filter(l -> !l.isEmpty() && !l.startsWith("Good things to build on:") && !l.startsWith("Things are going well when:"))
        .toList();
  }

  @Test
  void familyPages_everyGeneratedLine_readsAtGradeSixOrBelow() throws IOException {
    Map<String, Double> graded = new TreeMap<>();
    for (Case k : CORPUS) {
      for (String line : generatedLines(k.young().text() + k.parent().text())) {
        // the five grouping names are the service's own vocabulary, learnt in the room: graded as two plain words
        String plain = line;
        for (Grouping g : Grouping.values()) {
          plain = plain.replace(g.label(), "this help");
        }
        String graded0 = plain;
        graded.computeIfAbsent(line, x -> Readability.grade(graded0));
      }
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(graded.entrySet());
    sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    StringBuilder report = new StringBuilder("Flesch-Kincaid grade of every distinct family line over the scenario corpus ("
        + graded.size() + " lines, limit " + MAX_GRADE + "), hardest first\n");
    sorted.forEach(e -> report.append(String.format("%5.1f  %s%n", e.getValue(), e.getKey())));
    Files.writeString(Path.of("target", "family-readability-report.txt"), report);
    assertThat(graded.size()).isGreaterThan(150);
    assertThat(sorted.stream().filter(e -> e.getValue() > MAX_GRADE).map(e -> e.getValue() + "  " + e.getKey()).toList())
        .as("family lines above grade %s (see target/family-readability-report.txt)", MAX_GRADE).isEmpty();
  }

  @Test
  void familyPages_neverGiveTheSameLineTwice() {
    int checked = 0;
    for (Case k : CORPUS) {
      for (FamilyView.Page page : List.of(k.young(), k.parent())) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : generatedLines(page.text())) {
          // short headings and labels ("Why:") are not sentences of the explanation
          if (line.split("\\s+").length >= 4) {
            assertThat(seen.add(line)).as("%s: the same line twice on the family page: %s", k.name(), line).isTrue();
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(1_000);
  }

  @Test
  void familySummary_fitsTheWordBudget() throws IOException {
    int most = 0;
    String longest = "";
    List<Integer> all = new ArrayList<>();
    for (Case k : CORPUS) {
      int words = k.young().summary().split("\\s+").length;
      all.add(words);
      assertThat(k.young().summary().lines().count()).as(k.name()).isLessThanOrEqualTo(FamilyView.SUMMARY_LINE_BUDGET);
      if (words > most) {
        most = words;
        longest = k.name();
      }
    }
    java.util.Collections.sort(all);
    Files.writeString(Path.of("target", "family-summary-words.txt"), String.format(
        "family summary words over %d scenarios: median %d, 90th percentile %d, most %d (%s); budget %d%n", all.size(),
        all.get(all.size() / 2), all.get(all.size() * 9 / 10), most, longest, FamilyView.SUMMARY_WORD_BUDGET));
    assertThat(most).as("longest family summary: %s", longest).isLessThanOrEqualTo(FamilyView.SUMMARY_WORD_BUDGET);
  }

  private static final Pattern RULE_ID = Pattern.compile("\\b(needs|review|choice|risk|risk-support|history|info|context|"
      + "safeguard|safety-net|warning)\\.[a-z-]+");

  @Test
  void familyPages_neverShowRuleIdsRatingsOrRiskLevels() {
    for (Case k : CORPUS) {
      String page = k.young().text() + k.parent().text();
      assertThat(RULE_ID.matcher(page).find()).as(k.name()).isFalse();
      for (String word : List.of("Severe", "Moderate", "Mild", "rating", "risk level", "risk to your safety was",
          "last review showed", "Not known", "(not ", "SET ASIDE")) {
        assertThat(page).as(k.name()).doesNotContain(word);
      }
    }
  }

  /** Sentences that state facts, and the fact that must hold wherever they are shown. */
  static final Map<String, Predicate<ThriveCase>> CLAIMS = new LinkedHashMap<>();

  static {
    CLAIMS.put("urgent help in the last year", c -> c.risk().crises().recent());
    CLAIMS.put("You reached your goals", c -> c.history().latestReview() == Progress.GOALS_MET);
    CLAIMS.put("You reached the goals you set", c -> c.history().latestReview() == Progress.GOALS_MET);
    CLAIMS.put("the help you had before", c -> !c.history().episodes().isEmpty());
    CLAIMS.put("The help so far did not work", c -> !c.history().episodes().isEmpty());
    CLAIMS.put("Your last help stopped before it was finished", c -> !c.history().episodes().isEmpty()
        && c.history().episodes().get(c.history().episodes().size() - 1).outcome() == Outcome.DISENGAGED);
    CLAIMS.put("You have good things going for you", c -> !c.strengths().isEmpty());
    CLAIMS.put("We are worried about safety", c -> !RiskSignals.significantKinds(c).isEmpty());
    CLAIMS.put("What you chose fits", c -> c.choices().ofYoungPerson().isPresent());
    CLAIMS.put("What your mum, dad or carer chose fits", c -> c.choices().choices().stream()
        .anyMatch(x -> x.chooser() == Chooser.PARENT_OR_CARER));
    CLAIMS.put("You chose something different", c -> c.choices().ofYoungPerson().isPresent());
    CLAIMS.put("You told us", c -> c.choices().ofYoungPerson().isPresent());
    CLAIMS.put("Several things are very hard", c -> c.needs().ratings().values().stream()
        .filter(r -> r == Rating.SEVERE).count() >= 2);
    CLAIMS.put("Things are going well for you", c -> false);
    CLAIMS.put("This is the first time", c -> c.history().isFirstContact());
    CLAIMS.put("you, or someone else, could get hurt", c -> false);
    CLAIMS.put("keep you and others safe", c -> RiskSignals.significantKinds(c).contains(RiskKind.TO_OTHERS));
  }

  @Test
  void familyPages_everyFactualSentence_isTrueForTheCase() {
    int checked = 0;
    for (Case k : CORPUS) {
      String page = k.young().text();
      for (Map.Entry<String, Predicate<ThriveCase>> claim : CLAIMS.entrySet()) {
        if (page.contains(claim.getKey())) {
          assertThat(claim.getValue().test(k.c())).as("%s says \"%s\"", k.name(), claim.getKey()).isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(300);
  }

  @Test
  void familyPages_reasonsSetAside_areNotShownAsIfTheyApplied() {
    for (Case k : CORPUS) {
      for (Reason r : k.a().reasons()) {
        boolean sharedWithASupportingReason = k.a().reasons().stream()
            .anyMatch(o -> o != r && o.standing() == Reason.Standing.SUPPORTS && o.role() != Reason.Role.DERIVES
                && o.family().equals(r.family()));
        boolean alsoASafeguard = k.a().safeguards().stream().anyMatch(s -> s.family().equals(r.family()));
        if (r.standing() == Reason.Standing.SET_ASIDE && !sharedWithASupportingReason && !alsoASafeguard) {
          assertThat(k.young().summary()).as("%s shows set-aside %s", k.name(), r.ruleId()).doesNotContain(r.family());
          assertThat(k.practitioner()).as(k.name()).contains("[" + r.ruleId() + "] -> " + r.proposal().orElseThrow().label());
          assertThat(k.practitioner()).as(k.name()).contains("SET ASIDE: outweighed by");
        }
      }
    }
  }

  @Test
  void changes_familiesSeeOnlyTheirOwnLevers_practitionersNeverRiskHistoryOrUnrelatedItems() {
    int familyOptions = 0;
    for (Case k : CORPUS) {
      ChangesToDiscuss ch = k.a().changes().orElseThrow();
      for (ChangesToDiscuss.Option o : ch.options()) {
        for (CaseChange c : o.changes()) {
          assertThat(c.field()).as(k.name()).doesNotStartWith("risk.").isNotEqualTo("history.latestReview");
          if (c.field().startsWith("needs.")) {
            assertThat(c.from()).as("%s varies an unrelated or unknown item %s", k.name(), c.field())
                .isNotIn("None", "Not known");
          }
        }
        boolean own = o.changes().stream().allMatch(c -> c.field().equals("choices.preference")
            || c.field().equals("history.engagement"));
        boolean atRisk = !RiskSignals.significantKinds(k.c()).isEmpty() || !RiskSignals.clinicalRisk(k.c()).isEmpty();
        boolean towardsLess = o.changes().stream().anyMatch(c -> List.of("ADVICE_OR_SELF_MANAGEMENT", "DECLINES_HELP",
            "NOT_ENGAGED", "AMBIVALENT").contains(c.toCode()));
        assertThat(o.forFamily()).as(k.name())
            .isEqualTo(own && o.leadsTo() != Grouping.GETTING_RISK_SUPPORT && !(atRisk && towardsLess));
        own = o.forFamily();
        if (own && k.a().suggestion().isPresent()) {
          familyOptions++;
          assertThat(k.young().details()).contains(o.wording().family());
        } else if (own) {
          // with no suggestion yet the family is asked for what is missing, not shown changes
          assertThat(k.young().text()).doesNotContain(o.wording().family());
        } else {
          assertThat(k.young().text()).doesNotContain(o.wording().practitioner());
        }
        // minimal: neither change of a pair alone leads to the same grouping
        if (o.changes().size() == 2) {
          for (CaseChange c : o.changes()) {
            assertThat(ch.options()).as(k.name()).noneMatch(x -> x.changes().equals(List.of(c)) && x.leadsTo() == o.leadsTo());
          }
        }
      }
      // the notice is given once per list, not on every line
      assertThat(k.practitioner().split(Pattern.quote(ChangesToDiscuss.NOTICE), -1)).as(k.name()).hasSize(2);
      assertThat(k.practitioner()).doesNotContain("A change to discuss, not advice to change a record");
    }
    assertThat(familyOptions).isGreaterThan(100);
  }

  @Test
  void treatmentAndRiskSupport_shownSideBySide_wheneverEitherIsInPlay() {
    for (Case k : CORPUS) {
      boolean inPlay = k.a().suggestion().filter(g -> g == Grouping.GETTING_MORE_HELP || g == Grouping.GETTING_RISK_SUPPORT)
          .isPresent() || k.a().needsOnly().filter(g -> g == Grouping.GETTING_MORE_HELP || g == Grouping.GETTING_RISK_SUPPORT)
          .isPresent() || k.a().options().stream().anyMatch(o -> o.grouping() == Grouping.GETTING_MORE_HELP
          || o.grouping() == Grouping.GETTING_RISK_SUPPORT);
      assertThat(k.practitioner().contains("side by side:")).as(k.name()).isEqualTo(inPlay);
      assertThat(k.young().text().contains("How Getting More Help and Getting Risk Support differ")).as(k.name())
          .isEqualTo(inPlay);
    }
  }

  @Test
  void harmFromOthers_familyPagesAreNeutral_untilMarkedSafeToShare() {
    int cases = 0;
    for (Case k : CORPUS) {
      if (!RiskSignals.significantKinds(k.c()).contains(RiskKind.FROM_OTHERS)) {
        continue;
      }
      cases++;
      String disclosure = "We are worried that someone may hurt you";
      assertThat(k.young().text()).as(k.name()).doesNotContain(disclosure).doesNotContain("abuse").doesNotContain("neglect");
      assertThat(k.parent().text()).as(k.name()).doesNotContain(disclosure);
      assertThat(k.young().text()).as(k.name()).contains("Your worker will talk with you about the support around you.");
      String shared = FamilyView.render(k.a(), new FamilyView.Options(FamilyView.Audience.YOUNG_PERSON, true)).text();
      assertThat(shared).as(k.name()).contains(disclosure);
      // a practitioner always sees the safeguard, whatever the family page says
      assertThat(k.practitioner()).as(k.name()).contains("Safeguarding [");
    }
    assertThat(cases).isGreaterThan(10);
  }

  @Test
  void parentPage_saysWhoItIsWrittenTo() {
    for (Case k : CORPUS) {
      assertThat(k.parent().summary()).contains("This page is for you, as a parent or carer.");
      // the choice is told to the parent as theirs and their child's, never as if they were the child
      String choiceLine = k.parent().summary().lines().filter(l -> l.startsWith("Your choice:")).findFirst().orElse("");
      assertThat(choiceLine).as(k.name()).doesNotContain("your mum, dad or carer").doesNotContain("At your age");
      assertThat(k.young().summary()).doesNotContain("as a parent or carer");
    }
  }
}
