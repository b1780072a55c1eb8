package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.thrive.model.advice.Basis;
import org.thrive.model.advice.Resolution;
import org.thrive.model.grouping.Grouping;

/**
 * Settles the proposals rules made. The policy, in full:
 *
 * <ol>
 *   <li><b>Later basis wins.</b> Proposals rest on a {@link Basis}: needs, then review of help,
 *       then the young person's and family's choice, then risk with the history of help. The
 *       suggestion comes from the latest basis that has any proposal: a choice rule that proposes
 *       Getting Advice changes what the needs alone suggested. This is not a conflict; the advice
 *       reports the needs-only grouping beside the suggestion.
 *   <li><b>Same basis, different groupings: the more intensive input.</b> When rules on the same
 *       basis propose different groupings, the advisor suggests the one whose input offers the
 *       most support, in the order Getting Risk Support, Getting More Help, Getting Help, Getting
 *       Advice, Thriving, so that nobody is offered less than a rule found; the rules set aside
 *       are named in the {@link Resolution} for discussion. This order is used for nothing else:
 *       the groupings are not a severity scale.
 * </ol>
 *
 * Safeguards are not proposals and are never settled away.
 */
final class ConflictPolicy {
  static final String SAME_BASIS_POLICY = "same-basis-more-support";

  /** A rule's proposal. */
  record Proposed(String ruleId, Grouping grouping, Basis basis) {}

  /** The outcome: the suggestion, what the needs alone suggest, and how any disagreement was settled. */
  record Outcome(Optional<Grouping> suggestion, Optional<Basis> basis, Optional<Grouping> needsOnly,
      Optional<Resolution> resolution) {}

  private ConflictPolicy() {}

  static Outcome settle(List<Proposed> proposals) {
    Optional<Grouping> needsOnly = pick(proposals, Basis.NEEDS).map(p -> p.grouping);
    for (int i = Basis.values().length - 1; i >= 0; i--) {
      Basis basis = Basis.values()[i];
      Optional<Picked> picked = pick(proposals, basis);
      if (picked.isPresent()) {
        return new Outcome(Optional.of(picked.get().grouping), Optional.of(basis), needsOnly, picked.get().resolution);
      }
    }
    return new Outcome(Optional.empty(), Optional.empty(), needsOnly, Optional.empty());
  }

  private record Picked(Grouping grouping, Optional<Resolution> resolution) {}

  private static Optional<Picked> pick(List<Proposed> proposals, Basis basis) {
    List<Proposed> onBasis = new java.util.ArrayList<>();
    Grouping chosen = null;
    for (Proposed p : proposals) {
      if (p.basis == basis) {
        onBasis.add(p);
        chosen = chosen == null || chosen.offersLessSupportThan(p.grouping) ? p.grouping : chosen;
      }
    }
    if (chosen == null) {
      return Optional.empty();
    }
    TreeSet<String> setAside = new TreeSet<>();
    TreeSet<String> others = new TreeSet<>();
    TreeSet<String> backing = new TreeSet<>();
    for (Proposed p : onBasis) {
      if (p.grouping != chosen) {
        setAside.add(p.ruleId);
        others.add(p.grouping.label());
      } else {
        backing.add(p.ruleId);
      }
    }
    if (setAside.isEmpty()) {
      return Optional.of(new Picked(chosen, Optional.empty()));
    }
    String explanation = Texts.fill("conflict.sameBasis.practitioner", "basis", basis.label().toLowerCase(java.util.Locale.ROOT),
        "backing", String.join(", ", backing), "chosen", chosen.label(), "setAside", String.join(", ", setAside),
        "others", String.join(" or ", others));
    return Optional.of(new Picked(chosen,
        Optional.of(new Resolution(SAME_BASIS_POLICY, explanation, ImmutableList.copyOf(setAside)))));
  }
}
