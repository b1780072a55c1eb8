package org.thrive.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.ThriveCase;
import org.thrive.model.history.Engagement;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Rating;
import org.thrive.model.risk.RiskLevel;

/** The MHSDS-shaped extract reader, on an extract generated from the repository's cases. */
class MhsdsExtractReaderTest {
  private final MhsdsExtractReader reader = new MhsdsExtractReader();

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Test
  void generatedExtract_everyCodedItemRiskAndEngagement_readBackAsTheCaseHadThem(@TempDir Path dir) throws Exception {
    CaseReader cases = new CaseReader();
    List<ThriveCase> originals = new ArrayList<>();
    for (Path p : SampleCases.all()) {
      originals.add(cases.read(p));
    }
    StringBuilder scores = new StringBuilder("person_id,assessment_date,item_code,score\n");
    StringBuilder companion = new StringBuilder("person_id,age,risk_to_self,risk_to_others,risk_from_others,engagement,help_history\n");
    for (ThriveCase c : originals) {
      // an older assessment first, which the reader must ignore
      scores.append(c.caseId()).append(',').append(c.assessmentDate().minusMonths(6)).append(",987261000000100,3\n");
      c.needs().ratings().forEach((item, rating) -> item.snomedCt().ifPresent(code -> scores.append(c.caseId())
          .append(',').append(c.assessmentDate()).append(',').append(code).append(',')
          .append(rating.score().map(String::valueOf).orElse("999")).append('\n')));
      companion.append(c.caseId()).append(',').append(c.age()).append(',').append(words(c.risk().toSelf())).append(',')
          .append(words(c.risk().toOthers())).append(',').append(words(c.risk().fromOthers())).append(',')
          .append(words(c.history().engagement())).append(',').append(helpHistory(c)).append('\n');
    }
    Path s = Files.writeString(dir.resolve("scores.csv"), scores);
    Path k = Files.writeString(dir.resolve("companion.csv"), companion);

    List<MhsdsExtractReader.Result> results = reader.read(s, k);

    assertThat(results).hasSize(originals.size()).allMatch(MhsdsExtractReader.Result::ok);
    for (int i = 0; i < originals.size(); i++) {
      ThriveCase original = originals.get(i);
      ThriveCase read = results.get(i).thriveCase().orElseThrow();
      assertThat(results.get(i).personId()).isEqualTo(original.caseId());
      assertThat(read.assessmentDate()).as("the latest assessment").isEqualTo(original.assessmentDate());
      for (CurrentViewItem item : CurrentViewItem.values()) {
        if (item.snomedCt().isPresent()) {
          assertThat(read.needs().rating(item)).as(original.caseId() + " " + item.code()).isEqualTo(original.needs().rating(item));
        } else if (item.part().isRated()) {
          assertThat(read.needs().rating(item)).as("not in the extract").isEqualTo(Rating.NOT_KNOWN);
        }
      }
      assertThat(read.risk().toSelf()).isEqualTo(original.risk().toSelf());
      assertThat(read.risk().fromOthers()).isEqualTo(original.risk().fromOthers());
      assertThat(read.history().engagement()).isEqualTo(original.history().engagement());
      assertThat(read.history().episodes()).as(original.caseId() + " episodes").isEqualTo(original.history().episodes());
      assertThat(read.history().episodesKnown()).isTrue();
      assertThat(read.choices().choices()).isEmpty();
    }
  }

  /** A scores file with one score (item 2, Moderate) for each of persons p1 to pN on one date. */
  private static Path oneScoreEach(Path dir, int persons) throws java.io.IOException {
    StringBuilder rows = new StringBuilder("person_id,assessment_date,item_code,score\n");
    for (int i = 1; i <= persons; i++) {
      rows.append('p').append(i).append(",2026-03-02,987331000000104,2\n");
    }
    return Files.writeString(dir.resolve("s.csv"), rows);
  }

  /** The companion file's help_history for a case: none, or its episodes as kind|start|end|outcome;... */
  private static String helpHistory(ThriveCase c) {
    if (c.history().episodes().isEmpty()) {
      return "none";
    }
    return c.history().episodes().stream().map(e -> words(e.kind()) + "|" + e.start() + "|"
        + e.end().map(Object::toString).orElse("") + "|" + words(e.outcome()))
        .collect(java.util.stream.Collectors.joining(";"));
  }

