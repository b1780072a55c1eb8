package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import java.util.Optional;
import org.thrive.model.grouping.Grouping;

/**
 * Needs versus choice: what the needs alone suggest, what the suggestion would be without the
 * young person's and family's choices, and what their choice changed.
 *
 * @param needsOnly what the Current View needs alone suggest
 * @param withoutChoice the suggestion if no choice had been expressed
 * @param withChoice the suggestion with the choices as expressed
 * @param kind how the choice acted
 * @param wording what happened, in both wordings
 * @param ruleIds the choice rules (and safeguards) behind it
 * @param unused the recorded choices that no rule used, with why; never reported as agreement
 * @param forParent the family wording addressed to a parent or carer rather than to the young person
 */
public record ChoiceEffect(
    Optional<Grouping> needsOnly,
    Optional<Grouping> withoutChoice,
    Optional<Grouping> withChoice,
    Kind kind,
    Wording wording,
    ImmutableList<String> ruleIds,
    ImmutableList<UnusedChoice> unused,
    String forParent) {

  /** A choice effect whose family wording is the same for the young person and a parent. */
  public ChoiceEffect(Optional<Grouping> needsOnly, Optional<Grouping> withoutChoice, Optional<Grouping> withChoice,
      Kind kind, Wording wording, ImmutableList<String> ruleIds, ImmutableList<UnusedChoice> unused) {
    this(needsOnly, withoutChoice, withChoice, kind, wording, ruleIds, unused, wording.family());
  }

  /** This choice effect with its family wording addressed to a parent or carer. */
  public ChoiceEffect withParentWording(String parent) {
    return new ChoiceEffect(needsOnly, withoutChoice, withChoice, kind, wording, ruleIds, unused, parent);
  }


  /** How the choice acted on the suggestion. */
  public enum Kind {
    /** No choice has been expressed yet. */
    NO_CHOICE_EXPRESSED,
    /** The choice agrees with what would be suggested anyway. */
    CONFIRMED,
    /** The choice changed the suggestion. */
    CHANGED,
    /** The choices expressed differ (for example the young person's and a parent's); one was set aside by the conflict policy. */
    CHOICES_DIFFER,
    /** The choice would lower support, but significant risk holds the suggestion; a clinician reviews. */
    HELD_BY_RISK,
    /** Choices were recorded but no rule used any of them; {@link ChoiceEffect#unused()} says whose and why. */
    NOT_USED,
    /** A rule weighed the choice, but the suggestion is not what the choice asked for (for example goal-based help chosen where extensive treatment is suggested); discuss the difference. */
    NOT_FOLLOWED,
    /** No grouping can be suggested yet (information is missing); the choices are weighed once it is recorded. */
    WAITING_FOR_INFORMATION
  }

  /** Why a recorded choice was not used. */
  public enum WhyNotUsed {
    /** A young child's choice of less support, alone, never lowers support; the parent's or carer's informed choice counts. */
    YOUNG_CHILD_CHOICE_ALONE,
    /** At this age the young person's informed choice leads, and theirs differs from this one. */
    YOUNG_PERSON_LEADS,
    /** At this age a parent's or carer's choice of less support does not lower support unless the young person's own informed choice is for less support too. */
    YOUNG_PERSONS_VIEW_NEEDED,
    /** At the shared-choice age, the young person's choice of less support does not lower support while a parent or carer asks for help: the two choices are discussed together. */
    PARENT_ASKS_FOR_HELP,
    /** For a young child, a parent's or carer's choice of less support does not lower support while the child asks for help: the two choices are discussed together. */
    YOUNG_CHILD_ASKS_FOR_HELP,
    /** No rule acted on the choice, but the suggestion is already what it asks for, on other grounds: it agrees. */
    ALREADY_SUGGESTED,
    /** No rule in the rule set acts on this choice for these needs. */
    NO_RULE_APPLIES
  }

  /** A recorded choice that no rule used. */
  public record UnusedChoice(Chooser chooser, Preference preference, WhyNotUsed why) {
    public UnusedChoice {
      checkNotNull(chooser, "chooser");
      checkNotNull(preference, "preference");
      checkNotNull(why, "why");
    }
  }

  public ChoiceEffect {
    checkNotNull(needsOnly, "needsOnly");
    checkNotNull(withoutChoice, "withoutChoice");
    checkNotNull(withChoice, "withChoice");
    checkNotNull(kind, "kind");
    checkNotNull(wording, "wording");
    ruleIds = ImmutableList.copyOf(checkNotNull(ruleIds, "ruleIds"));
    unused = ImmutableList.copyOf(checkNotNull(unused, "unused"));
    checkNotNull(forParent, "forParent");
  }
}
