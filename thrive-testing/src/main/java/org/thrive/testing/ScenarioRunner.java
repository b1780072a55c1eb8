package org.thrive.testing;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.thrive.json.Scenario;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.FamilyView;
import org.thrive.rules.PractitionerView;
import org.thrive.rules.RuleEvaluationException;
import org.thrive.rules.RuleInfo;
import org.thrive.rules.ThriveAdvisor;

/** Runs scenarios against an advisor's rules and reports each result and the rules no scenario made fire. */
public final class ScenarioRunner {
  private final ThriveAdvisor advisor;

  public ScenarioRunner(ThriveAdvisor advisor) {
    this.advisor = advisor;
  }

  /** Runs one scenario. */
  public ScenarioResult run(Scenario s) {
    Advice a;
    try {
      a = advisor.advise(s.thriveCase());
    } catch (RuleEvaluationException e) {
      return new ScenarioResult(s, Optional.empty(), ImmutableList.of("the rules failed: " + e.getMessage()));
    }
    List<String> failures = new ArrayList<>();
    Set<String> fired = new TreeSet<>(a.provenance().firedRuleIds());
    Set<String> known = advisor.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    List<String> unknown = java.util.stream.Stream.concat(s.fired().stream(), s.notFired().stream())
        .filter(id -> !known.contains(id)).distinct().toList();
    if (!unknown.isEmpty()) {
      // a misspelt id would make "must not fire" pass without checking anything
      failures.add("no loaded rule has the id: " + String.join(", ", unknown) + " (rules list shows every id)");
    }
    if (!a.suggestion().equals(s.grouping())) {
      failures.add("grouping: expected " + label(s.grouping()) + ", actual " + label(a.suggestion()));
    }
    s.needsOnly().ifPresent(n -> {
      if (!a.needsOnly().equals(Optional.of(n))) {
        failures.add("needs alone: expected " + n.label() + ", actual " + a.needsOnly().map(Grouping::label).orElse("none"));
      }
    });
    List<String> notFiring = s.fired().stream().filter(id -> !fired.contains(id)).toList();
    if (!notFiring.isEmpty()) {
      failures.add("rules that should have fired but did not: " + String.join(", ", notFiring));
    }
    List<String> firing = s.notFired().stream().filter(fired::contains).toList();
    if (!firing.isEmpty()) {
      failures.add("rules that should not have fired but did: " + String.join(", ", firing));
    }
    Set<SafeguardKind> actual = a.safeguards().stream().map(Safeguard::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SafeguardKind.class)));
    s.safeguards().ifPresent(expected -> {
      if (!actual.equals(EnumSet.copyOf(expected.isEmpty() ? EnumSet.noneOf(SafeguardKind.class) : expected))) {
        failures.add("safeguards: expected " + new TreeSet<>(expected) + ", actual " + actual);
      }
    });
    Set<String> missing = a.missing().stream().map(MissingInformation::field).collect(Collectors.toSet());
    List<String> notNamed = s.missing().stream().filter(f -> !missing.contains(f)).toList();
    if (!notNamed.isEmpty()) {
      failures.add("missing information not named: " + String.join(", ", notNamed));
    }
    if (!s.familySays().isEmpty() || !s.familyNeverSays().isEmpty()) {
      String family = FamilyView.render(a);
      s.familySays().stream().filter(t -> !family.contains(t)).forEach(t -> failures.add("the family page does not say: " + t));
      s.familyNeverSays().stream().filter(family::contains).forEach(t -> failures.add("the family page says: " + t));
    }
    if (!s.practitionerSays().isEmpty() || !s.practitionerNeverSays().isEmpty()) {
      String practitioner = PractitionerView.render(a);
      s.practitionerSays().stream().filter(t -> !practitioner.contains(t))
          .forEach(t -> failures.add("the practitioner page does not say: " + t));
      s.practitionerNeverSays().stream().filter(practitioner::contains)
          .forEach(t -> failures.add("the practitioner page says: " + t));
    }
    if (!failures.isEmpty()) {
      failures.add("rules that fired: " + String.join(", ", fired));
    }
    return new ScenarioResult(s, Optional.of(a), ImmutableList.copyOf(failures));
  }

  /** Runs every scenario, in order. */
  public List<ScenarioResult> runAll(List<Scenario> scenarios) {
    return scenarios.stream().map(this::run).toList();
  }

  /** The ids of loaded rules that no passing or failing scenario made fire, sorted. */
  public ImmutableList<String> neverFired(List<ScenarioResult> results) {
    Set<String> fired = new TreeSet<>();
    results.forEach(r -> r.advice().ifPresent(a -> fired.addAll(a.provenance().firedRuleIds())));
    return advisor.rules().stream().map(RuleInfo::id).filter(id -> !fired.contains(id)).sorted()
        .collect(ImmutableList.toImmutableList());
  }

  private static String label(Optional<Grouping> g) {
    return g.map(Grouping::label).orElse("cannot suggest yet");
  }
}
