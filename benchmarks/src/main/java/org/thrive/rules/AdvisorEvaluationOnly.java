package org.thrive.rules;

import java.util.List;
import org.thrive.model.ThriveCase;
import org.thrive.rules.facts.RuleFact;

/**
 * The floor under {@code advise()}, for the side-by-side benchmark: the advisor's own Drools work on
 * a case and nothing else, as {@code advise()} does it (a pooled session, only the matchable facts
 * inserted, the rules fired, then, for a case with choices, the same case without them in the same
 * session), with the facts made beforehand as the plain integration has them. No advice, no
 * explanation, no safety net. Whatever {@code advise()} does on top of this, it cannot be faster.
 * Benchmarks only, never shipped.
 */
public final class AdvisorEvaluationOnly {
  private final RuleSet rules;
  private final LocalConfiguration local;

  public AdvisorEvaluationOnly(ThriveAdvisor advisor) {
    this.rules = advisor.loadedRules();
    this.local = advisor.localConfiguration();
  }

  /** The facts of a case, and those of the case without its choices (null when it has none), made beforehand. */
  public record Prepared(List<RuleFact> facts, List<RuleFact> withoutChoices) {}

  public Prepared prepare(ThriveCase c) {
    List<RuleFact> facts = CaseFacts.of(c, local);
    boolean choices = !(c.choices().choices().isEmpty() && c.choices().goals().isEmpty());
    return new Prepared(facts, choices ? CaseFacts.withoutChoices(facts) : null);
  }

  /** Both evaluations {@code advise()} makes of a case: how many conclusions each left. */
  public int evaluate(Prepared p) {
    Evaluation.Result[] r = Evaluation.run(rules, p.facts, p.withoutChoices, 10_000, rules.relevance());
    return r[0].live().size() + (r[1] == null ? 0 : r[1].live().size());
  }

  /** Only the evaluation of the case as it is, as if the case without its choices cost nothing. */
  public int evaluateFirst(Prepared p) {
    return Evaluation.run(rules, p.facts, null, 10_000, rules.relevance())[0].live().size();
  }
}
