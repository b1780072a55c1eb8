package org.thrive.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.json.CaseWriter;

/** Reading caseloads: every line or file becomes an entry, a case or an error naming where, never a value. */
class CaseloadTest {
  private static final String GOOD = new CaseWriter().toTree(SyntheticCaseload.seeded(1).get(0)).toString();

  @Test
  void ndjson_everyLineIsAnEntry_numberedByLine_andBadLinesAreErrorsNotGaps(@TempDir Path dir) throws Exception {
    String secret = "private-words-of-the-family";
    Path f = Files.writeString(dir.resolve("c.ndjson"), GOOD + "\n\n"
        + "{\"caseId\": \"" + secret + "\", \"age\": \"" + secret + "\"}\n"
        + "{not json " + secret + "\n"
        + GOOD.replace("\"age\":", "\"agee\":") + "\r\n"
        + GOOD, StandardCharsets.UTF_8);
    List<Caseload.Entry> entries;
    try (Stream<Caseload.Entry> s = Caseload.ndjson(f)) {
      entries = s.toList();
    }
    assertThat(entries).extracting(Caseload.Entry::number).containsExactly(1L, 3L, 4L, 5L, 6L);
    assertThat(entries.get(0).thriveCase()).isPresent();
    assertThat(entries.get(4).thriveCase()).isPresent();
    assertThat(entries.get(1).error()).hasValueSatisfying(e -> assertThat(e).startsWith("$.").doesNotContain(secret));
    assertThat(entries.get(2).error()).hasValueSatisfying(e -> assertThat(e).contains("malformed JSON").doesNotContain(secret));
    assertThat(entries.get(3).error()).hasValueSatisfying(e -> assertThat(e).contains("unknown field"));
    assertThat(entries).allMatch(e -> e.where().equals("line " + e.number()));
  }

  @Test
  void ndjson_aLineLongerThanTheLimit_isAnErrorAndTheNextLineIsRead() {
    byte[] big = ("{\"caseId\": \"" + "x".repeat(Caseload.MAX_LINE_BYTES) + "\"}\n" + GOOD + "\n")
        .getBytes(StandardCharsets.UTF_8);
    List<Caseload.Entry> entries = Caseload.ndjson(new java.io.ByteArrayInputStream(big)).toList();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("longer than the limit"));
    assertThat(entries.get(1).thriveCase()).isPresent();
  }

  @Test
  void directory_everyJsonFileInNameOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.json"), GOOD);
    Files.writeString(dir.resolve("a.json"), "{}");
    Files.writeString(dir.resolve("notes.txt"), "ignored");
    List<Caseload.Entry> entries = Caseload.directory(dir).toList();
    assertThat(entries).extracting(Caseload.Entry::where).containsExactly("a.json", "b.json");
    assertThat(entries.get(0).error()).isPresent();
    assertThat(entries.get(1).thriveCase()).isPresent();
  }

  @Test
  void extract_eachPersonIsAnEntry_includingThoseThatCannotBeRead(@TempDir Path dir) throws Exception {
    Path s = Files.writeString(dir.resolve("s.csv"), "person_id,assessment_date,item_code,score\n"
        + "p1,2026-03-02,987331000000104,2\np2,2026-03-02,123,2\n");
    Path k = Files.writeString(dir.resolve("k.csv"), "person_id,age\np1,14\np2,15\n");
    List<Caseload.Entry> entries = Caseload.extract(s, k).toList();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).thriveCase()).isPresent();
    assertThat(entries.get(1).error()).hasValueSatisfying(e -> assertThat(e).contains("s.csv row 3"));
  }

  @Test
  void synthetic_isTheGeneratorsCasesInOrder() {
    List<Caseload.Entry> entries = Caseload.synthetic(5, 3).toList();
    assertThat(entries).extracting(e -> e.thriveCase().orElseThrow())
        .containsExactly(SyntheticCaseload.seeded(3).get(0), SyntheticCaseload.seeded(3).get(1),
            SyntheticCaseload.seeded(3).get(2), SyntheticCaseload.seeded(3).get(3), SyntheticCaseload.seeded(3).get(4));
  }
}
