package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.history.HelpKind;
import org.thrive.model.history.Outcome;

/** One episode of help. {@code index} is its place in date order (0 is the earliest); {@code latest} marks the last. */
public record Episode(int index, HelpKind kind, Outcome outcome, boolean latest) implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    return ImmutableList.of(new CaseFact("history.episodes[" + index + "]", "Episode of " + Words.of(kind.name()).toLowerCase(java.util.Locale.ROOT),
        Words.of(outcome.name())));
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "Episode";
  }
}
