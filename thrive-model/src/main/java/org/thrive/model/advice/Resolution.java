package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * How the library settled rules that proposed different groupings on the same basis.
 *
 * @param policy the id of the policy applied
 * @param explanation what was decided and why, in words
 * @param setAsideRuleIds the rules whose proposals were not taken
 */
public record Resolution(String policy, String explanation, ImmutableList<String> setAsideRuleIds) {
  public Resolution {
    checkNotNull(policy, "policy");
    checkNotNull(explanation, "explanation");
    setAsideRuleIds = ImmutableList.copyOf(checkNotNull(setAsideRuleIds, "setAsideRuleIds"));
  }
}
