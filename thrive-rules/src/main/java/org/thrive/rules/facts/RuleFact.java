package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;

/**
 * A fact rules can match. Every fact says, as {@link CaseFact}s, what it holds, so that a
 * reason can show the case facts that made its rule apply.
 */
public interface RuleFact {
  /** What this fact holds, as case facts for an explanation. */
  ImmutableList<CaseFact> describe();
}
