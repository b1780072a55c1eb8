package org.thrive.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.thrive.model.advice.Wording;
import org.thrive.model.grouping.Grouping;

/**
 * A loaded rule and the metadata the library relies on.
 *
 * @param id the stable id ({@code @id}), never reused
 * @param name the DRL rule name
 * @param practitioner the explanation for practitioners ({@code @practitioner})
 * @param family the explanation for the young person and family ({@code @family})
 * @param source what the rule encodes ({@code @source})
 * @param file the DRL file the rule is in
 * @param proposes the grouping the rule's consequence proposes, if it proposes one (read from the DRL)
 * @param condition the rule's condition in both wordings ({@code @condition}, {@code @familyCondition}),
 *     used to say why a grouping was not suggested; required for rules that propose a grouping
 * @param requires the parts of the condition ({@code @requires}), in the order the rule author wants
 *     them named; empty when the rule does not list them, and then "why not" names the whole condition
 */
public record RuleInfo(String id, String name, String practitioner, String family, String source, String file,
    Optional<Grouping> proposes, Optional<Wording> condition, ImmutableList<Criterion> requires) {
  public RuleInfo {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(practitioner, "practitioner");
    checkNotNull(family, "family");
    checkNotNull(source, "source");
    checkNotNull(file, "file");
    checkNotNull(proposes, "proposes");
    checkNotNull(condition, "condition");
    requires = ImmutableList.copyOf(checkNotNull(requires, "requires"));
  }
}
