package org.thrive.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.thrive.rules.facts.RuleFact;

/**
 * Which of a case's facts some rule of a compiled rule set can match, read from the rule set's own
 * network: a fact is inserted only if, from a node for its type, the alpha constraints (the tests
 * of one fact alone, such as {@code ItemRating(item == ..., atLeastModerate == true)}) lead to a
 * node that joins, negates, accumulates or fires, as Drools would route it. A fact that no pattern
 * can accept, in a positive pattern or under {@code not}, {@code exists} or {@code accumulate},
 * cannot change what fires nor what is concluded, so leaving it out of working memory changes no
 * firing and no conclusion; the case's facts are still all read by the explanation. Most of a
 * case's facts are ratings of None or Mild that no rule tests for, so this leaves about a tenth of
 * them to insert ({@code FactRelevanceTest} proves the advice the same, with and without it, over
 * the completeness set, generated cases and local rules).
 *
 * <p>Each alpha constraint is evaluated exactly as Drools evaluates it when the fact is inserted,
 * against the same session. Where the answer cannot be read (a constraint that throws, a node of a
 * kind not known here, a rule base that is not a Rete network), the fact is inserted, and Drools
 * does what it would have done. Built per rule set; thread-safe.
 */
final class FactRelevance {
  /** Inserts every fact: for comparison in tests, and for a rule base whose network cannot be read. */
  static final FactRelevance ALL = new FactRelevance(null);

  /** How many answers are kept per class of fact (most classes have a few hundred distinct facts). */
  static final int KEPT_PER_CLASS = 4_096;

  /**
   * What to test of a fact of one class: nothing (always relevant, or never), or these alpha paths,
   * with the answers for facts seen before (equal facts pass the same constraints).
   */
  private record Plan(boolean always, Path[] paths, Map<RuleFact, Boolean> known) {
    static final Plan ALWAYS = new Plan(true, new Path[0], Map.of());
    static final Plan NEVER = new Plan(false, new Path[0], Map.of());
  }

  /** An alpha node, whether a node beyond it takes the fact as it is, and the alpha nodes beyond it. */
  private record Path(AlphaNode node, boolean reaches, Path[] next) {}

  /** The network's type nodes for the default entry point, or null to insert every fact. */
  private final List<ObjectTypeNode> nodes;
  private final Map<Class<?>, Plan> plans = new ConcurrentHashMap<>();

  private FactRelevance(List<ObjectTypeNode> nodes) {
    this.nodes = nodes;
  }

  /** The relevance of facts to the rules of this base; {@link #ALL} if its network cannot be read. */
  static FactRelevance of(KieBase base) {
    if (!(base instanceof InternalRuleBase rules) || rules.getRete() == null) {
      return ALL;
    }
    Map<org.drools.base.base.ObjectType, ObjectTypeNode> byType = rules.getRete().getObjectTypeNodes(EntryPointId.DEFAULT);
    return byType == null ? ALL : new FactRelevance(List.copyOf(byType.values()));
  }

  /**
   * The facts some rule can match, in their order; {@code facts} itself when all of them are.
   *
   * @param session the session they will be inserted into: constraints are evaluated against it
   */
  List<RuleFact> matchable(List<RuleFact> facts, KieSession session) {
    if (nodes == null || !(session instanceof ValueResolver resolver)) {
      return facts;
    }
    List<RuleFact> out = new ArrayList<>(facts.size());
    DefaultFactHandle handle = new DefaultFactHandle(0, null);
    for (RuleFact fact : facts) {
      Plan plan = plans.computeIfAbsent(fact.getClass(), this::plan);
      if (plan.always) {
        out.add(fact);
      } else if (plan.paths.length > 0) {
        Boolean known = plan.known.get(fact);
        if (known == null) {
          handle.setObject(fact);
          known = anyReaches(plan.paths, handle, resolver);
          if (plan.known.size() < KEPT_PER_CLASS) {
            plan.known.put(fact, known);
          }
        }
        if (known) {
          out.add(fact);
        }
      }
    }
    return out.size() == facts.size() ? facts : out;
  }

  private static boolean anyReaches(Path[] paths, DefaultFactHandle handle, ValueResolver resolver) {
    for (Path p : paths) {
      boolean allowed;
      try {
        allowed = p.node.getConstraint().isAllowed(handle, resolver);
      } catch (RuntimeException e) {
        return true; // insert it, and Drools reports the failing constraint as it always has
      }
      if (allowed && (p.reaches || anyReaches(p.next, handle, resolver))) {
        return true;
      }
    }
    return false;
  }

  /** The plan for a class: the type nodes Drools routes it to, as {@code ClassObjectTypeConf} finds them. */
  private Plan plan(Class<?> type) {
    ClassObjectType objectType = new ClassObjectType(type);
    List<Path> paths = new ArrayList<>();
    for (ObjectTypeNode node : nodes) {
      if (!node.isAssignableFrom(objectType)) {
        continue;
      }
      PathsOrAlways found = paths(node.getObjectSinkPropagator().getSinks());
      if (found.always) {
        return Plan.ALWAYS;
      }
      paths.addAll(List.of(found.paths));
    }
    return paths.isEmpty() ? Plan.NEVER : new Plan(false, paths.toArray(new Path[0]), new ConcurrentHashMap<>());
  }

  private record PathsOrAlways(boolean always, Path[] paths) {}

  /** The alpha paths from these sinks; "always" when one of them takes every fact (not an alpha node). */
  private static PathsOrAlways paths(ObjectSink[] sinks) {
    List<Path> out = new ArrayList<>();
    for (ObjectSink sink : sinks) {
      if (!(sink instanceof AlphaNode alpha)) {
        return new PathsOrAlways(true, new Path[0]);
      }
      boolean reaches = false;
      List<Path> next = new ArrayList<>();
      for (ObjectSink beyond : alpha.getObjectSinkPropagator().getSinks()) {
        if (beyond instanceof AlphaNode) {
          next.addAll(List.of(paths(new ObjectSink[] {beyond}).paths));
        } else {
          reaches = true;
        }
      }
      out.add(new Path(alpha, reaches, next.toArray(new Path[0])));
    }
    return new PathsOrAlways(false, out.toArray(new Path[0]));
  }
}
