package org.thrive.testing;

import com.google.common.collect.ImmutableList;
import org.thrive.json.Scenario;
import org.thrive.model.advice.Advice;

/**
 * The outcome of one scenario.
 *
 * @param scenario the scenario
 * @param advice the advice the rules gave (absent when evaluation itself failed)
 * @param failures what did not match, one line each; empty when the scenario passed
 */
public record ScenarioResult(Scenario scenario, java.util.Optional<Advice> advice, ImmutableList<String> failures) {
  public boolean passed() {
    return failures.isEmpty();
  }
}
