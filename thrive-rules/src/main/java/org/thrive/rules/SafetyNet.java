package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.risk.RiskSignals;

/**
 * The library's own safeguards, applied after the rules whatever they said, so that no rule set
 * (default or local) can lose a risk signal:
 *
 * <ul>
 *   <li>immediate danger in the case always carries an immediate crisis response;
 *   <li>significant risk with a suggestion of Thriving or Getting Advice, or with no suggestion,
 *       always requires a clinical review.
 * </ul>
 *
 * Risk signals themselves are read from the input by {@link RiskSignals}, not by rules.
 */
final class SafetyNet {
  static final String CRISIS_ID = "safety-net.immediate-danger";
  static final String REVIEW_ID = "safety-net.risk-with-less-support";

  private SafetyNet() {}

  static ImmutableList<Safeguard> complete(ThriveCase c, List<Safeguard> fromRules, Optional<Grouping> suggestion) {
    List<Safeguard> out = new ArrayList<>(fromRules);
    ImmutableList<CaseFact> signals = RiskSignals.of(c);
    if (c.risk().immediateDanger() && out.stream().noneMatch(s -> s.kind() == SafeguardKind.IMMEDIATE_CRISIS_RESPONSE)) {
      out.add(new Safeguard(SafeguardKind.IMMEDIATE_CRISIS_RESPONSE, CRISIS_ID,
          "The case records immediate danger and no rule raised a crisis response: make sure an immediate crisis"
              + " response is available now. (Raised by the library, whatever the rules say.)",
          FamilyTemplates.CRISIS,
          signals));
    }
    boolean lessSupport = suggestion.isEmpty()
        || suggestion.get() == Grouping.THRIVING || suggestion.get() == Grouping.GETTING_ADVICE;
    if (RiskSignals.isSignificant(c) && lessSupport
        && out.stream().noneMatch(s -> s.kind() == SafeguardKind.CLINICAL_REVIEW_REQUIRED)) {
      out.add(new Safeguard(SafeguardKind.CLINICAL_REVIEW_REQUIRED, REVIEW_ID,
          "The case has significant risk but the suggestion offers advice or less, or no grouping: a clinician must"
              + " review the case before it is agreed. (Raised by the library, whatever the rules say.)",
          FamilyTemplates.REVIEW,
          signals));
    }
    return ImmutableList.copyOf(out);
  }
}
