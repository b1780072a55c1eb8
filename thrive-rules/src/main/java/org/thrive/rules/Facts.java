package org.thrive.rules;

import com.google.common.collect.ImmutableList;
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

  Facts(Iterable<?> objects) {
    this.objects = ImmutableList.copyOf(objects);
  }

  <T> boolean any(Class<T> type, Predicate<? super T> test) {
    for (Object o : objects) {
      if (type.isInstance(o) && test.test(type.cast(o))) {
        return true;
      }
    }
    return false;
  }

  <T> boolean any(Class<T> type) {
    return any(type, t -> true);
  }

  <T> Optional<T> one(Class<T> type) {
    for (Object o : objects) {
      if (type.isInstance(o)) {
        return Optional.of(type.cast(o));
      }
    }
    return Optional.empty();
  }

  Problems problems() {
    return one(Problems.class).orElseThrow();
  }

  History history() {
    return one(History.class).orElseThrow();
  }

  RiskProfile risk() {
    return one(RiskProfile.class).orElseThrow();
  }

  Person person() {
    return one(Person.class).orElseThrow();
  }

  Goals goals() {
    return one(Goals.class).orElseThrow();
  }

  Optional<Episode> latestEpisode() {
    return objects.stream().filter(o -> o instanceof Episode e && e.latest()).map(Episode.class::cast).findFirst();
  }

  boolean chosen(Predicate<Chosen> test) {
    return any(Chosen.class, test);
  }
}
