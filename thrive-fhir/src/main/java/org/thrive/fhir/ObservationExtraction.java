package org.thrive.fhir;

import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.thrive.json.CaseFileException;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.ThriveCase;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Presence;
import org.thrive.model.needs.Rating;

/**
 * Observation-based extraction: Current View item scores recorded as FHIR R4 {@code Observation}s
 * (code: the item's SNOMED CT concept; value: the score 0 to 3 as an integer or quantity, or the
 * rating word as a string) become the needs of a case.
 *
 * <p>For each item the latest observation (by effective time) counts. A score outside 0 to 3 is Not
 * known, never None; an item with no observation is Not known. An observation whose code is not a
 * Current View item, or whose value cannot be read, is an error naming its position, its id and
 * its code, never its value. Observations carry only the needs: the rest of the case (age, risk,
 * choices, history) comes from the case they are added to. Thread-safe.
 */
public final class ObservationExtraction {
  private ObservationExtraction() {}

  /** The needs the observations record; every item without one is Not known. */
  public static Needs needs(List<Observation> observations) {
    Map<CurrentViewItem, Observation> latest = new EnumMap<>(CurrentViewItem.class);
    Map<CurrentViewItem, Integer> position = new EnumMap<>(CurrentViewItem.class);
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      CurrentViewItem item = item(o, i);
      Observation before = latest.get(item);
      if (before == null || time(o).compareTo(time(before)) > 0) {
        latest.put(item, o);
        position.put(item, i);
      } else if (time(o).equals(time(before))) {
        throw new CaseFileException(where(o, i), "a second observation of item " + item.code() + " at the same time");
      }
    }
    Needs.Builder b = Needs.builder();
    latest.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).forEach(e -> {
      CurrentViewItem item = e.getKey();
      Rating rating = rating(e.getValue(), position.get(item));
      try {
        if (item.part().isRated()) {
          b.rate(item, rating);
        } else {
          b.complexity(item, rating == Rating.NOT_KNOWN ? Presence.NOT_KNOWN : Presence.YES);
        }
      } catch (InvalidCaseException ex) {
        throw new CaseFileException(where(e.getValue(), position.get(item)), ex.problem());
      }
    });
    return b.build();
  }

  /** The case with its needs taken from the observations. */
  public static ThriveCase toCase(ThriveCase rest, List<Observation> observations) {
    return rest.toBuilder().needs(needs(observations)).build();
  }

  private static CurrentViewItem item(Observation o, int i) {
    for (Coding c : o.getCode().getCoding()) {
      if (CaseQuestionnaire.SNOMED.equals(c.getSystem()) && c.getCode() != null) {
        Optional<CurrentViewItem> item = CurrentViewItem.fromSnomedCt(c.getCode());
        if (item.isPresent()) {
          return item.get();
        }
      }
    }
    throw new CaseFileException(where(o, i), "has no SNOMED CT code of a Current View item (docs/current-view-items.md"
        + " lists them)");
  }

  private static Rating rating(Observation o, int i) {
    if (o.getValue() instanceof IntegerType n) {
      return Rating.fromScore(n.getValue()).orElse(Rating.NOT_KNOWN);
    }
    if (o.getValue() instanceof Quantity q && q.hasValue()) {
      java.math.BigDecimal v = q.getValue();
      if (v.stripTrailingZeros().scale() > 0) {
        throw new CaseFileException(where(o, i), "a score must be a whole number: 0 to 3 (any other whole number is"
            + " read as Not known)");
      }
      return Rating.fromScore(v.intValue()).orElse(Rating.NOT_KNOWN);
    }
    if (o.getValue() instanceof StringType s) {
      return Rating.fromLabel(s.getValue()).orElseThrow(() -> new CaseFileException(where(o, i),
          "unknown rating; expected one of None, Mild, Moderate, Severe, Not known, or a score 0 to 3"));
    }
    if (o.getValue() == null && o.hasDataAbsentReason()) {
      return Rating.NOT_KNOWN;
    }
    throw new CaseFileException(where(o, i), "has no value a rating can be read from (valueInteger, valueQuantity or"
        + " valueString; or a dataAbsentReason, read as Not known)");
  }

  private static Date time(Observation o) {
    if (o.hasEffectiveDateTimeType()) {
      return o.getEffectiveDateTimeType().getValue();
    }
    if (o.hasEffectivePeriod() && o.getEffectivePeriod().hasEnd()) {
      return o.getEffectivePeriod().getEnd();
    }
    return new Date(0);
  }

  private static String where(Observation o, int i) {
    String id = o.getIdElement() == null || o.getIdElement().getIdPart() == null ? ""
        : " (id " + o.getIdElement().getIdPart().replaceAll("[^A-Za-z0-9.-]", "?") + ")";
    String code = o.getCode().getCoding().stream().map(Coding::getCode).filter(c -> c != null && c.matches("[0-9]{6,18}"))
        .findFirst().map(c -> ", code " + c).orElse("");
    return "observation " + i + id + code;
  }
}
