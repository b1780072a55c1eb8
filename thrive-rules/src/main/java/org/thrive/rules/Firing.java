package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.thrive.rules.facts.Conclusion;
import org.thrive.rules.facts.RuleFact;

/** One firing of one rule: the facts it matched and the conclusions it inserted. */
final class Firing {
  final String packageName;
  final String ruleName;
  final ImmutableList<RuleFact> matched;
  final List<Conclusion> conclusions = new ArrayList<>();

  Firing(String packageName, String ruleName, ImmutableList<RuleFact> matched) {
    this.packageName = packageName;
    this.ruleName = ruleName;
    this.matched = matched;
  }
}
