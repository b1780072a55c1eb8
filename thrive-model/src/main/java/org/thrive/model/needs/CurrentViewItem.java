package org.thrive.model.needs;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Every item of the CAMHS Current View form: 30 provisional problem descriptions, 14 selected
 * complexity factors, 4 contextual problems and 2 education/training items, each with its
 * SNOMED CT code where NHS data (MHSDS) uses one.
 *
 * <p>A diagnostic pointer is a hint for practitioners; a rating "need not imply a diagnosis",
 * and family-facing text never uses it unless the case does.
 */
public enum CurrentViewItem {
  ANXIOUS_AWAY_FROM_CAREGIVERS(Part.PROBLEM, 1, "Anxious away from caregivers", "Separation anxiety", "987251000000103"),
  ANXIOUS_IN_SOCIAL_SITUATIONS(Part.PROBLEM, 2, "Anxious in social situations", "Social anxiety/phobia", "987261000000100"),
  ANXIOUS_GENERALLY(Part.PROBLEM, 3, "Anxious generally", "Generalized anxiety", "987271000000107"),
  COMPELLED_TO_DO_OR_THINK_THINGS(Part.PROBLEM, 4, "Compelled to do or think things", "OCD", "987281000000109"),
  PANICS(Part.PROBLEM, 5, "Panics", "Panic disorder", "987291000000106"),
  AVOIDS_GOING_OUT(Part.PROBLEM, 6, "Avoids going out", "Agoraphobia", "987301000000105"),
  AVOIDS_SPECIFIC_THINGS(Part.PROBLEM, 7, "Avoids specific things", "Specific phobia", "987311000000107"),
  REPETITIVE_PROBLEMATIC_BEHAVIOURS(Part.PROBLEM, 8, "Repetitive problematic behaviours", "Habit problems", "987321000000101"),
  DEPRESSION_LOW_MOOD(Part.PROBLEM, 9, "Depression/low mood", "Depression", "987331000000104"),
  SELF_HARM(Part.PROBLEM, 10, "Self-harm", "Self-injury or self-harm", "987341000000108"),
  EXTREMES_OF_MOOD(Part.PROBLEM, 11, "Extremes of mood", "Bipolar disorder", "987351000000106"),
  DELUSIONAL_BELIEFS_AND_HALLUCINATIONS(Part.PROBLEM, 12, "Delusional beliefs and hallucinations", "Psychosis", "987361000000109"),
  DRUG_AND_ALCOHOL_DIFFICULTIES(Part.PROBLEM, 13, "Drug and alcohol difficulties", "Substance abuse", "987371000000102"),
  DIFFICULTIES_SITTING_STILL_OR_CONCENTRATING(Part.PROBLEM, 14, "Difficulties sitting still or concentrating", "ADHD/Hyperactivity", "987381000000100"),
  BEHAVIOURAL_DIFFICULTIES(Part.PROBLEM, 15, "Behavioural difficulties", "CD or ODD", "987391000000103"),
  POSES_RISK_TO_OTHERS(Part.PROBLEM, 16, "Poses risk to others", null, "987401000000100"),
  CARER_MANAGEMENT_OF_CYP_BEHAVIOUR(Part.PROBLEM, 17, "Carer management of CYP behaviour", null, "987411000000103"),
  DOES_NOT_GET_TO_TOILET_IN_TIME(Part.PROBLEM, 18, "Doesn't get to toilet in time", "Elimination problems", "987421000000109"),
  DISTURBED_BY_TRAUMATIC_EVENT(Part.PROBLEM, 19, "Disturbed by traumatic event", "PTSD", "987431000000106"),
  EATING_ISSUES(Part.PROBLEM, 20, "Eating issues", "Anorexia/Bulimia", "987441000000102"),
  FAMILY_RELATIONSHIP_DIFFICULTIES(Part.PROBLEM, 21, "Family relationship difficulties", null, "987451000000104"),
  PROBLEMS_IN_ATTACHMENT_TO_PARENT_CARER(Part.PROBLEM, 22, "Problems in attachment to parent/carer", "Attachment problems", "987461000000101"),
  PEER_RELATIONSHIP_DIFFICULTIES(Part.PROBLEM, 23, "Peer relationship difficulties", null, "987471000000108"),
  DIFFICULTIES_MANAGING_RELATIONSHIPS(Part.PROBLEM, 24, "Persistent difficulties managing relationships with others", "Includes emerging personality disorder", "987481000000105"),
  DOES_NOT_SPEAK(Part.PROBLEM, 25, "Does not speak", "Selective mutism", "987491000000107"),
  GENDER_DISCOMFORT_ISSUES(Part.PROBLEM, 26, "Gender discomfort issues", "GID", "987501000000101"),
  UNEXPLAINED_PHYSICAL_SYMPTOMS(Part.PROBLEM, 27, "Unexplained physical symptoms", null, "987511000000104"),
  UNEXPLAINED_DEVELOPMENTAL_DIFFICULTIES(Part.PROBLEM, 28, "Unexplained developmental difficulties", null, "987521000000105"),
  SELF_CARE_ISSUES(Part.PROBLEM, 29, "Self-care issues", "Includes medical care management and obesity", "987531000000107"),
  ADJUSTMENT_TO_HEALTH_ISSUES(Part.PROBLEM, 30, "Adjustment to health issues", null, "987541000000103"),
  LOOKED_AFTER_CHILD(Part.COMPLEXITY_FACTOR, 1, "Looked after child", null, null),
  YOUNG_CARER_STATUS(Part.COMPLEXITY_FACTOR, 2, "Young carer status", null, null),
  LEARNING_DISABILITY(Part.COMPLEXITY_FACTOR, 3, "Learning disability", null, null),
  SERIOUS_PHYSICAL_HEALTH_ISSUES(Part.COMPLEXITY_FACTOR, 4, "Serious physical health issues", null, null),
  PERVASIVE_DEVELOPMENTAL_DISORDERS(Part.COMPLEXITY_FACTOR, 5, "Pervasive developmental disorders", null, null),
  NEUROLOGICAL_ISSUES(Part.COMPLEXITY_FACTOR, 6, "Neurological issues", null, null),
  CURRENT_PROTECTION_PLAN(Part.COMPLEXITY_FACTOR, 7, "Current protection plan", null, null),
  CHILD_IN_NEED(Part.COMPLEXITY_FACTOR, 8, "Child in need", null, null),
  REFUGEE_OR_ASYLUM_SEEKER(Part.COMPLEXITY_FACTOR, 9, "Refugee or asylum seeker", null, null),
  EXPERIENCE_OF_WAR_TORTURE_OR_TRAFFICKING(Part.COMPLEXITY_FACTOR, 10, "Experience of war torture or trafficking", null, null),
  EXPERIENCE_OF_ABUSE_OR_NEGLECT(Part.COMPLEXITY_FACTOR, 11, "Experience of abuse or neglect", null, null),
  PARENTAL_HEALTH_ISSUES(Part.COMPLEXITY_FACTOR, 12, "Parental health issues", null, null),
  CONTACT_WITH_YOUTH_JUSTICE_SYSTEM(Part.COMPLEXITY_FACTOR, 13, "Contact with youth justice system", null, null),
  LIVING_IN_FINANCIAL_DIFFICULTY(Part.COMPLEXITY_FACTOR, 14, "Living in financial difficulty", null, null),
  CONTEXT_HOME(Part.CONTEXTUAL_PROBLEM, 1, "Home", null, "987201000000104"),
  CONTEXT_SCHOOL_WORK_OR_TRAINING(Part.CONTEXTUAL_PROBLEM, 2, "School work or training", null, "987211000000102"),
  CONTEXT_COMMUNITY(Part.CONTEXTUAL_PROBLEM, 3, "Community", null, "987191000000101"),
  CONTEXT_SERVICE_ENGAGEMENT(Part.CONTEXTUAL_PROBLEM, 4, "Service engagement", null, "987221000000108"),
  EET_ATTENDANCE_DIFFICULTIES(Part.EDUCATION, 1, "Attendance difficulties", null, "987241000000101"),
  EET_ATTAINMENT_DIFFICULTIES(Part.EDUCATION, 2, "Attainment difficulties", null, "987231000000105");

