package org.thrive.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.CompositeObjectSinkAdapter;
import org.drools.core.reteoo.EmptyObjectSinkAdapter;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.SingleObjectSinkAdapter;
import org.drools.core.util.index.AlphaRangeIndex;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.drools.mvel.MVELConstraint;
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
 * firing and no conclusion; the explanation still reads every fact of the case. Most of a case's
 * facts are ratings of None or Mild that no rule tests for, so about a tenth of them are inserted
 * ({@code FactRelevanceTest} proves the advice the same, with and without this, over the
 * completeness set, generated cases and local rules, and checks every fact against Drools' own
 * routing). An answer is kept per distinct fact of values alone (numbers, booleans, enums), never
 * for a fact that carries a case's free text.
 *
 * <p>Only what is known is trusted. An alpha constraint is evaluated, as Drools evaluates it, only
 * for the two kinds of constraint Drools compiles rules to (executable-model lambdas and MVEL), on
 * plain alpha nodes that Drools itself tests one by one; a node that Drools reaches through a hash
 * or range index, or a constraint of another kind, is taken as passed; a node or propagator of any
 * other kind, a constraint that fails, or a rule base that is not a Rete network, inserts the fact.
 * Each of these can only insert more, never fewer, facts than a rule can match. The compiled base
 * must not change after this is built (a rule set's base never does: a reload builds a new one),
 * and an alpha constraint must give the same answer for the same fact (the library's determinism
 * needs that anyway). Built per rule set; thread-safe.
 */
final class FactRelevance {
  /** Inserts every fact: for comparison in tests, and for a rule base whose network cannot be read. */
  static final FactRelevance ALL = new FactRelevance(null);

  /** How many answers are kept per class of fact (most classes have a few hundred distinct facts). */
  static final int KEPT_PER_CLASS = 4_096;

  /**
   * Whether a fact of this class is a record of numbers, booleans, enums and records like it: its
   * answer can be kept (equal facts pass the same tests) without keeping any text of a case.
   */
  static boolean carriesOnlyValues(Class<?> type) {
    if (!type.isRecord()) {
      return false;
    }
    for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
      Class<?> t = c.getType();
      if (!(t.isPrimitive() || t.isEnum() || t == Integer.class || t == Boolean.class || t == Long.class
          || t.isRecord() && t != type && carriesOnlyValues(t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * What to test of a fact of one class: nothing (always relevant, or never), or these alpha paths,
   * with the answers for facts seen before (equal facts pass the same constraints), or null where
   * no answer is kept.
   */
  private record Plan(boolean always, Path[] paths, Map<RuleFact, Boolean> known) {
    static final Plan ALWAYS = new Plan(true, new Path[0], Map.of());
    static final Plan NEVER = new Plan(false, new Path[0], Map.of());
  }

  /**
   * An alpha node, and its constraint if it is tested here (null: taken as passed); whether a node
   * beyond it takes the fact as it is; and the alpha nodes beyond it.
   */
  private record Path(AlphaNodeFieldConstraint constraint, boolean reaches, Path[] next) {}

  /** A plan could not be read: the class is always inserted. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable() {
      super(null, null, false, false);
    }
  }

  /** The network's type nodes for the default entry point, or null to insert every fact. */
  private final List<ObjectTypeNode> nodes;
  private final Map<Class<?>, Plan> plans = new ConcurrentHashMap<>();

  private FactRelevance(List<ObjectTypeNode> nodes) {
    this.nodes = nodes;
  }

  /** The relevance of facts to the rules of this base; {@link #ALL} if its network cannot be read. */
  static FactRelevance of(KieBase base) {
    try {
      if (!(base instanceof InternalRuleBase rules) || rules.getRete() == null
          || !rules.getRete().getEntryPointNodes().containsKey(EntryPointId.DEFAULT)) {
        return ALL;
      }
      return new FactRelevance(List.copyOf(rules.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).values()));
    } catch (RuntimeException | LinkageError e) {
      return ALL; // a network that cannot be read: every fact is inserted
    }
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
    Class<?> lastClass = null;
    Plan plan = null;
    for (RuleFact fact : facts) {
      if (fact.getClass() != lastClass) { // a case's facts come grouped by class
        lastClass = fact.getClass();
        plan = plans.computeIfAbsent(lastClass, this::plan);
      }
      if (plan.always) {
        out.add(fact);
      } else if (plan.paths.length > 0) {
        Boolean known = plan.known == null ? null : plan.known.get(fact);
        if (known == null) {
          // a handle of its own: Drools may keep one it is given (MVEL compiles a constraint on another thread)
          known = anyReaches(plan.paths, new DefaultFactHandle(0, fact), resolver);
          if (plan.known != null && plan.known.size() < KEPT_PER_CLASS) {
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
        allowed = p.constraint == null || p.constraint.isAllowed(handle, resolver);
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
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
    try {
      for (ObjectTypeNode node : nodes) {
        if (node.isAssignableFrom(objectType)) {
          paths.addAll(List.of(paths(node.getObjectSinkPropagator())));
        }
      }
    } catch (Unreadable | RuntimeException | LinkageError e) {
      return Plan.ALWAYS; // not known here, or not readable: every fact of the class is inserted
    }
    // answers are kept for facts of values alone, never for facts that carry free text
    Map<RuleFact, Boolean> known = carriesOnlyValues(type) ? new ConcurrentHashMap<>() : null;
    return paths.isEmpty() ? Plan.NEVER : new Plan(false, paths.toArray(new Path[0]), known);
  }

  /**
   * The alpha paths from a propagator's sinks.
   *
   * @throws Unreadable when a sink takes every fact (it is not an alpha node), or the network holds
   *     a node or propagator of a kind not known here
   */
  private static Path[] paths(ObjectSinkPropagator propagator) throws Unreadable {
    if (!(propagator instanceof EmptyObjectSinkAdapter || propagator instanceof SingleObjectSinkAdapter
        || propagator instanceof CompositeObjectSinkAdapter)) {
      throw new Unreadable();
    }
    Set<AlphaNode> indexed = indexed(propagator);
    List<Path> out = new ArrayList<>();
    for (ObjectSink sink : propagator.getSinks()) {
      if (sink == null || sink.getClass() != AlphaNode.class) {
        throw new Unreadable(); // a node beyond the alpha tests, or one not known here: every fact goes on
      }
      AlphaNode alpha = (AlphaNode) sink;
      AlphaNodeFieldConstraint constraint = alpha.getConstraint();
      boolean tested = !indexed.contains(alpha)
          && (constraint instanceof LambdaConstraint || constraint instanceof MVELConstraint);
      boolean reaches = false;
      List<Path> next = new ArrayList<>();
      ObjectSinkPropagator beyond = alpha.getObjectSinkPropagator();
      try {
        next.addAll(List.of(paths(beyond)));
      } catch (Unreadable e) {
        // a node beyond this test takes the fact as it is (or is not known here): passing the test reaches it
        reaches = true;
      }
      out.add(new Path(tested ? constraint : null, reaches, next.toArray(new Path[0])));
    }
    return out.toArray(new Path[0]);
  }

  /** The alpha nodes a composite propagator reaches through a hash or range index rather than by testing each. */
  private static Set<AlphaNode> indexed(ObjectSinkPropagator propagator) {
    if (!(propagator instanceof CompositeObjectSinkAdapter composite)) {
      return Set.of();
    }
    Set<AlphaNode> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (composite.getHashedSinkMap() != null) {
      out.addAll(composite.getHashedSinkMap().values());
    }
    if (composite.getRangeIndexMap() != null) {
      for (AlphaRangeIndex index : composite.getRangeIndexMap().values()) {
        out.addAll(index.getAllValues());
      }
    }
    return out;
  }
}
