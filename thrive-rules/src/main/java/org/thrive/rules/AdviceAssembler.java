package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Provenance;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.risk.RiskSignals;
import com.google.common.collect.ImmutableSet;
import org.thrive.rules.facts.Chosen;
import org.thrive.rules.facts.Conclusion;
import org.thrive.rules.facts.Note;
import org.thrive.rules.facts.Missing;
import org.thrive.rules.facts.NeurodevelopmentalFlag;
import org.thrive.rules.facts.Proposal;
import org.thrive.rules.facts.Raise;
import org.thrive.rules.facts.RuleFact;

/** Turns what the rules concluded into {@link Advice}: reasons, the settled grouping, safeguards, provenance. */
final class AdviceAssembler {
  static final String NO_PROPOSAL_ID = "advisor.no-proposal";

  private AdviceAssembler() {}

  /** What one rule contributed, merged over all its firings whose conclusions still hold. */
  private static final class Contribution {
    final RuleInfo rule;
    /** The facts its firings matched, described only when a reason or safeguard shows them. */
    final List<RuleFact> matched = new ArrayList<>();
    private ImmutableList<CaseFact> described;
    final TreeSet<Grouping> proposals = new TreeSet<>();
    Basis basis;
    final List<Raise> raised = new ArrayList<>();
    final List<Missing> missing = new ArrayList<>();
    boolean explains;
    boolean derives;

    Contribution(RuleInfo rule) {
      this.rule = rule;
    }

    ImmutableList<CaseFact> facts() {
      if (described == null) {
        TreeSet<CaseFact> facts = new TreeSet<>();
        for (RuleFact f : matched) {
          facts.addAll(FactDescriptions.describe(f));
        }
        described = ImmutableList.copyOf(facts);
      }
      return described;
    }
  }

  /** Advice, and which of the case's choices (by index) a rule acted on: proposed, raised or derived from. */
  record Assessment(Advice advice, ImmutableSet<Integer> usedChoices, ImmutableSet<String> choiceRuleIds,
      java.util.function.Supplier<Facts> readFacts) {
    /** What the explanation reads of the working memory, made when first asked for. */
    Facts facts() {
      return readFacts.get();
    }
  }

  static Assessment assemble(ThriveCase c, RuleSet ruleSet, Evaluation.Result result, String libraryVersion, Instant now) {
    return assemble(c, ruleSet, result, libraryVersion, now, true);
  }

