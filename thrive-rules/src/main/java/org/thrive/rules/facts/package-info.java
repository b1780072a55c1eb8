/**
 * The facts the rules match: the contract between the library and every DRL file.
 *
 * <p>These types are the rules' vocabulary and nothing else. A rule file names them in its
 * conditions ({@code Problems(highestNeed == Rating.MODERATE)}) and inserts the conclusions
 * ({@code insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS))}); the advisor makes
 * the input facts from the case and reads the conclusions back. A change to a type, a field or
 * a field's meaning here is a change to every local rule file, and is versioned as one.
 *
 * <p>The hierarchy is sealed ({@link org.thrive.rules.facts.RuleFact} and {@link
 * org.thrive.rules.facts.Conclusion}): rules cannot add new kinds of fact. The types hold no
 * engine hooks: how a fact is explained, and how it is made from a case, live in the advisor.
 * Every fact's {@code toString()} names its type only, because its values are case content.
 */
package org.thrive.rules.facts;
