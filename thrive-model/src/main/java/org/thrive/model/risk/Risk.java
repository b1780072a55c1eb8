package org.thrive.model.risk;

import static org.thrive.model.InvalidCaseException.requirePresent;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * The risk picture of a case. Risk is recorded separately from needs: THRIVE treats risk alone as
 * no reason for Getting Risk Support, and the library never loses a risk signal.
 *
 * @param toSelf risk to the young person from their own actions
 * @param toOthers risk the young person poses to others
 * @param fromOthers risk of harm from others
 * @param harmFromOthers the kinds of harm from others of concern (safeguarding, exploitation)
 * @param crises recent crisis contacts
 * @param immediateDanger whether the risk needs an immediate crisis response now (false when it is
 *     not known)
 * @param immediateDangerKnown whether immediate danger was asked about and recorded (yes or no); when
 *     it is not known the danger is unknown risk, never read as no danger
 */
public record Risk(
    RiskLevel toSelf,
    RiskLevel toOthers,
    RiskLevel fromOthers,
    ImmutableSortedSet<HarmFromOthers> harmFromOthers,
    Crises crises,
    boolean immediateDanger,
    boolean immediateDangerKnown) {

  public Risk {
    if (immediateDanger && !immediateDangerKnown) {
      throw new IllegalArgumentException("Risk.immediateDanger: recorded as present, so it cannot also be not known");
    }
    requirePresent(toSelf, "Risk.toSelf");
    requirePresent(toOthers, "Risk.toOthers");
    requirePresent(fromOthers, "Risk.fromOthers");
    harmFromOthers = ImmutableSortedSet.copyOf(requirePresent(harmFromOthers, "Risk.harmFromOthers"));
    requirePresent(crises, "Risk.crises");
  }

  /** Risk with immediate danger recorded as present or absent (known). */
  public Risk(RiskLevel toSelf, RiskLevel toOthers, RiskLevel fromOthers, ImmutableSortedSet<HarmFromOthers> harmFromOthers,
      Crises crises, boolean immediateDanger) {
    this(toSelf, toOthers, fromOthers, harmFromOthers, crises, immediateDanger, true);
  }

  /** Risk assessed and none found. */
  public static Risk none() {
    return new Risk(RiskLevel.NONE, RiskLevel.NONE, RiskLevel.NONE, ImmutableSortedSet.of(), Crises.none(), false, true);
  }

  /** Risk not yet assessed: every level and immediate danger are not known. */
  public static Risk notAssessed() {
    return new Risk(RiskLevel.NOT_KNOWN, RiskLevel.NOT_KNOWN, RiskLevel.NOT_KNOWN,
        ImmutableSortedSet.of(), Crises.none(), false, false);
  }

  /** A copy with a different risk to self. */
  public Risk withToSelf(RiskLevel level) {
    return new Risk(level, toOthers, fromOthers, harmFromOthers, crises, immediateDanger, immediateDangerKnown);
  }

  /** A copy with a different risk to others. */
  public Risk withToOthers(RiskLevel level) {
    return new Risk(toSelf, level, fromOthers, harmFromOthers, crises, immediateDanger, immediateDangerKnown);
  }

  /** A copy with a different risk from others and the kinds of harm of concern. */
  public Risk withFromOthers(RiskLevel level, Set<HarmFromOthers> kinds) {
    return new Risk(toSelf, toOthers, level, ImmutableSortedSet.copyOf(kinds), crises, immediateDanger, immediateDangerKnown);
  }

  /** A copy with different recent crises. */
  public Risk withCrises(Crises newCrises) {
    return new Risk(toSelf, toOthers, fromOthers, harmFromOthers, newCrises, immediateDanger, immediateDangerKnown);
  }

  /** A copy with immediate danger recorded as present or absent. */
  public Risk withImmediateDanger(boolean danger) {
    return new Risk(toSelf, toOthers, fromOthers, harmFromOthers, crises, danger, true);
  }

  /** A copy with immediate danger not known (not asked about, or not recorded). */
  public Risk withImmediateDangerNotKnown() {
    return new Risk(toSelf, toOthers, fromOthers, harmFromOthers, crises, false, false);
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Risk";
  }
}
