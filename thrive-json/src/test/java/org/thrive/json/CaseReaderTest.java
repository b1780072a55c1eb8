package org.thrive.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.thrive.json.CaseFileException;
import org.thrive.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Rating;

class CaseReaderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final CaseReader reader = new CaseReader();

  private static ObjectNode p12() throws Exception {
    return (ObjectNode) MAPPER.readTree(SampleCases.file("P12").toFile());
  }

  private CaseFileException error(String json) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(t).isInstanceOf(CaseFileException.class);
    return (CaseFileException) t;
  }

  private CaseFileException error(ObjectNode json) {
    return error(json.toString());
  }

  @Test
  void read_validFile_buildsTheCase() throws Exception {
    ThriveCase c = reader.read(SampleCases.file("P12"));
    assertThat(c.caseId()).isEqualTo("P12");
    assertThat(c.needs().rating(CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS)).isEqualTo(Rating.MODERATE);
    assertThat(c.needs().rating(CurrentViewItem.PANICS)).isEqualTo(Rating.NONE);
  }

  @Test
  void read_episodesNotKnown_isNotAFirstContact_andRoundTrips() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.get("history")).put("episodes", "not known");
    ThriveCase c = reader.toCase(json);
    assertThat(c.history().episodesKnown()).isFalse();
    assertThat(c.history().isFirstContact()).isFalse();
    assertThat(reader.toCase(new CaseWriter().toTree(c))).isEqualTo(c);
    assertThat(new CaseWriter().toTree(c).at("/history/episodes").asText()).isEqualTo("not known");

    ((ObjectNode) json.get("history")).put("episodes", "unknown-private-words");
    assertThat(error(json).getMessage()).isEqualTo("$.history.episodes: must be a JSON array of episodes (empty for a"
        + " first contact), or \"not known\"").doesNotContain("private");
    ((ObjectNode) json.get("history")).put("episodes", "not known").put("latestReview", "no progress");
    assertThat(error(json).getMessage()).isEqualTo("$.history.latestReview: must be left out when the episodes are"
        + " not known (give the episodes, or [] for a first contact)");
  }

  @Test
  void read_immediateDangerLeftOutOrNotKnown_isNotKnown_neverNoDanger() throws Exception {
    // given a case whose risk says nothing of immediate danger, or says "not known"
    ObjectNode json = p12();
    ((ObjectNode) json.get("risk")).remove("immediateDanger");
    ThriveCase leftOut = reader.toCase(json);
    ((ObjectNode) json.get("risk")).put("immediateDanger", "Not Known");
    ThriveCase notKnown = reader.toCase(json);

    // then unknown is not none: danger is not known, and it writes back as "not known"
    for (ThriveCase c : java.util.List.of(leftOut, notKnown)) {
      assertThat(c.risk().immediateDangerKnown()).isFalse();
      assertThat(c.risk().immediateDanger()).isFalse();
      assertThat(new CaseWriter().toTree(c).at("/risk/immediateDanger").asText()).isEqualTo("not known");
      assertThat(reader.toCase(new CaseWriter().toTree(c))).isEqualTo(c);
    }
    // and only an explicit false is no danger; true and false round-trip
    for (boolean danger : new boolean[] {false, true}) {
      ((ObjectNode) json.get("risk")).put("immediateDanger", danger);
      ThriveCase c = reader.toCase(json);
      assertThat(c.risk().immediateDangerKnown()).isTrue();
      assertThat(c.risk().immediateDanger()).isEqualTo(danger);
      assertThat(new CaseWriter().toTree(c).at("/risk/immediateDanger").asBoolean()).isEqualTo(danger);
    }
    ((ObjectNode) json.get("risk")).put("immediateDanger", "private-words");
    assertThat(error(json).getMessage()).isEqualTo("$.risk.immediateDanger: must be true, false or \"not known\"")
        .doesNotContain("private");
  }

  @Test
  void read_episodesLeftOut_isNotKnown_neverAFirstContact() throws Exception {
    // given a history that says nothing of the help the young person has had
    ObjectNode json = p12();
    ((ObjectNode) json.get("history")).remove("episodes");

    // then unknown is not none: it is not a first contact, and it writes back as "not known"
    ThriveCase c = reader.toCase(json);
    assertThat(c.history().episodesKnown()).isFalse();
    assertThat(c.history().isFirstContact()).isFalse();
    assertThat(new CaseWriter().toTree(c).at("/history/episodes").asText()).isEqualTo("not known");

    // and only an explicit empty list is a first contact
    ((ObjectNode) json.get("history")).putArray("episodes");
    assertThat(reader.toCase(json).history().isFirstContact()).isTrue();
  }

  @Test
  void read_noUnlistedDefault_leavesUnlistedItemsNotKnown() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.get("needs")).remove("unlisted");
    ThriveCase c = reader.toCase(json);
    assertThat(c.needs().rating(CurrentViewItem.PANICS)).isEqualTo(Rating.NOT_KNOWN);
  }

  @Test
  void read_unknownRating_namesThePathAndTheScaleWithoutEchoingTheValue() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.at("/needs/problems")).put("2", "Sevre-private-words");
    CaseFileException e = error(json);
    assertThat(e.getMessage()).isEqualTo(
        "$.needs.problems.2: unknown rating; expected one of None, Mild, Moderate, Severe, Not known, or a score 0 to 3");
    assertThat(e.getMessage()).doesNotContain("private");
  }

  @Test
  void read_missingRequiredField_namesIt() throws Exception {
    ObjectNode json = p12();
    json.remove("risk");
    assertThat(error(json).getMessage()).isEqualTo("$.risk: is required");
  }

  @Test
  void read_unknownField_namesItAndTheAllowedOnes() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.get("risk")).put("toSelff", "none");
    assertThat(error(json).getMessage()).isEqualTo("$.risk: has an unknown field (its name is not repeated here);"
        + " expected only crises, fromOthers, harmFromOthers, immediateDanger, toOthers, toSelf");
    assertThat(error(json).getMessage()).doesNotContain("toSelff");
  }

  @Test
  void read_unknownProblemNumber_namesTheRange() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.at("/needs/problems")).put("31", "Mild");
    assertThat(error(json).getMessage()).isEqualTo("$.needs.problems.31: unknown problem item (keys are the item number"
        + " written as 1 to 30, with no sign, space or leading zero, or the item's SNOMED CT code)");
  }

  @Test
  void read_freeTextItemKey_isNotEchoed() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.at("/needs/problems")).put("worried about jane", "Mild");
    CaseFileException e = error(json);
    assertThat(e.getMessage()).isEqualTo("$.needs.problems: unknown problem item (keys are the item number written as 1"
        + " to 30, with no sign, space or leading zero, or the item's SNOMED CT code)");
    assertThat(e.getMessage()).doesNotContain("jane");
  }

  @Test
  void read_negativeAge_namesTheField() throws Exception {
    ObjectNode json = p12();
    json.put("age", -1);
    assertThat(error(json).getMessage()).isEqualTo("$.age: must not be negative");
  }

  @Test
  void read_episodeEndingBeforeItStarts_namesTheEpisode() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.get("history")).set("episodes", MAPPER.readTree(
        "[{\"kind\":\"advice\",\"start\":\"2025-05-01\",\"end\":\"2025-04-01\",\"outcome\":\"goals met\"}]"));
    assertThat(error(json).getMessage()).isEqualTo("$.history.episodes[0].end: must not be before the start");
  }

  @Test
  void read_unknownEnumValue_listsTheValues() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.get("history")).put("engagement", "sometimes");
    assertThat(error(json).getMessage()).isEqualTo(
        "$.history.engagement: unknown value; expected one of \"engaged\", \"ambivalent\", \"not engaged\", \"not known\"");
  }

  @Test
  void read_badDate_saysTheFormat() throws Exception {
    ObjectNode json = p12();
    json.put("assessmentDate", "02/03/2026");
    assertThat(error(json).getMessage()).isEqualTo("$.assessmentDate: must be a date written YYYY-MM-DD");
  }

  @Test
  void read_wrongType_saysWhatIsExpected() throws Exception {
    ObjectNode json = p12();
    json.put("age", "sixteen");
    assertThat(error(json).getMessage()).isEqualTo("$.age: must be a whole number");
  }

  @Test
  void read_malformedJson_givesLineAndColumnWithoutContent() {
    CaseFileException e = error("{\n  \"caseId\": \"secret-id\",\n  \"age\": 16,,\n}");
    assertThat(e.getMessage()).isEqualTo("line 3, column 13: malformed JSON");
    assertThat(e.getMessage()).doesNotContain("secret");
  }

  @Test
  void read_truncatedJson_saysItEndsTooEarly() {
    assertThat(error("{\"caseId\": \"x\"").getMessage()).endsWith(": the JSON ends too early");
  }

  @Test
  void read_emptyFile_saysSo() {
    assertThat(error("").getMessage()).isEqualTo("$: the file is empty; expected a JSON object");
  }

  @Test
  void read_duplicateField_saysSo() {
    assertThat(error("{\"age\": 1, \"age\": 2}").getMessage()).endsWith(": a field is given twice");
  }

  @Test
  void read_blankGoal_namesTheGoal() throws Exception {
    ObjectNode json = p12();
    json.set("goals", MAPPER.readTree("[{\"goal\":\"  \"}]"));
    assertThat(error(json).getMessage()).isEqualTo("$.goals[0].goal: must not be blank");
  }

  @Test
  void read_everySampleCase_isValid() throws Exception {
    for (java.nio.file.Path p : SampleCases.all()) {
      assertThat(reader.read(p).caseId()).as(p.toString()).isNotBlank();
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"02", "+2", " 2", "2 ", "\u0662", "2.0", "0"})
  @org.junit.jupiter.api.Tag("hazard-control")
  void read_itemKeyAlias_isRejectedNotReadAsItemTwo(String alias) throws Exception {
    // given item 2 rated Severe and an alias of it rated None: the last key must never win
    ObjectNode json = p12();
    ((ObjectNode) json.at("/needs/problems")).put("2", "Severe").put(alias, "None");

    // when / then
    assertThat(error(json).getMessage()).isEqualTo("$.needs.problems: unknown problem item (keys are the item number"
        + " written as 1 to 30, with no sign, space or leading zero, or the item's SNOMED CT code)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "/risk, immediateDanger, $.risk.immediateDanger",
      "/risk, crises, $.risk.crises",
      "/risk, harmFromOthers, $.risk.harmFromOthers",
      "/history, latestReview, $.history.latestReview",
      "/needs, unlisted, $.needs.unlisted"})
  @org.junit.jupiter.api.Tag("hazard-control")
  void read_nullField_isAnErrorNeverNone(String parent, String field, String path) throws Exception {
    // given an optional field given as null
    ObjectNode json = p12();
    ((ObjectNode) json.at(parent)).putNull(field);

    // when / then null is never read as false, none or a default
    assertThat(error(json).getMessage()).isEqualTo(path + ": must not be null; leave the field out, or give a value"
        + " (\"not known\" where the field has it)");
  }

  @Test
  @org.junit.jupiter.api.Tag("hazard-control")
  void read_crisesWithAPeriodButNoCount_isAnErrorNeverNone() throws Exception {
    // given a crisis record with a period and no count
    ObjectNode json = p12();
    ((ObjectNode) json.at("/risk")).putObject("crises").put("periodDays", 30);

    // when / then it is refused, naming the field: crises counted but not how many is not "none"
    assertThat(error(json).getMessage()).isEqualTo("$.risk.crises: gives no count: give emergencyAttendances or"
        + " otherCrisisContacts (0 where there were none), or leave crises out when none were counted");
  }

  @Test
  @org.junit.jupiter.api.Tag("hazard-control")
  void read_crisesNotKnown_isNotKnownNeverNone_andWritesBack() throws Exception {
    // given crises recorded as not known
    ObjectNode json = p12();
    ((ObjectNode) json.at("/risk")).put("crises", "not known");

    // when
    ThriveCase c = reader.read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));

    // then whether there were crises is not known (unknown risk), and it survives a write and read
    assertThat(c.risk().crises().countKnown()).isFalse();
    assertThat(c.risk().crises().any()).isFalse();
    assertThat(org.thrive.model.risk.RiskSignals.unknownRisk(c)).contains("risk.crises");
    assertThat(reader.read(new ByteArrayInputStream(new CaseWriter().write(c).getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(c);
  }

  @Test
  void read_sameItemTwiceInTheBuilder_isAnError() {
    // given / when / then the model refuses a second rating of one item
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.thrive.model.needs.Needs.builder()
            .problem(2, org.thrive.model.needs.Rating.SEVERE).problem(2, org.thrive.model.needs.Rating.NONE))
        .isInstanceOf(org.thrive.model.InvalidCaseException.class)
        .hasMessage("Needs.problem.2: is rated twice; give each item once");
  }

  private ThriveCase readWithProblems(String problems, String unlisted) throws Exception {
    ObjectNode json = p12();
    ObjectNode needs = (ObjectNode) json.get("needs");
    needs.set("problems", MAPPER.readTree(problems));
    needs.set("unlisted", MAPPER.readTree(unlisted));
    return reader.toCase(json);
  }

  @Test
  void read_mhsdsScores_areRatings() throws Exception {
    ThriveCase c = readWithProblems("{\"2\": 2, \"9\": 3, \"10\": 1}", "0");
    assertThat(c.needs().rating(CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS)).isEqualTo(Rating.MODERATE);
    assertThat(c.needs().rating(CurrentViewItem.find(org.thrive.model.needs.Part.PROBLEM, 9).orElseThrow()))
        .isEqualTo(Rating.SEVERE);
    assertThat(c.needs().rating(CurrentViewItem.PANICS)).as("unlisted 0").isEqualTo(Rating.NONE);
  }

  @Test
  void read_scoresOutsideZeroToThree_areNotKnownNeverNone() throws Exception {
    ThriveCase c = readWithProblems("{\"2\": 888, \"9\": 999, \"10\": -1, \"11\": 4}", "\"None\"");
    for (int n : new int[] {2, 9, 10, 11}) {
      assertThat(c.needs().rating(CurrentViewItem.find(org.thrive.model.needs.Part.PROBLEM, n).orElseThrow()))
          .as("problem %d", n).isEqualTo(Rating.NOT_KNOWN);
    }
  }

  @Test
  void read_aScoreThatIsNotAWholeNumber_isAnError() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.get("needs")).set("problems", MAPPER.readTree("{\"2\": 2.5}"));
    assertThat(error(json)).hasMessage("$.needs.problems.2: a score must be a whole number: 0 to 3 (any other whole"
        + " number is read as Not known)");
  }

  @Test
  void read_itemsBySnomedCtCode_areTheSameItems() throws Exception {
    ThriveCase byCode = readWithProblems("{\"987261000000100\": \"Moderate\"}", "\"None\"");
    ThriveCase byNumber = readWithProblems("{\"2\": \"Moderate\"}", "\"None\"");
    assertThat(byCode).isEqualTo(byNumber);
    assertThat(CurrentViewItem.fromSnomedCt("987261000000100")).contains(CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS);
  }

  @Test
  void read_theSameItemByNumberAndByCode_isAnError() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.get("needs")).set("problems", MAPPER.readTree("{\"2\": 1, \"987261000000100\": 2}"));
    assertThat(error(json)).hasMessage("$.needs.problems: rates item 2 twice; give each item once");
  }

  @Test
  void read_aProblemCodeUnderContext_namesWhereItBelongs() throws Exception {
    ObjectNode json = p12();
    ((ObjectNode) json.get("needs")).set("context", MAPPER.readTree("{\"987261000000100\": \"Mild\"}"));
    assertThat(error(json)).hasMessage("$.needs.context.987261000000100: is the SNOMED CT code of problem item 2,"
        + " not of a context item");
  }

  @Test
  void rating_fromScore_coversTheScaleAndNothingElse() {
    assertThat(Rating.fromScore(0)).contains(Rating.NONE);
    assertThat(Rating.fromScore(3)).contains(Rating.SEVERE);
    assertThat(Rating.fromScore(888)).isEmpty();
    assertThat(Rating.fromScore(-1)).isEmpty();
    for (Rating r : Rating.values()) {
      r.score().ifPresent(s -> assertThat(Rating.fromScore(s)).contains(r));
    }
  }
}
