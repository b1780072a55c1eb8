package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.thrive.rules.facts.Conclusion;
import org.thrive.rules.facts.RuleFact;

/**
 * Runs one case through one rule set in a fresh session and records every firing with the facts
 * it matched and the conclusions it inserted. Sessions are not thread-safe; each evaluation has
 * its own and disposes of it.
 */
final class Evaluation {
  /**
   * What the rules concluded: the firings, the conclusions still held when rules stopped, and
   * what the explanation reads of the working memory (made when first asked for).
   */
  record Result(ImmutableList<Firing> firings, Set<Conclusion> live, java.util.function.Supplier<Facts> readFacts) {
    /** What the explanation reads, made when first asked for (the case without its choices never asks). */
    Facts facts() {
      return readFacts.get();
    }
  }

  private Evaluation() {}

  static Result run(RuleSet ruleSet, List<RuleFact> facts, int maxFirings) {
    return run(ruleSet, facts, null, maxFirings)[0];
  }

  static Result[] run(RuleSet ruleSet, List<RuleFact> facts, List<RuleFact> without, int maxFirings) {
    return run(ruleSet, facts, without, maxFirings, ruleSet.relevance());
  }

  /**
   * Evaluates the case's facts, then, in the same session, the facts of the same case without its
   * choices: the facts that differ are retracted and inserted and the rules fire again, and truth
   * maintenance withdraws every conclusion that rested on what was retracted. The second result's
   * live conclusions are those of a fresh evaluation of the facts without choices (a test proves
   * it over the completeness set); its firings are the first evaluation's and the second's, so it
   * is read for its live conclusions, not for its reasons.
   *
   * <p>Only the facts some rule can match are inserted ({@link FactRelevance}); every fact of the
   * case is in each result's {@link Facts}, for the explanation.
   *
   * @return the result for {@code facts}, and for {@code without} (null when {@code without} is null)
   */
  static Result[] run(RuleSet ruleSet, List<RuleFact> facts, List<RuleFact> without, int maxFirings,
      FactRelevance relevance) {
    KieSession session = ruleSet.newSession();
    RunningRule running = RunningRule.current();
    if (running != null) {
      running.session = session;
    }
    Recorder recorder = new Recorder();
    recorder.reset(running);
    session.addEventListener(recorder.agenda);
    session.addEventListener(recorder.runtime);
    try {
      List<RuleFact> inserted = relevance.matchable(facts, session);
      java.util.Map<RuleFact, org.kie.api.runtime.rule.FactHandle> handles = new java.util.HashMap<>();
      for (RuleFact fact : inserted) {
        handles.put(fact, session.insert(fact));
      }
      // The bound catches a rule that re-triggers itself; legitimate firings grow with the facts,
      // so it is never below one firing per rule per fact.
      int bound = (int) Math.min(Integer.MAX_VALUE, Math.max(maxFirings, (long) facts.size() * ruleSet.rules().size()));
      fire(session, ruleSet, recorder, bound);
      Result first = result(session, recorder, facts, inserted);
      if (without == null) {
        return new Result[] {first, null};
      }
      List<RuleFact> insertedWithout = relevance.matchable(without, session);
      java.util.Set<RuleFact> keep = new java.util.HashSet<>(insertedWithout);
      if (handles.size() != inserted.size() || keep.size() != insertedWithout.size()) {
        // equal facts inserted twice cannot be told apart by a retraction: evaluate afresh
        return new Result[] {first, run(ruleSet, without, null, maxFirings, relevance)[0]};
      }
      for (RuleFact fact : inserted) {
        if (!keep.contains(fact)) {
          session.delete(handles.get(fact));
        }
      }
      for (RuleFact fact : insertedWithout) {
        if (!handles.containsKey(fact)) {
          session.insert(fact);
        }
      }
      fire(session, ruleSet, recorder, bound);
      return new Result[] {first, result(session, recorder, without, insertedWithout)};
    } finally {
      // remove ours before the session goes back to the pool
      session.removeEventListener(recorder.agenda);
      session.removeEventListener(recorder.runtime);
      session.dispose();
    }
  }

  /**
   * The conclusions still held, and what the explanation reads: the working memory as the rules
   * left it, and the case's facts that no rule could match, which were not inserted.
   */
  private static Result result(KieSession session, Recorder recorder, List<RuleFact> caseFacts,
      List<RuleFact> inserted) {
    ImmutableList<Object> memory = ImmutableList.copyOf(session.getObjects());
    Set<Conclusion> live = Sets.newIdentityHashSet();
    for (Object o : memory) {
      if (o instanceof Conclusion c) {
        live.add(c);
      }
    }
    return new Result(ImmutableList.copyOf(recorder.firings), live,
        com.google.common.base.Suppliers.memoize(() -> new Facts(readBy(memory, caseFacts, inserted))));
  }