  @Test
  void extract_helpHistoryLeftOutOrNotKnown_isNotAFirstContact(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\n"
        + "p1,2026-03-02,987331000000104,2\np2,2026-03-02,987331000000104,2\np3,2026-03-02,987331000000104,2\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age,help_history\np1,14,\np2,14,not known\np3,14,none\n");
    List<MhsdsExtractReader.Result> r = reader.read(s, k);
    assertThat(r.get(0).thriveCase().orElseThrow().history().episodesKnown()).as("left empty").isFalse();
    assertThat(r.get(0).thriveCase().orElseThrow().history().isFirstContact()).isFalse();
    assertThat(r.get(1).thriveCase().orElseThrow().history().episodesKnown()).as("not known").isFalse();
    assertThat(r.get(2).thriveCase().orElseThrow().history().isFirstContact()).as("none").isTrue();
  }

  @Test
  void extract_immediateDangerLeftOutOrNotKnown_isNotKnown_neverNoDanger(@TempDir Path dir) throws Exception {
    Path s = oneScoreEach(dir, 5);
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age,immediate_danger\n"
        + "p1,14,\np2,14,not known\np3,14,no\np4,14,yes\np5,14,maybe-private\n");
    List<MhsdsExtractReader.Result> r = reader.read(s, k);
    assertThat(r.get(0).thriveCase().orElseThrow().risk().immediateDangerKnown()).as("left empty").isFalse();
    assertThat(r.get(1).thriveCase().orElseThrow().risk().immediateDangerKnown()).as("not known").isFalse();
    assertThat(r.get(2).thriveCase().orElseThrow().risk().immediateDangerKnown()).as("no").isTrue();
    assertThat(r.get(2).thriveCase().orElseThrow().risk().immediateDanger()).as("no").isFalse();
    assertThat(r.get(3).thriveCase().orElseThrow().risk().immediateDanger()).as("yes").isTrue();
    assertThat(r.get(4).problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("k.csv row 6: immediate_danger must be true, false or not known").doesNotContain("private"));
  }

  @Test
  @org.junit.jupiter.api.Tag("hazard-control")
  void extract_crisesLeftOut_areNotKnown_neverNone_andCrisisColumnsAreRead(@TempDir Path dir) throws Exception {
    Path s = oneScoreEach(dir, 6);
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age,emergency_attendances,other_crisis_contacts,"
        + "crisis_period_days\np1,14,,,\np2,14,3,0,60\np3,14,0,0,90\np4,14,,,30\np5,14,two,0,\np6,14,0,,30\n");
    List<MhsdsExtractReader.Result> r = reader.read(s, k);
    // left empty: whether there were crises is not known, and the advice says so
    org.thrive.model.risk.Crises unknown = r.get(0).thriveCase().orElseThrow().risk().crises();
    assertThat(unknown.countKnown()).isFalse();
    assertThat(org.thrive.model.risk.RiskSignals.unknownRisk(r.get(0).thriveCase().orElseThrow())).contains("risk.crises");
    assertThat(r.get(1).thriveCase().orElseThrow().risk().crises()).isEqualTo(new org.thrive.model.risk.Crises(3, 0, 60));
    assertThat(r.get(2).thriveCase().orElseThrow().risk().crises().countKnown()).as("none counted").isTrue();
    assertThat(r.get(3).problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("k.csv row 5: crisis_period_days needs emergency_attendances or other_crisis_contacts"));
    assertThat(r.get(4).problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("k.csv row 6: emergency_attendances must be a whole number").doesNotContain("two"));
    // one count without the other: the blank one is not known, so the row is refused, never read as 0
    assertThat(r.get(5).problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("k.csv row 7: emergency_attendances and other_crisis_contacts go together"));
  }

  @Test
  void extract_helpHistoryMalformed_namesTheColumnNotTheValue(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\n"
        + "p1,2026-03-02,987331000000104,2\np2,2026-03-02,987331000000104,2\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age,help_history\n"
        + "p1,14,secret therapy\np2,14,evidence-based intervention|2026-13-40||no benefit\n");
    List<MhsdsExtractReader.Result> r = reader.read(s, k);
    assertThat(r.get(0).problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("k.csv row 2: help_history must be").doesNotContain("secret"));
    assertThat(r.get(1).problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("k.csv row 3: help_history (episodes[0].start): must be a date"));
  }

  @Test
  void extract_withNothingButScores_leavesEverythingElseNotKnown(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\n"
        + "p1,2026-03-02,987261000000100,888\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age\np1,14\n");
    ThriveCase c = reader.read(s, k).get(0).thriveCase().orElseThrow();
    assertThat(c.needs().rating(CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS)).as("888").isEqualTo(Rating.NOT_KNOWN);
    assertThat(c.needs().rating(CurrentViewItem.PANICS)).as("not submitted").isEqualTo(Rating.NOT_KNOWN);
    assertThat(c.risk().toSelf()).isEqualTo(RiskLevel.NOT_KNOWN);
    assertThat(c.risk().fromOthers()).isEqualTo(RiskLevel.NOT_KNOWN);
    assertThat(c.history().engagement()).isEqualTo(Engagement.NOT_KNOWN);
    assertThat(c.history().episodesKnown()).as("history of help").isFalse();
    assertThat(c.risk().crises().countKnown()).as("crises").isFalse();
  }

  @Test
  void extract_badRows_areReportedPerPersonAndNoPersonIsDropped(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\n"
        + "p1,2026-03-02,987261000000100,2\n"
        + "p2,2026-03-02,123456789,2\n"
        + "p3,2026-03-02,987261000000100,two\n"
        + "p4,2026-03-02,987261000000100,1\n"
        + "p5,2026-03-02,987261000000100,1\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age,risk_to_self\np1,15,high\np2,15,\np3,15,\n"
        + "p5,15,very high\n");

    List<MhsdsExtractReader.Result> r = reader.read(s, k);

    assertThat(r).extracting(MhsdsExtractReader.Result::personId).containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(r.get(0).ok()).isTrue();
    assertThat(r.get(0).thriveCase().orElseThrow().risk().toSelf()).isEqualTo(RiskLevel.HIGH);
    assertThat(r.get(1).problem()).contains("s.csv row 3: item_code is not the SNOMED CT code of a Current View item"
        + " (docs/current-view-items.md lists them)");
    assertThat(r.get(2).problem()).contains("s.csv row 4: score must be a whole number: 0 to 3 (any other whole number"
        + " is read as Not known)");
    assertThat(r.get(3).problem()).contains("k.csv: no row for the person of s.csv row 5 (age is required)");
    assertThat(r.get(4).problem()).hasValueSatisfying(p -> assertThat(p).startsWith("k.csv row 5: risk_to_self: unknown value;")
        .doesNotContain("very high"));
  }

  @Test
  void companionOnlyPerson_isReportedNotDropped(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\np1,2026-03-02,987261000000100,2\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age,risk_to_self\np1,15,\nb2,14,high\n");
    List<MhsdsExtractReader.Result> r = reader.read(s, k);
    assertThat(r).extracting(MhsdsExtractReader.Result::personId).containsExactly("p1", "b2");
    assertThat(r.get(1).problem()).hasValueSatisfying(p -> assertThat(p)
        .startsWith("k.csv row 3: no Current View scores in s.csv for this person"));
  }

  @Test
  void companion_anUnknownColumnOrAnEmptyPersonId_failsTheWholeRead(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\np1,2026-03-02,987261000000100,2\n");
    Path misspelt = Files.writeString(dir.resolve("k1.csv"), "person_id,age,immediate danger\np1,15,true\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(s, misspelt))
        .isInstanceOf(CaseFileException.class).hasMessageStartingWith("k1.csv: has a column this reader does not know")
        .hasMessageContaining("column 3 of the header").hasMessageNotContaining("immediate danger");
    Path empty = Files.writeString(dir.resolve("k2.csv"), "person_id,age,risk_to_self\np1,15,\n,15,high\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(s, empty))
        .isInstanceOf(CaseFileException.class).hasMessage("k2.csv row 3: person_id is empty");
  }

  @Test
  void extract_spreadsheetExportsWithAByteOrderMarkAndBlankLines_read(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "\uFEFFperson_id,assessment_date,item_code,score\n"
        + "p1,2026-03-02,987261000000100,99999999999\np1,2026-03-02,987271000000107,-5\n\n\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "\uFEFFperson_id,age\np1,15\n\n");
    ThriveCase c = reader.read(s, k).get(0).thriveCase().orElseThrow();
    assertThat(c.needs().rating(CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS)).isEqualTo(Rating.NOT_KNOWN);
    assertThat(c.needs().rating(CurrentViewItem.ANXIOUS_GENERALLY)).isEqualTo(Rating.NOT_KNOWN);
  }

  @Test
  void extract_scoresOutsideTheScaleAndEarlierAssessments_areNotedByRow(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\n"
        + "p1,2026-01-02,987261000000100,3\n"
        + "p1,2026-03-02,987261000000100,4\n"
        + "p1,2026-03-02,987271000000107,999\n"
        + "p1,2026-03-02,987251000000103,1\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age\np1,15\n");
    MhsdsExtractReader.Result r = reader.read(s, k).get(0);
    assertThat(r.notes()).containsExactly(
        "2 scores outside 0 to 3 read as Not known (s.csv rows 3, 4); if the extract scores 1 to 4, it is not MHSDS-shaped",
        "1 row of earlier assessments not used (only the latest assessment date is read): a rating there may matter to"
            + " the people deciding");
  }
}
