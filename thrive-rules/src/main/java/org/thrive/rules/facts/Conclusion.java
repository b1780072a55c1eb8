package org.thrive.rules.facts;

/**
 * A fact that rules insert, always with {@code insertLogical}, so that it is withdrawn if the
 * conditions that justified it stop holding. Conclusions use identity equality. The advisor
 * reads the conclusions that still hold when evaluation ends; a rule whose conclusions were all
 * withdrawn gives no reason.
 */
public sealed interface Conclusion extends RuleFact
    permits ClinicalRisk, CommitmentToChange, CurrentRisk, Missing, NeurodevelopmentalFlag, Note, Proposal, Raise, SignificantRisk, UnableToUseHelp, UnhelpedHistory {}