  private static final ImmutableList<CurrentViewItem> ALL = ImmutableList.copyOf(values());

  private final Part part;
  private final int number;
  private final String label;
  private final String diagnosticPointer;
  private final String snomedCt;

  CurrentViewItem(Part part, int number, String label, String diagnosticPointer, String snomedCt) {
    this.part = part;
    this.number = number;
    this.label = label;
    this.diagnosticPointer = diagnosticPointer;
    this.snomedCt = snomedCt;
  }

  /** The part of the form this item belongs to. */
  public Part part() {
    return part;
  }

  /** The item's number within its part, as printed on the form (1-based). */
  public int number() {
    return number;
  }

  /** A stable code such as {@code problem.9}, {@code complexity.1} or {@code context.4}. */
  public String code() {
    return part.code() + "." + number;
  }

  /** The item's wording on the form. */
  public String label() {
    return label;
  }

  /** The diagnostic pointer printed beside the item, if any. */
  public Optional<String> diagnosticPointer() {
    return Optional.ofNullable(diagnosticPointer);
  }

  /** The SNOMED CT concept id used for this item in MHSDS, if any. */
  public Optional<String> snomedCt() {
    return Optional.ofNullable(snomedCt);
  }

  /** The items of one part, in form order. */
  public static ImmutableList<CurrentViewItem> of(Part part) {
    return ALL.stream().filter(i -> i.part == part).collect(ImmutableList.toImmutableList());
  }

  /** The item with this part and number. */
  public static Optional<CurrentViewItem> find(Part part, int number) {
    return ALL.stream().filter(i -> i.part == part && i.number == number).findFirst();
  }

  /** The item whose MHSDS SNOMED CT concept id this is, for example {@code 987261000000100}. */
  public static Optional<CurrentViewItem> fromSnomedCt(String conceptId) {
    return ALL.stream().filter(i -> i.snomedCt != null && i.snomedCt.equals(conceptId)).findFirst();
  }

  /** The item with this code, for example {@code problem.9}. */
  public static Optional<CurrentViewItem> fromCode(String code) {
    return ALL.stream().filter(i -> i.code().equals(code)).findFirst();
  }
}
