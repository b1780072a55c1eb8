package org.thrive.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A loaded rule and the metadata the library relies on.
 *
 * @param id the stable id ({@code @id}), never reused
 * @param name the DRL rule name
 * @param practitioner the explanation for practitioners ({@code @practitioner})
 * @param family the explanation for the young person and family ({@code @family})
 * @param source what the rule encodes ({@code @source})
 */
public record RuleInfo(String id, String name, String practitioner, String family, String source) {
  public RuleInfo {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(practitioner, "practitioner");
    checkNotNull(family, "family");
    checkNotNull(source, "source");
  }
}
