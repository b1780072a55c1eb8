package org.thrive.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.thrive.json.CaseFileException;
import org.thrive.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Rating;

class ObservationExtractionTest {
  private static Observation obs(String code, org.hl7.fhir.r4.model.Type value, long at) {
    Observation o = new Observation();
    o.setId("o-" + code + "-" + at);
    o.setCode(new CodeableConcept(new Coding(CaseQuestionnaire.SNOMED, code, null)));
    o.setEffective(new DateTimeType(new Date(at)));
    if (value == null) {
      o.setDataAbsentReason(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/data-absent-reason",
          "not-asked", null)));
    } else {
      o.setValue(value);
    }
    return o;
  }

  @Test
  void observations_ofEveryCodedItem_giveTheCasesRatings() throws Exception {
    for (String id : List.of("P01", "P07", "P12")) {
      ThriveCase original = new CaseReader().read(java.nio.file.Files.list(Path.of("..", "cases"))
          .filter(p -> p.getFileName().toString().startsWith(id + "-")).findFirst().orElseThrow());
      List<Observation> all = new ArrayList<>();
      original.needs().ratings().forEach((item, rating) -> item.snomedCt().ifPresent(code ->
          all.add(obs(code, rating.score().map(s -> (org.hl7.fhir.r4.model.Type) new IntegerType(s)).orElse(null), 1000))));
      ThriveCase read = ObservationExtraction.toCase(original.toBuilder().needs(Needs.notYetRecorded()).build(), all);
      for (CurrentViewItem item : CurrentViewItem.values()) {
        if (item.snomedCt().isPresent()) {
          assertThat(read.needs().rating(item)).as(id + " " + item.code()).isEqualTo(original.needs().rating(item));
        }
      }
    }
  }

  @Test
  void observations_latestCounts_andScoresOutsideTheScaleAreNotKnown() {
    Needs n = ObservationExtraction.needs(List.of(
        obs("987261000000100", new IntegerType(3), 1000),
        obs("987261000000100", new IntegerType(1), 2000),
        obs("987271000000107", new IntegerType(999), 1000),
        obs("987251000000103", new StringType("Moderate"), 1000),
        obs("987281000000109", new Quantity(2), 1000)));
    assertThat(n.rating(CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS)).isEqualTo(Rating.MILD);
    assertThat(n.rating(CurrentViewItem.ANXIOUS_GENERALLY)).isEqualTo(Rating.NOT_KNOWN);
    assertThat(n.rating(CurrentViewItem.ANXIOUS_AWAY_FROM_CAREGIVERS)).isEqualTo(Rating.MODERATE);
    assertThat(n.rating(CurrentViewItem.COMPELLED_TO_DO_OR_THINK_THINGS)).isEqualTo(Rating.MODERATE);
    assertThat(n.rating(CurrentViewItem.PANICS)).as("no observation").isEqualTo(Rating.NOT_KNOWN);
  }

  @Test
  void observations_thatCannotBeRead_nameTheObservationAndCodeButNotTheValue() {
    assertThatThrownBy(() -> ObservationExtraction.needs(List.of(obs("987261000000100", new Quantity(2.5), 1))))
        .isInstanceOf(CaseFileException.class)
        .hasMessage("observation 0, code 987261000000100: a score must be a whole number:"
            + " 0 to 3 (any other whole number is read as Not known)");
    assertThatThrownBy(() -> ObservationExtraction.needs(List.of(obs("123456789", new IntegerType(2), 1))))
        .isInstanceOf(CaseFileException.class)
        .hasMessage("observation 0, code 123456789: has no SNOMED CT code of a Current View item"
            + " (docs/current-view-items.md lists them)");
    assertThatThrownBy(() -> ObservationExtraction.needs(List.of(obs("987261000000100", new StringType("awful"), 1))))
        .isInstanceOf(CaseFileException.class).hasMessageNotContaining("awful");
  }

  @Test
  void observations_aRetractedOrPreliminaryLaterScore_doesNotReplaceAFinalOne() {
    Observation severe = obs("987261000000100", new IntegerType(3), 1000).setStatus(Observation.ObservationStatus.FINAL);
    Observation error = obs("987261000000100", new IntegerType(0), 2000)
        .setStatus(Observation.ObservationStatus.ENTEREDINERROR);
    Observation preliminary = obs("987261000000100", new IntegerType(0), 3000)
        .setStatus(Observation.ObservationStatus.PRELIMINARY);
    assertThat(ObservationExtraction.needs(List.of(severe, error, preliminary))
        .rating(CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS)).isEqualTo(Rating.SEVERE);
  }

  @Test
  void observations_thatCannotBeOrderedOrAttributed_areErrors() {
    Observation a = obs("987261000000100", new IntegerType(3), 1000);
    a.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/A"));
    Observation b = obs("987261000000100", new IntegerType(0), 2000);
    b.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/B"));
    assertThatThrownBy(() -> ObservationExtraction.needs(List.of(a, b))).isInstanceOf(CaseFileException.class)
        .hasMessageStartingWith("observation 1, code 987261000000100: is about another subject");
    Observation undated = obs("987261000000100", new IntegerType(3), 1000);
    undated.setEffective(null);
    assertThatThrownBy(() -> ObservationExtraction.needs(List.of(obs("987261000000100", new IntegerType(0), 5), undated)))
        .isInstanceOf(CaseFileException.class).hasMessage("observation 1, code 987261000000100: has no effective time");
    Observation both = obs("987261000000100", new IntegerType(3), 1000);
    both.getCode().addCoding(new Coding(CaseQuestionnaire.SNOMED, "987271000000107", null));
    assertThatThrownBy(() -> ObservationExtraction.needs(List.of(both))).isInstanceOf(CaseFileException.class)
        .hasMessageEndingWith("is coded as two Current View items");
    Observation valueAndAbsent = obs("987261000000100", new IntegerType(3), 1000);
    valueAndAbsent.setDataAbsentReason(new CodeableConcept(new Coding("x", "not-asked", null)));
    assertThatThrownBy(() -> ObservationExtraction.needs(List.of(valueAndAbsent))).isInstanceOf(CaseFileException.class)
        .hasMessageEndingWith("has both a value and a dataAbsentReason");
    assertThat(ObservationExtraction.needs(List.of(obs("987261000000100", new Quantity(4294967296L), 1)))
        .rating(CurrentViewItem.ANXIOUS_IN_SOCIAL_SITUATIONS)).as("no overflow into None").isEqualTo(Rating.NOT_KNOWN);
  }
}
