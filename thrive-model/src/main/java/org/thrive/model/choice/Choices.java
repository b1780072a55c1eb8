package org.thrive.model.choice;

import static org.thrive.model.InvalidCaseException.requirePresent;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What the young person and family chose after an informed discussion, and the goals agreed.
 * Immutable; lists keep the order given.
 *
 * @param choices each person's choice (none yet is an empty list)
 * @param goals the agreed goals (none yet is an empty list)
 */
public record Choices(ImmutableList<Choice> choices, ImmutableList<Goal> goals) {
  public Choices {
    choices = ImmutableList.copyOf(requirePresent(choices, "Choices.choices"));
    goals = ImmutableList.copyOf(requirePresent(goals, "Choices.goals"));
  }

  /** No choice expressed and no goals agreed yet. */
  public static Choices none() {
    return new Choices(ImmutableList.of(), ImmutableList.of());
  }

  /** Choices with no goals. */
  public static Choices of(Choice... choices) {
    return new Choices(ImmutableList.copyOf(choices), ImmutableList.of());
  }

  /** These choices with the goals given. */
  public Choices withGoals(Goal... newGoals) {
    return new Choices(choices, ImmutableList.copyOf(newGoals));
  }

  /** The young person's own choice, if they expressed one. */
  public Optional<Choice> ofYoungPerson() {
    return choices.stream().filter(c -> c.chooser() == Chooser.YOUNG_PERSON).findFirst();
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Choices";
  }
}
