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
 * <p>Observations {@code entered-in-error} or {@code cancelled} are left out. For each item, a
 * {@code final}, {@code amended} or {@code corrected} observation counts over any other status, and
 * among those the latest (by effective time; every observation must have one) counts. All
 * observations must be about the same subject. A score outside 0 to 3 is Not known, never None; an
 * item with no observation is Not known; an observation with both a value and a
 * {@code dataAbsentReason} is an error. An observation whose code is not a
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
    String subject = null;
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      if (o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
          || o.getStatus() == Observation.ObservationStatus.CANCELLED) {
        continue;
      }
      String about = o.hasSubject() ? o.getSubject().getReference() : "";
      if (subject == null) {
        subject = about;
      } else if (!subject.equals(about)) {
        throw new CaseFileException(where(o, i), "is about another subject than the observations before it: one case"
            + " is read from one person's observations");
      }
      CurrentViewItem item = item(o, i);
      if (o.getValue() != null && o.hasDataAbsentReason()) {
        throw new CaseFileException(where(o, i), "has both a value and a dataAbsentReason");
      }
      Observation before = latest.get(item);
      int rank = Integer.compare(standing(o), before == null ? -1 : standing(before));
      if (before == null || rank > 0 || (rank == 0 && time(o, i).compareTo(time(before, position.get(item))) > 0)) {
        latest.put(item, o);
        position.put(item, i);
      } else if (rank == 0 && time(o, i).equals(time(before, position.get(item)))) {
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

  /** Final, amended and corrected results count over preliminary and unknown ones. */
  private static int standing(Observation o) {
    return switch (o.getStatus() == null ? Observation.ObservationStatus.UNKNOWN : o.getStatus()) {
      case FINAL, AMENDED, CORRECTED -> 1;
      default -> 0;
    };
  }

  private static CurrentViewItem item(Observation o, int i) {
    CurrentViewItem found = null;
    for (Coding c : o.getCode().getCoding()) {
      if (CaseQuestionnaire.SNOMED.equals(c.getSystem()) && c.getCode() != null) {
        Optional<CurrentViewItem> item = CurrentViewItem.fromSnomedCt(c.getCode());
        if (item.isPresent()) {
          if (found != null && found != item.get()) {
            throw new CaseFileException(where(o, i), "is coded as two Current View items");
          }
          found = item.get();
        }
      }
    }
    if (found != null) {
      return found;
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
      if (q.hasComparator()) {
        throw new CaseFileException(where(o, i), "a score with a comparator (<, >) is not a score");
      }
      return Rating.fromScore(v.max(java.math.BigDecimal.valueOf(-1)).min(java.math.BigDecimal.valueOf(999)).intValue())
          .orElse(Rating.NOT_KNOWN);
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

  private static Date time(Observation o, int i) {
    if (o.hasEffectiveDateTimeType()) {
      return o.getEffectiveDateTimeType().getValue();
    }
    if (o.hasEffectivePeriod() && o.getEffectivePeriod().hasEnd()) {
      return o.getEffectivePeriod().getEnd();
    }
    // an undated score cannot be ordered against the others: it might be the latest
    throw new CaseFileException(where(o, i), "has no effective time");
  }

  private static String where(Observation o, int i) {
    String id = ""; // ids can hold names: the position and the code say which observation
    String code = o.getCode().getCoding().stream().map(Coding::getCode).filter(c -> c != null && c.matches("[0-9]{6,18}"))
        .findFirst().map(c -> ", code " + c).orElse("");
    return "observation " + i + id + code;
  }
}
