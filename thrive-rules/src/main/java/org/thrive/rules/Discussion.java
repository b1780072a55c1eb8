package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.ChoiceEffect;
import org.thrive.model.advice.Endings;
import org.thrive.model.advice.OptionToDiscuss;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.advice.WhyNot;
import org.thrive.model.advice.Wording;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.ChoiceStage;
import org.thrive.model.choice.Goal;
import org.thrive.model.risk.RiskSignals;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.strengths.Strength;

/**
 * Adds what shared decision making needs to advice: needs versus choice, why not the other
 * groupings, the option grid, and endings. Everything here is derived from the rules' outcome and
 * metadata and from the local configuration, never written per case.
 */
final class Discussion {
  private Discussion() {}

  static Advice enrich(AdviceAssembler.Assessment assessed, Advice withoutChoice, ThriveCase c, RuleSet rules,
      LocalConfiguration local) {
    Advice core = assessed.advice();
    return Advice.Builder.from(core)
        .choiceEffect(Optional.of(choiceEffect(core, assessed.choiceRuleIds(), unused(assessed.usedChoices(), c, local),
            withoutChoice, c)))
        .addWhyNot(whyNot(core, rules))
        .addOptions(options(core, withoutChoice, c, local))
        .endings(endings(core, c, local))
        .build();
  }

  // ---- needs versus choice ----

  /** The recorded choices no rule acted on, with why. */
  static ImmutableList<ChoiceEffect.UnusedChoice> unused(Set<Integer> used, ThriveCase c, LocalConfiguration local) {
    List<Choice> choices = c.choices().choices();
    ChoiceStage stage = local.choiceStage(c.age());
    boolean significant = RiskSignals.isSignificant(c);
    ImmutableList.Builder<ChoiceEffect.UnusedChoice> out = ImmutableList.builder();
    for (int i = 0; i < choices.size(); i++) {
      if (!used.contains(i)) {
        Choice choice = choices.get(i);
        out.add(new ChoiceEffect.UnusedChoice(choice.chooser(), choice.preference(),
            CaseFacts.whyNotCounted(choice, choices, stage, significant).orElse(ChoiceEffect.WhyNotUsed.NO_RULE_APPLIES)));
      }
    }
    return out.build();
  }

  private static String describe(List<ChoiceEffect.UnusedChoice> unused, boolean goalsMissing) {
    return unused.stream().map(u -> "the " + words(u.chooser().name()) + "'s choice (" + words(u.preference().name())
        + ") was recorded but not used: " + switch (u.why()) {
          case YOUNG_CHILD_CHOICE_ALONE -> "at this age a child's choice of less support, alone, does not lower support;"
              + " the parent's or carer's informed choice counts";
          case YOUNG_PERSON_LEADS -> "at this age the young person's informed choice leads, and theirs differs";
          case YOUNG_PERSONS_VIEW_NEEDED -> "at this age a parent's or carer's choice of less support does not lower"
              + " support unless the young person's own informed choice is for less support too";
          case NO_RULE_APPLIES -> u.preference() == org.thrive.model.choice.Preference.GOAL_BASED_HELP
              && goalsMissing ? "goal-based help starts from agreed goals, and none are recorded yet"
              : "no rule acts on this choice for these needs";
        }).collect(Collectors.joining("; "));
  }

  private static String words(String constant) {
    return constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
  }

