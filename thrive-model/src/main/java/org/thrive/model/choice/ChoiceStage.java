package org.thrive.model.choice;

/**
 * Whose informed choice leads at the young person's age. The age bands are local configuration
 * (see the rules module's {@code LocalConfiguration}); the defaults follow Gillick competence and
 * the Mental Capacity Act 2005, which presumes capacity from 16.
 */
public enum ChoiceStage {
  /**
   * A younger child: the parent's or carer's informed choice counts (for advice, for commitment to
   * change, for agreeing to more help), and the child's own choice of less support, alone, never
   * lowers support.
   */
  PARENT_OR_CARER_LEADS("Parent's or carer's choice leads"),
  /** Both the young person's and the parent's or carer's choices count; when they differ, the more supportive is suggested and the difference discussed. */
  SHARED("Shared choice"),
  /** The young person's informed choice leads when theirs and a parent's differ, unless there is significant risk. */
  YOUNG_PERSON_LEADS("Young person's choice leads");

  private final String label;

  ChoiceStage(String label) {
    this.label = label;
  }

  /** The name in words, for example "Shared choice". */
  public String label() {
    return label;
  }
}
