package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
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
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Preference;
import org.thrive.model.choice.Goal;
import org.thrive.model.risk.RiskSignals;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.strengths.Strength;
import org.thrive.model.risk.RiskKind;
import org.thrive.rules.facts.SignificantRisk;

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
    ImmutableList<ChoiceEffect.UnusedChoice> unused = unused(assessed.usedChoices(), c, local, core.suggestion());
    ChoiceInputs choice = ChoiceInputs.of(core, assessed.choiceRuleIds(), assessed.usedChoices(), unused, withoutChoice, c,
        goalsStandInTheWay(unused, c, rules, assessed));
    Advice.Builder b = Advice.Builder.from(core)
        .choiceEffect(rules.explained(choice, () -> choiceEffect(choice, false)
            .withParentWording(choiceEffect(choice, true).wording().family())))
        .addWhyNot(whyNot(core, rules, assessed.facts()))
        .addOptions(options(core, withoutChoice, c, local));
    endings(core, c, local, rules).ifPresent(b::endings);
    return b.build();
  }

  // ---- needs versus choice ----

  /** The recorded choices no rule acted on, with why. */
  static ImmutableList<ChoiceEffect.UnusedChoice> unused(Set<Integer> used, ThriveCase c, LocalConfiguration local,
      Optional<Grouping> suggestion) {
    List<Choice> choices = c.choices().choices();
    ChoiceStage stage = local.choiceStage(c.age());
    boolean significant = RiskSignals.isSignificant(c);
    ImmutableList.Builder<ChoiceEffect.UnusedChoice> out = ImmutableList.builder();
    for (int i = 0; i < choices.size(); i++) {
      if (!used.contains(i)) {
        Choice choice = choices.get(i);
        out.add(new ChoiceEffect.UnusedChoice(choice.chooser(), choice.preference(),
            suggestion.isPresent() && fits(choice.preference(), suggestion.get()) ? ChoiceEffect.WhyNotUsed.ALREADY_SUGGESTED
                : CaseFacts.whyNotCounted(choice, choices, stage, significant).orElse(ChoiceEffect.WhyNotUsed.NO_RULE_APPLIES)));
      }
    }
    return out.build();
  }

  /**
   * Whether a choice of goal-based help that no rule acted on would be acted on once goals are
   * agreed: no goals are recorded, and some rule lists agreed goals among the parts of its
   * condition and every other part it lists holds for the case. Only then does the explanation say
   * goals are what is needed; otherwise it says no rule acts on the choice for these needs, which
   * is true whatever the reason (a rule that lists no parts is never assumed to need only goals).
   */
  static boolean goalsStandInTheWay(List<ChoiceEffect.UnusedChoice> unused, ThriveCase c, RuleSet rules,
      AdviceAssembler.Assessment assessed) {
    if (!c.choices().goals().isEmpty() || unused.stream().noneMatch(u -> u.preference() == Preference.GOAL_BASED_HELP
        && u.why() == ChoiceEffect.WhyNotUsed.NO_RULE_APPLIES)) {
      return false;
    }
    Facts facts = assessed.facts();
    for (RuleInfo rule : rules.rules()) {
      if (rule.requires().contains(Criterion.GOALS_AGREED)
          && rule.requires().stream().allMatch(k -> k == Criterion.GOALS_AGREED || k.holds(facts))) {
        return true;
      }
    }
    return false;
  }

  private static String whyKey(ChoiceEffect.UnusedChoice u, boolean goalsMissing) {
    return switch (u.why()) {
      case YOUNG_CHILD_CHOICE_ALONE -> "choice.unused.youngChild";
      case YOUNG_PERSON_LEADS -> "choice.unused.youngPersonLeads";
      case YOUNG_PERSONS_VIEW_NEEDED -> "choice.unused.youngPersonsView";
      case ALREADY_SUGGESTED -> "choice.unused.alreadySuggested";
      case PARENT_ASKS_FOR_HELP -> "choice.unused.parentAsks";
      case YOUNG_CHILD_ASKS_FOR_HELP -> "choice.unused.childAsks";
      case NO_RULE_APPLIES -> u.preference() == Preference.GOAL_BASED_HELP && goalsMissing
          ? "choice.unused.goalsNeeded" : "choice.unused.noRule";
    };
  }

  /** One sentence per unused choice, in both wordings. */
  private static Wording describeUnused(List<ChoiceEffect.UnusedChoice> unused, boolean goalsMissing, Audience audience) {
    List<String> p = new ArrayList<>();
    List<String> f = new ArrayList<>();
    for (ChoiceEffect.UnusedChoice u : unused) {
      String key = whyKey(u, goalsMissing);
      p.add(Texts.fill("choice.unused.practitioner", "chooser", u.chooser().label(),
          "preference", u.preference().label().toLowerCase(java.util.Locale.ROOT),
          "why", Texts.fill(key + ".practitioner")));
      String sentence = Texts.fill("choice.unused.family", "whose", audience.whose(Set.of(u.chooser()), false),
          "why", Texts.fill(audience.family(key)));
      if (!f.contains(sentence)) {
        f.add(sentence);
      }
    }
    return new Wording(String.join(" ", p), String.join(" ", f));
  }

  /** Whom the family wording speaks to: the young person, or a parent or carer. */
  private record Audience(boolean parent) {
    /** Who chose, in family words: "you", "your mum, dad or carer", or both; to a parent, "your child" and "you". */
    String whose(Set<Chooser> choosers, boolean start) {
      String who = choosers.contains(Chooser.YOUNG_PERSON) && choosers.contains(Chooser.PARENT_OR_CARER) ? "both"
          : choosers.contains(Chooser.YOUNG_PERSON) ? "youngPerson" : "parent";
      return Texts.fill("whose." + who + (start ? ".start" : "") + (parent ? ".parent" : ".family"));
    }

    /** The family template {@code key}, in its wording to a parent where it has one. */
    String family(String key) {
      return parent && Texts.templates().containsKey(key + ".parent") ? key + ".parent" : key + ".family";
    }
  }

  /**
   * Everything needs versus choice reads of a case and its advice: what the needs alone, the case
   * without its choices and the case suggest; the rules that acted on a choice (sorted), and of
   * them those that gave a reason; the clinical reviews the choices added; the choices, which of
   * them a rule acted on, and those it did not with why; whether goals are missing; the choice
   * rules another choice rule set aside; and whether the case carries significant or clinical risk.
   */
  record ChoiceInputs(boolean goalsMissing, boolean atRisk, Optional<Grouping> needs, Optional<Grouping> before,
      Optional<Grouping> after, ImmutableList<Choice> choices, ImmutableSet<Integer> usedChoices,
      ImmutableList<ChoiceEffect.UnusedChoice> unused, ImmutableList<String> choiceRules, ImmutableList<String> changedBy,
      ImmutableList<String> heldBy, ImmutableList<String> setAsideChoices) {

    static ChoiceInputs of(Advice with, Set<String> choiceRuleIds, Set<Integer> usedChoices,
        ImmutableList<ChoiceEffect.UnusedChoice> unused, Advice without, ThriveCase c, boolean goalsStandInTheWay) {
      ImmutableList<String> choiceRules = ImmutableList.sortedCopyOf(choiceRuleIds);
      Set<String> reviewBefore = new java.util.HashSet<>();
      for (Safeguard s : without.safeguards()) {
        if (s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED) {
          reviewBefore.add(s.ruleId());
        }
      }
      ImmutableList.Builder<String> heldBy = ImmutableList.builder();
      for (Safeguard s : with.safeguards()) {
        if (s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED && !reviewBefore.contains(s.ruleId())) {
          heldBy.add(s.ruleId());
        }
      }
      // the rules that changed the suggestion: a rule that only raised a safeguard held it, it did not change it
      Set<String> reasonIds = new java.util.HashSet<>();
      for (Reason r : with.reasons()) {
        reasonIds.add(r.ruleId());
      }
      ImmutableList<String> changedBy = choiceRules.stream().filter(reasonIds::contains)
          .collect(ImmutableList.toImmutableList());
      // choices differ when one choice rule was set aside by another on the same basis (the policy),
      // not when a later basis outweighed a choice
      ImmutableList<String> setAsideChoices = with.resolution().map(res -> res.setAsideRuleIds().stream()
          .filter(id -> with.reasons().stream().anyMatch(x -> x.ruleId().equals(id) && x.basis().equals(Optional.of(Basis.CHOICE))))
          .collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
      return new ChoiceInputs(goalsStandInTheWay,
          RiskSignals.isSignificant(c) || !RiskSignals.clinicalRisk(c).isEmpty(), with.needsOnly(), without.suggestion(),
          with.suggestion(), ImmutableList.copyOf(c.choices().choices()),
          com.google.common.collect.ImmutableSortedSet.copyOf(usedChoices), unused, choiceRules, changedBy, heldBy.build(),
          setAsideChoices);
    }
  }

  /**
   * Needs versus choice, made from {@link ChoiceInputs} alone (so it is kept per rule set for the
   * cases alike in those). The family wording speaks to the young person, or with
   * {@code toParent} to a parent or carer ("your child", and "you" for the parent's own choice).
   */
  static ChoiceEffect choiceEffect(ChoiceInputs in, boolean toParent) {
    Audience audience = new Audience(toParent);
    Optional<Grouping> needs = in.needs();
    Optional<Grouping> before = in.before();
    Optional<Grouping> after = in.after();
    List<String> choiceRules = in.choiceRules();
    List<String> heldBy = in.heldBy();
    List<Choice> choices = in.choices();
    Set<Integer> usedChoices = in.usedChoices();
    ImmutableList<ChoiceEffect.UnusedChoice> unused = in.unused();
    Set<Chooser> usedBy = usedChoices.stream().map(i -> choices.get(i).chooser())
        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Chooser.class)));
    Set<Chooser> allChoosers = choices.stream().map(Choice::chooser)
        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Chooser.class)));
    Set<Chooser> who = usedBy.isEmpty() ? allChoosers : usedBy;
    String needsText = label(needs);
    boolean goalsMissing = in.goalsMissing();
    if (choices.isEmpty()) {
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.NO_CHOICE_EXPRESSED,
          new Wording(Texts.fill("choice.none.practitioner", "needs", needsText), Texts.fill(audience.family("choice.none"))),
          ImmutableList.of(), ImmutableList.of());
    }
    if (after.isEmpty()) {
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.WAITING_FOR_INFORMATION,
          Texts.both("choice.waiting", "whose", audience.whose(allChoosers, false)), ImmutableList.copyOf(choiceRules), unused);
    }
    // the recorded choices that agree with the suggestion: those a rule used, and those no rule
    // needed because the suggestion already is what they ask for
    Set<Chooser> agreeing = java.util.EnumSet.noneOf(Chooser.class);
    for (int i = 0; i < choices.size(); i++) {
      int index = i;
      boolean usable = usedChoices.contains(i) || unused.stream().anyMatch(u -> u.chooser() == choices.get(index).chooser()
          && u.preference() == choices.get(index).preference() && u.why() == ChoiceEffect.WhyNotUsed.ALREADY_SUGGESTED);
      if (usable && fits(choices.get(i).preference(), after.get())) {
        agreeing.add(choices.get(i).chooser());
      }
    }
    List<ChoiceEffect.UnusedChoice> reported = unused.stream()
        .filter(u -> u.why() != ChoiceEffect.WhyNotUsed.ALREADY_SUGGESTED).toList();
    Wording unusedText = describeUnused(reported, goalsMissing, audience);
    String alsoUnused = reported.isEmpty() ? "" : Texts.fill("choice.also.practitioner", "unused", unusedText.practitioner());
    String alsoFamily = reported.isEmpty() ? "" : " " + unusedText.family();
    List<String> changedBy = in.changedBy();
    List<String> setAsideChoices = in.setAsideChoices();
    if (!setAsideChoices.isEmpty()) {
      Wording w = new Wording(Texts.fill("choice.differ.practitioner", "setAside", String.join(", ", setAsideChoices),
          "suggestion", label(after), "alsoUnused", alsoUnused), Texts.fill(audience.family("choice.differ")));
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.CHOICES_DIFFER,
          new Wording(w.practitioner(), w.family() + alsoFamily), ImmutableList.copyOf(choiceRules), unused);
    }
    if (!before.equals(after) && !usedBy.isEmpty()) {
      String key = after.equals(Optional.of(Grouping.GETTING_RISK_SUPPORT)) ? "choice.changedToRiskSupport"
          : needs.equals(before) ? "choice.changedSameBefore" : "choice.changed";
      Wording w = new Wording(Texts.fillSome(key + ".practitioner", "needs", needsText, "without", label(before),
          "suggestion", label(after), "rules", String.join(", ", changedBy.isEmpty() ? choiceRules : changedBy),
          "alsoUnused", alsoUnused), Texts.fill("choice.changed.family", "without", label(before),
          "suggestion", label(after), "whose", audience.whose(usedBy, false)));
      // declining help at current risk makes risk support, which the family did not choose: say so
      Set<Chooser> declined = choices.stream().filter(ch -> ch.preference() == Preference.DECLINES_HELP)
          .map(Choice::chooser).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Chooser.class)));
      String family = after.equals(Optional.of(Grouping.GETTING_RISK_SUPPORT)) && !declined.isEmpty()
          ? Texts.fill("choice.riskSupportInstead.family", "Whose", audience.whose(declined, true)) : w.family();
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.CHANGED,
          new Wording(w.practitioner(), family + alsoFamily), ImmutableList.copyOf(choiceRules), unused);
    }
    boolean atRisk = in.atRisk();
    boolean wouldChange = usedChoices.stream().anyMatch(i -> !fits(choices.get(i).preference(), after.get()));
    if (!heldBy.isEmpty() && atRisk && wouldChange) {
      List<String> ids = new ArrayList<>(choiceRules);
      heldBy.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
      boolean less = usedChoices.stream().map(i -> choices.get(i).preference())
          .anyMatch(p -> p == Preference.ADVICE_OR_SELF_MANAGEMENT || p == Preference.DECLINES_HELP);
      // who asked for less (or for the same help again): only their choice is named
      Set<Chooser> held = usedChoices.stream().filter(i -> less == (choices.get(i).preference() == Preference.ADVICE_OR_SELF_MANAGEMENT
              || choices.get(i).preference() == Preference.DECLINES_HELP)).map(i -> choices.get(i).chooser())
          .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Chooser.class)));
      if (held.isEmpty()) {
        held = usedBy.isEmpty() ? allChoosers : usedBy;
      }
      Set<Chooser> heldChoosers = held;
      String asked = usedChoices.stream().sorted().filter(i -> heldChoosers.contains(choices.get(i).chooser()))
          .map(i -> choices.get(i).preference()).distinct()
          .map(p -> p.label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(" or "));
      // a choice that fits the suggestion (for example a parent asking for help while the young
      // person declines) is named to the practitioner too, not only to the family
      Set<Chooser> agreeingOthers = java.util.EnumSet.noneOf(Chooser.class);
      agreeingOthers.addAll(agreeing);
      agreeingOthers.removeAll(held);
      String agreeingAsked = choices.stream().filter(ch -> agreeingOthers.contains(ch.chooser()))
          .map(ch -> ch.preference().label().toLowerCase(java.util.Locale.ROOT)).distinct().collect(Collectors.joining(" or "));
      String fits = agreeingOthers.isEmpty() ? "" : " " + Texts.fill("choice.heldFits.practitioner",
          "choosers", joinLabels(agreeingOthers), "asked", agreeingAsked);
      Wording w = new Wording(Texts.fill("choice.held.practitioner", "suggestion", label(after), "rules",
          String.join(", ", heldBy), "alsoUnused", fits + alsoUnused, "asked", asked.isEmpty() ? "a choice" : asked,
          "choosers", joinLabels(held)),
          Texts.fill((less ? "choice.held.less" : "choice.held.same") + ".family", "Whose", audience.whose(held, true))
              + (agreeing.isEmpty() || agreeing.equals(held) ? ""
                  : " " + Texts.fill("choice.confirmed.family", "whose", audience.whose(agreeing, false))));
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.HELD_BY_RISK,
          new Wording(w.practitioner(), w.family() + alsoFamily), ImmutableList.copyOf(ids), unused);
    }
    List<ChoiceEffect.UnusedChoice> waiting = reported.stream()
        .filter(u -> u.why() == ChoiceEffect.WhyNotUsed.PARENT_ASKS_FOR_HELP
            || u.why() == ChoiceEffect.WhyNotUsed.YOUNG_CHILD_ASKS_FOR_HELP).toList();
    if (!waiting.isEmpty()) {
      // from 12 to 15 the choice is shared: a young person's choice of less support and a parent's
      // choice of help are discussed together, and support is not lowered meanwhile; for a young
      // child, a parent's choice of less support and the child's wish for help likewise
      String parents = choices.stream().filter(ch -> ch.chooser() == Chooser.PARENT_OR_CARER)
          .map(ch -> ch.preference().label().toLowerCase(java.util.Locale.ROOT)).distinct().collect(Collectors.joining(" or "));
      String young = choices.stream().filter(ch -> ch.chooser() == Chooser.YOUNG_PERSON)
          .map(ch -> ch.preference().label().toLowerCase(java.util.Locale.ROOT)).distinct().collect(Collectors.joining(" or "));
      boolean youngChild = waiting.get(0).why() == ChoiceEffect.WhyNotUsed.YOUNG_CHILD_ASKS_FOR_HELP;
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.CHOICES_DIFFER,
          new Wording(Texts.fill(youngChild ? "choice.differYoungChild.practitioner" : "choice.differShared.practitioner",
              "young", young, "parent", parents, "suggestion", label(after)),
              Texts.fill(audience.family("choice.differ"))), ImmutableList.copyOf(choiceRules), unused);
    }
    if (!agreeing.isEmpty()) {
      Wording w = Texts.both("choice.confirmed", "suggestion", label(after), "choosers", joinLabels(agreeing).toLowerCase(java.util.Locale.ROOT),
          "rules", choiceRules.isEmpty() ? "" : " (" + String.join(", ", choiceRules) + ")", "alsoUnused", alsoUnused,
          "whose", audience.whose(agreeing, false));
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.CONFIRMED,
          new Wording(w.practitioner(), w.family() + alsoFamily), ImmutableList.copyOf(choiceRules), unused);
    }
    if (!usedBy.isEmpty()) {
      String asked = usedChoices.stream().sorted().map(i -> choices.get(i).preference()).distinct()
          .map(p -> p.label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(" or "));
      Wording w = Texts.both("choice.notFollowed", "asked", asked, "suggestion", label(after),
          "rules", String.join(", ", choiceRules), "alsoUnused", alsoUnused, "Whose", audience.whose(usedBy, true),
          "choosers", joinLabels(usedBy));
      return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.NOT_FOLLOWED,
          new Wording(w.practitioner(), w.family() + alsoFamily), ImmutableList.copyOf(choiceRules), unused);
    }
    return new ChoiceEffect(needs, before, after, ChoiceEffect.Kind.NOT_USED,
        new Wording(Texts.fill("choice.notUsed.practitioner", "unused", unusedText.practitioner(),
            "suggestion", label(after)), unusedText.family()),
        ImmutableList.of(), unused);
  }

  /** Choosers' labels joined, the first capitalised and the rest in lower case: "The young person and a parent or carer". */
  private static String joinLabels(Set<Chooser> choosers) {
    List<String> labels = choosers.stream().map(Chooser::label).toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < labels.size(); i++) {
      String l = labels.get(i);
      out.append(i == 0 ? l : " and " + Character.toLowerCase(l.charAt(0)) + l.substring(1));
    }
    return out.toString();
  }

  /** Whether a choice asks for what the grouping gives. */
  static boolean fits(Preference p, Grouping g) {
    return switch (p) {
      case ADVICE_OR_SELF_MANAGEMENT, DECLINES_HELP -> g == Grouping.GETTING_ADVICE || g == Grouping.THRIVING;
      case GOAL_BASED_HELP -> g == Grouping.GETTING_HELP;
      case SPECIALIST_TREATMENT -> g == Grouping.GETTING_MORE_HELP;
    };
  }

  private static String label(Optional<Grouping> g) {
    return g.map(Grouping::label).orElse("no grouping yet");
  }

  // ---- why not the others ----

  /** How many parts of the conditions for a grouping the family page names. */
  static final int FAMILY_WHY_NOT_PARTS = 3;

  /**
   * For each grouping not suggested, each rule that could propose it: the parts of its condition
   * that did not hold for this case, or, when it held, the rules that outweighed it. Empty when no
   * grouping can be suggested yet (what is missing says why). Made from {@link WhyNotInputs} alone,
   * so it is kept per rule set for the cases alike in those.
   */
  static ImmutableList<WhyNot> whyNot(Advice a, RuleSet rules, Facts facts) {
    if (a.suggestion().isEmpty()) {
      return ImmutableList.of();
    }
    WhyNotInputs in = WhyNotInputs.of(a, rules, facts);
    return rules.explained(in, () -> whyNot(in, rules));
  }

  /** What a reason that proposed a grouping says, as "why not" reads it. */
  record Proposing(String ruleId, Grouping proposal, Optional<Basis> basis, ImmutableList<String> outweighedBy) {}

  /**
   * Everything "why not" reads of a case: the suggestion, the reasons that proposed a grouping (in
   * the advice's order), whether the case carries any risk signal, which parts of the rules'
   * conditions hold (a bit per {@link Criterion} any rule lists), and whether the significant risk
   * is to self or to others (the wording of current risk says which).
   */
  record WhyNotInputs(long held, Grouping suggestion, boolean riskSignals, boolean riskToSelf, boolean riskToOthers,
      ImmutableList<Proposing> proposing) {
    static {
      // one bit per part of a condition
      com.google.common.base.Preconditions.checkState(Criterion.values().length <= Long.SIZE);
    }

    static WhyNotInputs of(Advice a, RuleSet rules, Facts facts) {
      ImmutableList.Builder<Proposing> proposing = ImmutableList.builder();
      for (Reason r : a.reasons()) {
        if (r.proposal().isPresent()) {
          proposing.add(new Proposing(r.ruleId(), r.proposal().get(), r.basis(), r.outweighedBy()));
        }
      }
      long held = 0;
      for (Criterion k : rules.criteriaListed()) {
        if (k.holds(facts)) {
          held |= 1L << k.ordinal();
        }
      }
      return new WhyNotInputs(held, a.suggestion().orElseThrow(), !a.riskSignals().isEmpty(),
          facts.any(SignificantRisk.class, r -> r.kind() == RiskKind.TO_SELF),
          facts.any(SignificantRisk.class, r -> r.kind() == RiskKind.TO_OTHERS), proposing.build());
    }

    boolean holds(Criterion k) {
      return (held & 1L << k.ordinal()) != 0;
    }

    Optional<Proposing> proposal(String ruleId) {
      for (Proposing p : proposing) {
        if (p.ruleId().equals(ruleId)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  private static ImmutableList<WhyNot> whyNot(WhyNotInputs in, RuleSet rules) {
    ImmutableList.Builder<WhyNot> out = ImmutableList.builder();
    for (Grouping g : Grouping.values()) {
      if (in.suggestion() == g) {
        continue;
      }
      ImmutableList.Builder<WhyNot.Condition> conditions = ImmutableList.builder();
      boolean anyOutweighed = false;
      for (RuleInfo rule : rules.proposersOf(g)) {
        Wording condition = rule.condition().orElse(new Wording(rule.practitioner(), rule.family()));
        Optional<Proposing> proposed = in.proposal(rule.id());
        if (proposed.isPresent() && proposed.get().proposal() == g) {
          conditions.add(new WhyNot.Condition(rule.id(), condition, WhyNot.Status.MET_BUT_OUTWEIGHED, ImmutableList.of(),
              proposed.get().outweighedBy()));
          anyOutweighed = true;
        } else {
          ImmutableList.Builder<Wording> notHeld = ImmutableList.builder();
          for (Criterion k : rule.requires()) {
            if (!in.holds(k)) {
              notHeld.add(k.wording());
            }
          }
          conditions.add(new WhyNot.Condition(rule.id(), condition, WhyNot.Status.NOT_MET, notHeld.build(),
              ImmutableList.of()));
        }
      }
      ImmutableList<WhyNot.Condition> all = conditions.build();
      out.add(new WhyNot(g, all, summary(g, all, anyOutweighed, in, rules)));
    }
    return out.build();
  }

  private static Wording summary(Grouping g, List<WhyNot.Condition> conditions, boolean anyOutweighed, WhyNotInputs in,
      RuleSet rules) {
    String suggestion = in.suggestion().label();
    if (conditions.isEmpty()) {
      return Texts.both("whyNot.noRule", "grouping", g.label());
    }
    if (anyOutweighed) {
      List<WhyNot.Condition> outweighed = conditions.stream()
          .filter(c -> c.status() == WhyNot.Status.MET_BUT_OUTWEIGHED).toList();
      List<String> by = outweighed.stream().flatMap(c -> c.outweighedBy().stream()).distinct().sorted().toList();
      Optional<Basis> ownBasis = in.proposal(outweighed.get(0).ruleId()).flatMap(Proposing::basis);
      Optional<Basis> decidingBasis = in.proposing().stream().filter(r -> by.contains(r.ruleId())).findFirst()
          .flatMap(Proposing::basis);
      String how = ownBasis.isPresent() && decidingBasis.isPresent() && !ownBasis.equals(decidingBasis)
          ? Texts.fill("whyNot.outweighed.laterBasis.practitioner", "outweighingBasis", decidingBasis.get().label(),
              "basis", ownBasis.get().label().toLowerCase(java.util.Locale.ROOT))
          : Texts.fill("whyNot.outweighed.sameBasis.practitioner");
      String practitioner = Texts.fill("whyNot.outweighed.practitioner", "grouping", g.label(),
          "rules", outweighed.stream().map(WhyNot.Condition::ruleId).collect(Collectors.joining(", ")),
          "outweighing", by.isEmpty() ? "the policy" : String.join(", ", by), "how", how, "suggestion", suggestion);
      // the family hears the first two parts of a deciding rule's condition that held, worded for this case
      Optional<String> because = by.stream().map(rules::byId).flatMap(Optional::stream).findFirst()
          .map(r -> {
            // current risk alone never explains a grouping: it is said with the next part that held
            List<Criterion> held = r.requires().stream().filter(in::holds).toList();
            int parts = !held.isEmpty() && (held.get(0) == Criterion.CURRENT_RISK
                || held.get(0) == Criterion.CURRENT_RISK_FOR_RISK_SUPPORT) ? 2 : 1;
            return held.stream().limit(parts).map(k -> k.wordingWhenHeld(in.riskToSelf(), in.riskToOthers()).family())
                .collect(Collectors.joining(", and "));
          })
          .filter(b -> !b.isEmpty());
      String family = because.map(b -> Texts.fill("whyNot.outweighed.family", "grouping", g.label(),
              "because", b, "suggestion", suggestion))
          .orElse(Texts.fill("whyNot.outweighed.other.family", "grouping", g.label(), "suggestion", suggestion));
      return new Wording(practitioner, family);
    }
    List<String> perRule = new ArrayList<>();
    java.util.TreeMap<String, String> firstParts = new java.util.TreeMap<>();
    for (WhyNot.Condition c : conditions) {
      if (c.notHeld().isEmpty()) {
        perRule.add(Texts.fill("whyNot.notMet.unlisted.practitioner", "condition", c.wording().practitioner(),
            "rule", c.ruleId()));
      } else {
        perRule.add(Texts.fill("whyNot.notMet.rule.practitioner", "parts",
            c.notHeld().stream().map(Wording::practitioner).collect(Collectors.joining(" and ")), "rule", c.ruleId()));
        // rules are ranked by their first listed part (needs before history and choice); each
        // contributes the first of its listed parts that did not hold
        ImmutableList<Criterion> parts = rules.byId(c.ruleId()).orElseThrow().requires();
        // a part about current risk that did not hold tells the family there is no such worry: never
        // said where the case carries any risk signal (harm from others, low risk to self, a
        // Mild self-harm rating), because it would deny a worry that exists
        Optional<Criterion> first = parts.stream().filter(k -> !in.holds(k))
            .filter(k -> !(k.isAboutCurrentRisk() && in.riskSignals())).findFirst();
        int rank = parts.get(0).ordinal(); // the same key as "%03d %s", without a Formatter per call
        first.ifPresent(k -> firstParts.put((rank < 10 ? "00" : rank < 100 ? "0" : "") + rank + " " + c.ruleId(),
            k.wording().family()));
      }
    }
    String practitioner = Texts.fill("whyNot.notMet.practitioner", "grouping", g.label(),
        "conditions", String.join("; ", perRule));
    // the family hears at most two parts, from the rules about needs first
    List<String> familyParts = firstParts.values().stream().distinct().limit(FAMILY_WHY_NOT_PARTS).toList();
    if (familyParts.isEmpty()) {
      return new Wording(practitioner, Texts.fill("whyNot.notMet.unlisted.family", "grouping", g.label()));
    }
    String more = familyParts.stream().skip(1).map(p -> Texts.fill("whyNot.notMet.more.family", "part", p))
        .collect(Collectors.joining());
    return new Wording(practitioner, Texts.fill("whyNot.notMet.family", "grouping", g.label(),
        "first", familyParts.get(0), "more", more));
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

  static Optional<Endings> endings(Advice a, ThriveCase c, LocalConfiguration local, RuleSet rules) {
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
    // at immediate danger or high risk the plan is reviewed soon, whatever the usual period
    if (a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)) {
      LocalDate soon = c.assessmentDate().plusDays(local.reviewAtCrisisWithinDays());
      review = Optional.of(review.filter(r -> r.isBefore(soon)).orElse(soon));
    }
    // what happens after the last episode: the review rule that decided the suggestion, if one did
    // or, failing that, a note that reads the latest review
    Optional<Wording> transition = a.reasons().stream()
        .filter(r -> r.basis().equals(Optional.of(Basis.REVIEW)) && r.standing() == Reason.Standing.SUPPORTS)
        .findFirst().or(() -> a.reasons().stream().filter(r -> r.role() == Reason.Role.NOTES
            && r.facts().stream().anyMatch(f -> f.field().equals("history.latestReview"))).findFirst())
        .map(r -> new Wording(r.practitioner(), r.family()));
    boolean goalsBased = g == Grouping.GETTING_HELP || g == Grouping.GETTING_MORE_HELP;
    Wording atReview = a.hasSafeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE) ? Texts.both("endings.atCrisisReview")
        : goalsBased && c.choices().goals().isEmpty() ? Texts.both("endings.agreeGoalsFirst")
        : local.wordingOrNote(g, "atReview");
    return Optional.of(new Endings(ImmutableList.copyOf(criteria), review, atReview,
        local.wording(g, "ifNotMet"), transition));
  }
}