  static ChoiceEffect choiceEffect(Advice with, Set<String> choiceRuleIds, ImmutableList<ChoiceEffect.UnusedChoice> unused,
      Advice without, ThriveCase c) {
    Optional<Grouping> needs = with.needsOnly();
    Optional<Grouping> before = without.suggestion();
    Optional<Grouping> after = with.suggestion();
    // The rules that acted on a recorded choice, whatever their id or basis.
    List<String> choiceRules = new ArrayList<>(new java.util.TreeSet<>(choiceRuleIds));
    Set<String> reviewBefore = without.safeguards().stream().filter(s -> s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED)
        .map(Safeguard::ruleId).collect(Collectors.toSet());
    List<String> heldBy = with.safeguards().stream()
        .filter(s -> s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED && !reviewBefore.contains(s.ruleId()))
        .map(Safeguard::ruleId).toList();
    String needsText = needs.map(Grouping::label).orElse("no grouping yet");
    if (c.choices().choices().isEmpty()) {
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.NO_CHOICE_EXPRESSED,
          new Wording("No choice has been recorded yet. The needs alone suggest " + needsText
              + ". Discuss the options with the young person and family; their informed choice can change the suggestion.",
              FamilyTemplates.NO_CHOICE),
          ImmutableList.of(), ImmutableList.of());
    }
    if (after.isEmpty()) {
      // Nothing is suggested yet: the choice neither changed nor fits a suggestion.
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.WAITING_FOR_INFORMATION,
          new Wording("No grouping can be suggested until the missing information is recorded (see what is missing);"
              + " the recorded choices are weighed then, with the needs.", FamilyTemplates.WAITING),
          ImmutableList.copyOf(choiceRules), unused);
    }
    if (unused.size() == c.choices().choices().size()) {
      boolean youngChild = unused.stream().anyMatch(u -> u.why() == ChoiceEffect.WhyNotUsed.YOUNG_CHILD_CHOICE_ALONE);
      String text = describe(unused, c.choices().goals().isEmpty());
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.NOT_USED,
          new Wording(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ". The suggestion (" + label(after)
              + ") does not rest on any recorded choice. Discuss it with the young person and family before agreeing.",
              youngChild ? FamilyTemplates.NOT_USED_YOUNG_CHILD : FamilyTemplates.NOT_USED),
          ImmutableList.of(), unused);
    }
    String alsoUnused = unused.isEmpty() ? "" : " Also, " + describe(unused, c.choices().goals().isEmpty()) + ".";
    List<String> setAsideChoices = with.resolution().map(r -> r.setAsideRuleIds().stream()
        .filter(id -> with.reasons().stream().anyMatch(x -> x.ruleId().equals(id)
            && x.basis().equals(Optional.of(Basis.CHOICE))))
        .toList()).orElse(List.of());
    if (!setAsideChoices.isEmpty()) {
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.CHOICES_DIFFER,
          new Wording("The choices expressed differ: " + String.join(", ", setAsideChoices) + " proposed something else,"
              + " and the conflict policy suggests " + label(after) + ". Discuss both choices with the young person and"
              + " family before agreeing." + alsoUnused, FamilyTemplates.CHOICES_DIFFER),
          ImmutableList.copyOf(choiceRules), unused);
    }
    if (!before.equals(after)) {
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.CHANGED,
          new Wording("The needs alone suggest " + needsText + "; without the young person's and family's choice the"
              + " suggestion would be " + label(before) + ". Their informed choice changed it to " + label(after)
              + " (" + String.join(", ", choiceRules) + "). Any safeguard still applies." + alsoUnused,
              // declining help at current risk makes risk support, which the family did not choose: say so
              after.equals(Optional.of(Grouping.GETTING_RISK_SUPPORT)) ? FamilyTemplates.RISK_SUPPORT_INSTEAD
                  : String.format(FamilyTemplates.CHANGED, label(before), label(after))),
          ImmutableList.copyOf(choiceRules), unused);
    }
    if (!heldBy.isEmpty()) {
      List<String> ids = new ArrayList<>(choiceRules);
      heldBy.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.HELD_BY_RISK,
          new Wording("The young person or family chose less support, but there is significant risk, so the choice"
              + " does not change the suggestion (" + label(after) + "). A clinical review is required before support is"
              + " lowered (" + String.join(", ", heldBy) + ")." + alsoUnused,
              FamilyTemplates.HELD_BY_RISK),
          ImmutableList.copyOf(ids), unused);
    }
    return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.CONFIRMED,
        new Wording("The young person's and family's choice agrees with the suggestion (" + label(after) + ")"
            + (choiceRules.isEmpty() ? "." : " (" + String.join(", ", choiceRules) + ").") + alsoUnused,
            unused.isEmpty() ? FamilyTemplates.CONFIRMED : FamilyTemplates.NOT_USED),
        ImmutableList.copyOf(choiceRules), unused);
  }

  private static String label(Optional<Grouping> g) {
    return g.map(Grouping::label).orElse("no grouping yet");
  }

  // ---- why not the others ----

  static ImmutableList<WhyNot> whyNot(Advice a, RuleSet rules) {
    Set<String> proposing = a.reasons().stream().filter(r -> r.proposal().isPresent()).map(Reason::ruleId)
        .collect(Collectors.toSet());
    ImmutableList.Builder<WhyNot> out = ImmutableList.builder();
    for (Grouping g : Grouping.values()) {
      if (a.suggestion().equals(Optional.of(g))) {
        continue;
      }
      List<WhyNot.Condition> conditions = new ArrayList<>();
      for (RuleInfo rule : rules.proposersOf(g)) {
        Wording condition = rule.condition().orElse(new Wording(rule.practitioner(), rule.family()));
        conditions.add(new WhyNot.Condition(rule.id(), condition,
            proposing.contains(rule.id()) ? WhyNot.Status.MET_BUT_OUTWEIGHED : WhyNot.Status.NOT_MET));
      }
      out.add(new WhyNot(g, ImmutableList.copyOf(conditions), summary(g, conditions, a)));
    }
    return out.build();
  }

  private static Wording summary(Grouping g, List<WhyNot.Condition> conditions, Advice a) {
    if (conditions.isEmpty()) {
      return new Wording("No rule in this rule set proposes " + g.label() + ".",
          String.format(FamilyTemplates.NOT_OFFERED, g.label()));
    }
    List<WhyNot.Condition> outweighed = conditions.stream()
        .filter(c -> c.status() == WhyNot.Status.MET_BUT_OUTWEIGHED).toList();
    String needs = conditions.stream().map(c -> c.wording().practitioner() + " (" + c.ruleId() + ")")
        .collect(Collectors.joining("; or "));
    String familyNeeds = conditions.stream().map(c -> c.wording().family()).distinct()
        .collect(Collectors.joining(". Or when "));
    if (!outweighed.isEmpty()) {
      String ids = outweighed.stream().map(WhyNot.Condition::ruleId).collect(Collectors.joining(", "));
      return new Wording(g.label() + " was proposed (" + ids + ") but a proposal on a later basis, or the conflict policy,"
          + " outweighed it; the suggestion is " + label(a.suggestion()) + ".",
          String.format(FamilyTemplates.OUTWEIGHED, g.label(), label(a.suggestion())));
    }
    return new Wording(g.label() + " would need: " + needs + ". This case does not meet that.",
        String.format(FamilyTemplates.IS_FOR, g.label(), familyNeeds));
  }

  // ---- options to discuss ----

  static ImmutableList<OptionToDiscuss> options(Advice a, Advice withoutChoice, ThriveCase c, LocalConfiguration local) {
    Set<Grouping> groupings = new LinkedHashSet<>();
    a.suggestion().ifPresent(groupings::add);
    a.needsOnly().ifPresent(groupings::add);
    withoutChoice.suggestion().ifPresent(groupings::add);
    a.reasons().stream().map(Reason::proposal).flatMap(Optional::stream).sorted().forEach(groupings::add);
    List<String> strengths = c.strengths().stream().map(Strength::description).toList();
    ImmutableList.Builder<OptionToDiscuss> out = ImmutableList.builder();
    int alternatives = 0;
    for (Grouping g : groupings) {
      boolean suggested = a.suggestion().equals(Optional.of(g));
      if (!suggested && alternatives++ >= 2) {
        continue;
      }
      out.add(new OptionToDiscuss(g, suggested, local.wordingOrNote(g, "involves"), local.wordingOrNote(g, "providedBy"),
          local.wordingOrNote(g, "howLong"), local.wordingOrNote(g, "success"), ImmutableList.copyOf(strengths)));
    }
    return out.build();
  }

  // ---- endings and reviews ----

  static Optional<Endings> endings(Advice a, ThriveCase c, LocalConfiguration local) {
    if (a.suggestion().isEmpty()) {
      return Optional.empty();
    }
    Grouping g = a.suggestion().get();
    List<String> criteria = new ArrayList<>();
    if (g == Grouping.GETTING_HELP || g == Grouping.GETTING_MORE_HELP) {
      c.choices().goals().stream().map(Goal::description).forEach(criteria::add);
      if (criteria.isEmpty()) {
        criteria.add("No goals agreed yet: agree goals with the young person and family before the intervention starts.");
      }
    } else {
      local.wording(g, "success").ifPresent(w -> criteria.add(w.practitioner()));
    }
    Optional<LocalDate> review = local.reviewAfter(g).map(p -> c.assessmentDate().plus(p));
    if (g == Grouping.GETTING_HELP || g == Grouping.GETTING_MORE_HELP) {
      Optional<LocalDate> earliestGoal = c.choices().goals().stream().map(Goal::reviewBy).flatMap(Optional::stream)
          .min(LocalDate::compareTo);
      if (earliestGoal.isPresent()) {
        review = earliestGoal;
      }
    }
    Optional<Wording> transition = a.reasons().stream().filter(r -> r.ruleId().startsWith("review."))
        .findFirst().map(r -> new Wording(r.practitioner(), r.family()));
    return Optional.of(new Endings(ImmutableList.copyOf(criteria), review, local.wordingOrNote(g, "atReview"),
        local.wording(g, "ifNotMet"), transition));
  }
}
