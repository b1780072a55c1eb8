package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.thrive.rules.facts.Chosen;
import org.thrive.rules.facts.Episode;
import org.thrive.rules.facts.Goals;
import org.thrive.rules.facts.History;
import org.thrive.rules.facts.Person;
import org.thrive.rules.facts.Problems;
import org.thrive.rules.facts.RiskProfile;

/**
 * The working memory as the rules left it: the case's facts and every conclusion still held. Read
 * by {@link Criterion} to say which parts of a rule's condition held for a case.
 */
final class Facts {
  private final ImmutableList<Object> objects;
  /** The objects by their class, in working-memory order: a lookup reads only its own type. */
  private final java.util.Map<Class<?>, List<Object>> byClass = new java.util.HashMap<>();

  /** The summaries every case has, read by most parts of a condition. */
  private final Problems problems;
  private final History history;
  private final RiskProfile risk;
  private final Person person;
  private final Goals goals;

  Facts(Iterable<?> objects) {
    this.objects = ImmutableList.copyOf(objects);
    for (Object o : this.objects) {
      byClass.computeIfAbsent(o.getClass(), k -> new java.util.ArrayList<>(2)).add(o);
    }
    this.problems = one(Problems.class).orElse(null);
    this.history = one(History.class).orElse(null);
    this.risk = one(RiskProfile.class).orElse(null);
    this.person = one(Person.class).orElse(null);
    this.goals = one(Goals.class).orElse(null);
  }

  <T> boolean any(Class<T> type, Predicate<? super T> test) {
    for (Object o : ofType(type)) {
      if (test.test(type.cast(o))) {
        return true;
      }
    }
    return false;
  }

  /** The objects of a type: of that class alone when it is final (every fact and conclusion is a record). */
  private List<Object> ofType(Class<?> type) {
    List<Object> exact = byClass.get(type);
    if (java.lang.reflect.Modifier.isFinal(type.getModifiers())) {
      return exact == null ? List.of() : exact;
    }
    List<Object> all = new java.util.ArrayList<>();
    for (Object o : objects) {
      if (type.isInstance(o)) {
        all.add(o);
      }
    }
    return all;
  }

  <T> boolean any(Class<T> type) {
    return !ofType(type).isEmpty();
  }

  <T> Optional<T> one(Class<T> type) {
    List<Object> exact = byClass.get(type);
    if (exact != null) {
      return Optional.of(type.cast(exact.get(0)));
    }
    for (Object o : objects) {
      if (type.isInstance(o)) {
        return Optional.of(type.cast(o));
      }
    }
    return Optional.empty();
  }

  Problems problems() {
    return java.util.Objects.requireNonNull(problems, "Problems");
  }

  History history() {
    return java.util.Objects.requireNonNull(history, "History");
  }

  RiskProfile risk() {
    return java.util.Objects.requireNonNull(risk, "RiskProfile");
  }

  Person person() {
    return java.util.Objects.requireNonNull(person, "Person");
  }

  Goals goals() {
    return java.util.Objects.requireNonNull(goals, "Goals");
  }

  Optional<Episode> latestEpisode() {
    for (Object o : ofType(Episode.class)) {
      if (((Episode) o).latest()) {
        return Optional.of((Episode) o);
      }
    }
    return Optional.empty();
  }

  boolean chosen(Predicate<Chosen> test) {
    return any(Chosen.class, test);
  }
}