  /** The working memory, and the case facts not in it (those not inserted). */
  private static List<Object> readBy(List<Object> memory, List<RuleFact> caseFacts, List<RuleFact> inserted) {
    if (inserted == caseFacts) {
      return memory;
    }
    Set<RuleFact> in = Sets.newIdentityHashSet();
    in.addAll(inserted);
    List<Object> all = new ArrayList<>(memory.size() + caseFacts.size() - inserted.size());
    all.addAll(memory);
    for (RuleFact f : caseFacts) {
      if (!in.contains(f)) {
        all.add(f);
      }
    }
    return all;
  }

  private static void fire(KieSession session, RuleSet ruleSet, Recorder recorder, int bound) {
    int fired;
    try {
      fired = session.fireAllRules(bound);
    } catch (ConsequenceException e) {
      String rule = e.getMatch() == null ? "unknown" : ruleSet.info(e.getMatch().getRule().getPackageName(), e.getMatch().getRule().getName()).id();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String what = cause instanceof StackOverflowError ? "ran out of stack (a rule that calls itself?)"
          : cause instanceof OutOfMemoryError ? "ran out of memory" : "failed while evaluating a case ("
              + cause.getClass().getSimpleName() + ")";
      throw new RuleEvaluationException("rule " + rule + " " + what, rule);
    } catch (RuntimeException e) {
      // a condition failed (for example one that reads past the end of a text): Drools names the
      // rules that share the condition in its message, which also quotes the condition; only the
      // rule id and the kind of failure are passed on, never a value of the case. (Facts are
      // inserted into a thread-safe session, so their conditions are tested here, when rules fire.)
      String rule = conditionRule(ruleSet, e);
      Throwable cause = com.google.common.base.Throwables.getRootCause(e);
      throw new RuleEvaluationException((rule == null ? "rule evaluation" : "the condition of rule " + rule)
          + " failed while evaluating a case (" + cause.getClass().getSimpleName() + ")", rule);
    } catch (StackOverflowError | OutOfMemoryError e) {
      String rule = recorder.current == null ? "unknown" : ruleSet.info(recorder.current.packageName,
          recorder.current.ruleName).id();
      throw new RuleEvaluationException("rule " + rule + (e instanceof StackOverflowError
          ? " ran out of stack (a rule that calls itself?)" : " ran out of memory"), rule);
    }
    if (fired < bound && session.fireAllRules(1) > 0) {
      // halt() stops firing and leaves rules waiting: the evaluation did not finish
      String rule = recorder.current == null ? null : ruleSet.info(recorder.current.packageName,
          recorder.current.ruleName).id();
      throw new RuleEvaluationException("rule evaluation was halted before it finished (" + (rule == null
          ? "a rule" : "rule " + rule) + " called halt); no advice is made from a part evaluation", rule);
    }
    if (fired >= bound) {
      throw new RuleEvaluationException("rule evaluation stopped after " + fired
          + " firings without finishing; the rules most often fired were " + recorder.mostFired(ruleSet)
          + ". A rule probably re-triggers itself (for example by modifying or inserting a fact it matches)");
    }
  }

  private static final java.util.regex.Pattern RULE_NAMED = java.util.regex.Pattern.compile("Rule \"([^\"]*)\"");

  /**
   * The id of the rule a failed condition's message names, when exactly one rule of the rule set
   * has that name; otherwise null (the same name in two packages is not guessed between).
   */
  private static String conditionRule(RuleSet ruleSet, RuntimeException e) {
    String message = e.getMessage();
    if (message == null) {
      return null;
    }
    java.util.regex.Matcher m = RULE_NAMED.matcher(message);
    while (m.find()) {
      String found = null;
      int named = 0;
      for (RuleInfo info : ruleSet.rules()) {
        if (info.name().equals(m.group(1))) {
          found = info.id();
          named++;
        }
      }
      if (named == 1) {
        return found;
      }
    }
    return null;
  }

  static final class Recorder {
    final List<Firing> firings = new ArrayList<>();
    RunningRule running;
    Firing current;

    void reset(RunningRule running) {
      this.running = running;
      firings.clear();
      current = null;
    }

    final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        ImmutableList.Builder<RuleFact> matched = ImmutableList.builder();
        for (Object o : event.getMatch().getObjects()) {
          // Rules that start with not/exists also match Drools' own initial fact: skip it.
          if (o instanceof RuleFact f) {
            matched.add(f);
          }
        }
        current = new Firing(event.getMatch().getRule().getPackageName(), event.getMatch().getRule().getName(),
            matched.build());
        if (running != null) {
          running.packageName = current.packageName;
          running.ruleName = current.ruleName;
        }
      }

      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        if (current != null) {
          firings.add(current);
        }
        current = null;
      }
    };

    final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
      @Override
      public void objectInserted(ObjectInsertedEvent event) {
        if (current != null && event.getObject() instanceof Conclusion c) {
          current.conclusions.add(c);
        }
      }
    };

    String mostFired(RuleSet ruleSet) {
      java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
      for (Firing f : firings) {
        counts.merge(ruleSet.info(f.packageName, f.ruleName).id(), 1, Integer::sum);
      }
      return counts.entrySet().stream()
          .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
          .limit(3)
          .map(e -> e.getKey() + " (" + e.getValue() + " times)")
          .toList()
          .toString();
    }
  }
}
