package org.thrive.model.risk;

import static org.thrive.model.InvalidCaseException.check;

/**
 * Crises in a period before the assessment: emergency department (A&amp;E) attendances and other
 * crisis contacts.
 *
 * <p>Crises counted over at most {@link #RECENT_DAYS} days (a year) are evidence of current risk:
 * some may have been yesterday. Crises counted over a longer period (for example "two attendances
 * in the last three years") are still a risk signal, but when the latest happened is not known:
 * that is unknown risk, surfaced for a risk assessment, and not by itself evidence of current
 * risk. Crises recorded with no period ({@code periodKnown} false) are unknown risk in the same way:
 * when the latest happened is not known, so they are surfaced for a risk assessment and are never by
 * themselves evidence of current risk.
 *
 * @param emergencyAttendances A&amp;E attendances for mental health reasons in the period
 * @param otherCrisisContacts other crisis contacts (crisis line, police place of safety) in the period
 * @param periodDays the length of the period in days (1 to {@value #MAX_PERIOD_DAYS}); {@link
 *     #DEFAULT_PERIOD_DAYS} when the period is not known
 * @param periodKnown whether the period was recorded
 * @param countKnown whether crises were recorded at all: false when the source holds no crisis
 *     history (for example an MHSDS extract without crisis columns), which is unknown risk, never
 *     "no crises" ({@link #notKnown}); the counts are then 0 and mean nothing
 */
public record Crises(int emergencyAttendances, int otherCrisisContacts, int periodDays, boolean periodKnown,
    boolean countKnown) {
  /** The longest period over which crises count as current risk: a year. */
  public static final int RECENT_DAYS = 365;

  /** The period of a record with no crises, and the placeholder when the period is not known. */
  public static final int DEFAULT_PERIOD_DAYS = 90;

  /** The most crises of one kind a case may record. */
  public static final int MAX_COUNT = 10_000;

  /** The longest period a case may record: about 26 years, the oldest age THRIVE services see. */
  public static final int MAX_PERIOD_DAYS = 9_500;

  public Crises {
    check(emergencyAttendances >= 0, "Crises.emergencyAttendances", "must not be negative");
    check(emergencyAttendances <= MAX_COUNT, "Crises.emergencyAttendances", "must be at most " + MAX_COUNT);
    check(otherCrisisContacts >= 0, "Crises.otherCrisisContacts", "must not be negative");
    check(otherCrisisContacts <= MAX_COUNT, "Crises.otherCrisisContacts", "must be at most " + MAX_COUNT);
    check(periodDays > 0, "Crises.periodDays", "must be a positive number of days");
    check(periodDays <= MAX_PERIOD_DAYS, "Crises.periodDays", "must be at most " + MAX_PERIOD_DAYS);
    check(countKnown || emergencyAttendances == 0 && otherCrisisContacts == 0 && !periodKnown, "Crises.countKnown",
        "crises that are not known have no counts and no period");
  }

  /** Crises recorded, over a period that is or is not known. */
  public Crises(int emergencyAttendances, int otherCrisisContacts, int periodDays, boolean periodKnown) {
    this(emergencyAttendances, otherCrisisContacts, periodDays, periodKnown, true);
  }

  /**
   * Crises not recorded at all: whether there were any is not known (unknown risk, surfaced for a
   * risk assessment; never read as none).
   */
  public static Crises notKnown() {
    return new Crises(0, 0, DEFAULT_PERIOD_DAYS, false, false);
  }

  /** Crises counted over a known period. */
  public Crises(int emergencyAttendances, int otherCrisisContacts, int periodDays) {
    this(emergencyAttendances, otherCrisisContacts, periodDays, true);
  }

  /** Crises recorded with no period: when the latest happened is not known. */
  public static Crises periodNotKnown(int emergencyAttendances, int otherCrisisContacts) {
    return new Crises(emergencyAttendances, otherCrisisContacts, DEFAULT_PERIOD_DAYS, false);
  }

  /** No crises in the default period. */
  public static Crises none() {
    return new Crises(0, 0, DEFAULT_PERIOD_DAYS);
  }

  /** All crisis contacts in the period (exact: the counts are bounded, so this cannot overflow). */
  public long total() {
    return (long) emergencyAttendances + otherCrisisContacts;
  }

  /** Whether any crisis is recorded, recent or not. */
  public boolean any() {
    return total() > 0;
  }

  /** Whether there are crises counted over a recent period: evidence of current risk. */
  public boolean recent() {
    return any() && periodKnown && periodDays <= RECENT_DAYS;
  }

  /**
   * Whether there are crises counted over so long a period, or over a period not recorded, that when
   * the latest happened is not known.
   */
  public boolean dateNotKnown() {
    return any() && (!periodKnown || periodDays > RECENT_DAYS);
  }

  /**
   * The period in words, after a count: " in 60 days", " in 400 days (when the latest happened is
   * not known)", or, when no period was recorded, that it was not recorded; never a period that was
   * not given.
   */
  public static String periodWords(boolean periodKnown, boolean recent, int periodDays) {
    return !periodKnown ? " (over a period not recorded: when the latest happened is not known)"
        : recent ? " in " + periodDays + " days"
        : " in " + periodDays + " days (when the latest happened is not known)";
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Crises";
  }
}
