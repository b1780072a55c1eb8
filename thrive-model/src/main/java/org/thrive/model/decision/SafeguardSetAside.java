package org.thrive.model.decision;

import static org.thrive.model.InvalidCaseException.requirePresent;

import org.thrive.model.advice.SafeguardKind;

/**
 * A safeguard the decision does not action, with its coded reason. The safeguard itself stays in
 * the decision record.
 */
public record SafeguardSetAside(SafeguardKind kind, SetAsideReason reason) {
  public SafeguardSetAside {
    requirePresent(kind, "SafeguardSetAside.kind");
    requirePresent(reason, "SafeguardSetAside.reason");
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "SafeguardSetAside";
  }
}
