package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.thrive.rules.facts.Conclusion;
import org.thrive.rules.facts.RuleFact;

/** One firing of one rule: the facts it matched and the conclusions it inserted. */
final class Firing {
  final String ruleName;
  final ImmutableList<RuleFact> matched;
  final List<Conclusion> conclusions = new ArrayList<>();

  Firing(String ruleName, ImmutableList<RuleFact> matched) {
    this.ruleName = ruleName;
    this.matched = matched;
  }
}
