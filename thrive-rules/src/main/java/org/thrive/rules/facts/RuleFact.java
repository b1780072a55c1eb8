package org.thrive.rules.facts;

/**
 * A fact the rules match: made by the library from the case, or concluded by a rule. The
 * hierarchy is sealed: rules match and insert these types, and cannot add new kinds of fact.
 */
public sealed interface RuleFact permits Conclusion, Chosen, ComplexityFactor, Episode, Goals, HarmConcern, History, Involved, ItemRating, Person, Problems, RiskProfile, StrengthFact {}