  /**
   * As {@link #assemble(ThriveCase, RuleSet, Evaluation.Result, String, Instant)}; without
   * {@code reasons}, the advice has the same grouping, safeguards and missing information but no
   * reasons: for the comparisons that read only those (the case without its choices, the varied
   * cases of changes to discuss).
   */
  static Assessment assemble(ThriveCase c, RuleSet ruleSet, Evaluation.Result result, String libraryVersion, Instant now,
      boolean withReasons) {
    Map<String, Contribution> byId = new LinkedHashMap<>();
    ImmutableSet.Builder<Integer> usedChoices = ImmutableSet.builder();
    Set<String> choiceRuleIds = new TreeSet<>();
    for (Firing firing : result.firings()) {
      boolean holds = firing.conclusions.isEmpty();
      boolean concludesMoreThanANote = false;
      for (Conclusion o : firing.conclusions) {
        if (result.live().contains(o)) {
          holds = true;
          concludesMoreThanANote |= !(o instanceof Note);
        }
      }
      if (!holds) {
        continue; // truth maintenance withdrew everything this firing concluded
      }
      RuleInfo info = ruleSet.info(firing.packageName, firing.ruleName);
      if (concludesMoreThanANote) {
        for (RuleFact fact : firing.matched) {
          if (fact instanceof Chosen chosen) {
            usedChoices.add(chosen.index());
            choiceRuleIds.add(info.id());
          }
        }
      }
      Contribution contribution = byId.computeIfAbsent(info.id(), id -> new Contribution(info));
      contribution.matched.addAll(firing.matched);
      if (firing.conclusions.isEmpty()) {
        contribution.explains = true;
      }
      for (Conclusion conclusion : firing.conclusions) {
        if (!result.live().contains(conclusion)) {
          continue;
        }
        if (conclusion instanceof Proposal p) {
          contribution.proposals.add(p.grouping());
          contribution.basis = p.basis();
          contribution.explains = true;
        } else if (conclusion instanceof Raise r) {
          contribution.raised.add(r);
        } else if (conclusion instanceof Missing m) {
          contribution.missing.add(m);
        } else {
          contribution.explains = true;
          contribution.derives |= !(conclusion instanceof Note) && !(conclusion instanceof NeurodevelopmentalFlag);
        }
      }
    }

    List<ConflictPolicy.Proposed> proposals = new ArrayList<>();
    List<Reason> reasons = new ArrayList<>();
    List<Safeguard> safeguards = new ArrayList<>();
    Map<String, MissingInformation> missing = new LinkedHashMap<>();
    boolean neuro = false;
    for (Contribution k : byId.values()) {
      for (Grouping g : k.proposals) {
        proposals.add(new ConflictPolicy.Proposed(k.rule.id(), g, k.basis));
      }
      if (k.explains && withReasons) {
        ImmutableList<CaseFact> facts = k.facts();
        Optional<Grouping> proposal = k.proposals.isEmpty() ? Optional.empty() : Optional.of(k.proposals.first());
        reasons.add(new Reason(k.rule.id(), k.rule.practitioner(), k.rule.family(), k.rule.source(), facts,
            proposal, proposal.isPresent() ? Optional.of(k.basis) : Optional.empty())
            .withRole(proposal.isPresent() ? Reason.Role.PROPOSES : k.derives ? Reason.Role.DERIVES : Reason.Role.NOTES));
      }
      if (!k.raised.isEmpty()) {
        ImmutableList<CaseFact> facts = k.facts();
        new TreeSet<>(k.raised.stream().map(Raise::kind).toList()).forEach(kind -> safeguards.add(
            new Safeguard(kind, k.rule.id(), k.rule.practitioner(), k.rule.family(), facts)));
      }
      for (Missing m : k.missing) {
        missing.putIfAbsent(m.field(), new MissingInformation(m.field(), m.label(),
            k.rule.practitioner() + " (rule " + k.rule.id() + ")"));
      }
    }
    for (Firing firing : result.firings()) {
      for (Conclusion o : firing.conclusions) {
        neuro |= o instanceof NeurodevelopmentalFlag && result.live().contains(o);
      }
    }

    ConflictPolicy.Outcome outcome = ConflictPolicy.settle(proposals);
    if (outcome.suggestion().isEmpty() && missing.isEmpty()) {
      missing.putIfAbsent("grouping", new MissingInformation("grouping", "A grouping",
          "No rule in rule set " + ruleSet.name() + " proposed a grouping for this case: complete the Current View,"
              + " choices, risk and history, or review the local rules (" + NO_PROPOSAL_ID + ")"));
    }
    if (missing.isEmpty()) {
      SafetyNet.withholding(c, outcome.suggestion()).forEach(m -> missing.putIfAbsent(m.field(), m));
    }
    boolean canSuggest = missing.isEmpty();
    Optional<Grouping> suggestion = canSuggest ? outcome.suggestion() : Optional.empty();

    reasons.sort(REASON_ORDER);
    standings(reasons, suggestion, outcome.basis());
    safeguards.sort(Comparator.comparing(Safeguard::kind).thenComparing(Safeguard::ruleId));
    ImmutableList<CaseFact> signals = RiskSignals.of(c);
    ImmutableList<Safeguard> allSafeguards = SafetyNet.complete(c, safeguards, suggestion, outcome.needsOnly(), signals);

    Set<String> fired = new TreeSet<>(byId.keySet());
    Advice.Builder advice = Advice.builder()
        .caseId(c.caseId())
        .status(canSuggest ? AdviceStatus.SUGGESTION : AdviceStatus.CANNOT_SUGGEST_YET);
    suggestion.ifPresent(advice::suggestion);
    outcome.needsOnly().ifPresent(advice::needsOnly);
    if (canSuggest) {
      outcome.resolution().ifPresent(advice::resolution);
    }
    return new Assessment(advice
        .addReasons(reasons)
        .addSafeguards(allSafeguards)
        .addRiskSignals(signals)
        .addNotKnown(RiskSignals.notKnownFacts(c))
        .neurodevelopmentalAssessment(neuro)
        .addMissing(missing.values().stream().sorted(java.util.Comparator.comparing(MissingInformation::field)).toList())
        .provenance(new Provenance(ruleSet.name(), ruleSet.version(), ruleSet.sha256(), ImmutableList.copyOf(fired),
            libraryVersion, now, ruleSet.ruleCode()))
        .build(), usedChoices.build(), ImmutableSet.copyOf(choiceRuleIds), result.readFacts());
  }

  /**
   * Marks each reason that proposed a grouping: it supports the suggestion when it proposed the
   * suggested grouping; otherwise it was set aside, outweighed by the rules that proposed the
   * suggestion on the deciding basis; with no suggestion yet, it is on hold.
   */
  private static void standings(List<Reason> reasons, Optional<Grouping> suggestion, Optional<Basis> deciding) {
    ImmutableList<String> deciders = reasons.stream()
        .filter(r -> r.proposal().isPresent() && r.proposal().equals(suggestion) && r.basis().equals(deciding))
        .map(Reason::ruleId).collect(ImmutableList.toImmutableList());
    reasons.replaceAll(r -> r.proposal().isEmpty() || r.proposal().equals(suggestion) ? r
        : suggestion.isEmpty() ? r.withStanding(Reason.Standing.ON_HOLD, ImmutableList.of())
        : r.withStanding(Reason.Standing.SET_ASIDE, deciders));
  }

  /** Proposals first, in basis order (needs, review, choice, risk and history), then the other reasons; by id within each. */
  private static final Comparator<Reason> REASON_ORDER = Comparator
      .comparingInt((Reason r) -> r.basis().map(Enum::ordinal).orElse(Basis.values().length))
      .thenComparing(Reason::ruleId);
}
