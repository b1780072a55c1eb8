package org.thrive.model.grouping;

import java.util.Optional;

/** The input each grouping implies, and whether it is treatment or risk support. */
public enum Input {
  PREVENTION_AND_PROMOTION(InputKind.PREVENTION, "Prevention and promotion",
      "Whole-school and community approaches, peer support and clubs that help maintain wellbeing.",
      null),
  SIGNPOSTING_AND_SELF_MANAGEMENT(InputKind.ADVICE, "Signposting and self-management",
      "Signposting, self-management support and one-off contact with follow-up; advice to parents, "
          + "carers and the professional network.",
      null),
  GOALS_FOCUSED_INTERVENTION(InputKind.TREATMENT, "Goals-focused, evidence-informed intervention",
      "Focused, evidence-based help with agreed goals, a shared view of what success looks like and "
          + "by when, and what happens if it is not reached.",
      null),
  EXTENSIVE_TREATMENT(InputKind.TREATMENT, "Extensive treatment",
      "Extensive, specialist goals-based treatment: more of it, for longer, or joint work of two or "
          + "more professionals; may include inpatient care.",
      new Characteristics(
          "evidence-based, carefully designed and tested for fidelity",
          "recovery, or improvement expected to enhance wellbeing",
          "committed to achieving change",
          "focused activity with predetermined timeframes",
          "structured, with a theoretical rationale based on an understanding of the difficulty",
          "as indicated by session-by-session treatment response")),
  RISK_SUPPORT(InputKind.RISK_SUPPORT, "Risk management and crisis response",
      "An individually tailored, collaborative risk plan agreed with the family through close "
          + "inter-agency work.",
      new Characteristics(
          "individually tailored support based on a collaborative shared plan for each family",
          "reduce the risk of harm and catastrophic outcomes, decrease the chance of deterioration, "
              + "increase self-management, resilience and agency",
          "committed to improving their reactions to crises",
          "ongoing, dependent on the young person's needs",
          "pragmatically driven; the family influences structure and content within legal constraints",
          "regularly, in response to the safety outcomes achieved"));

  private final InputKind kind;
  private final String label;
  private final String description;
  private final Characteristics characteristics;

  Input(InputKind kind, String label, String description, Characteristics characteristics) {
    this.kind = kind;
    this.label = label;
    this.description = description;
    this.characteristics = characteristics;
  }

  /** Whether this input is prevention, advice, treatment or risk support. */
  public InputKind kind() {
    return kind;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  /**
   * The six distinguishing characteristics, for the two inputs THRIVE contrasts: extensive
   * treatment and risk support.
   */
  public Optional<Characteristics> characteristics() {
    return Optional.ofNullable(characteristics);
  }
}
