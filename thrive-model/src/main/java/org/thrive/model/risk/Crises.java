package org.thrive.model.risk;

import static org.thrive.model.InvalidCaseException.check;

/**
 * Recent crises: emergency department (A&amp;E) attendances and other crisis contacts within a
 * period before the assessment.
 *
 * @param emergencyAttendances A&amp;E attendances for mental health reasons in the period
 * @param otherCrisisContacts other crisis contacts (crisis line, police place of safety) in the period
 * @param periodDays the length of the period in days (positive)
 */
public record Crises(int emergencyAttendances, int otherCrisisContacts, int periodDays) {
  public Crises {
    check(emergencyAttendances >= 0, "Crises.emergencyAttendances", "must not be negative");
    check(otherCrisisContacts >= 0, "Crises.otherCrisisContacts", "must not be negative");
    check(periodDays > 0, "Crises.periodDays", "must be a positive number of days");
  }

  /** No crises in the last 90 days. */
  public static Crises none() {
    return new Crises(0, 0, 90);
  }

  /** All crisis contacts in the period. */
  public int total() {
    return emergencyAttendances + otherCrisisContacts;
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Crises";
  }
}
