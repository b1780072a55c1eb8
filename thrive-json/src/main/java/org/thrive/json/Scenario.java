package org.thrive.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.Optional;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;

/**
 * A scenario a rule author writes without Java: a case and what the rules must make of it.
 *
 * @param file where the scenario was read from
 * @param name a short name for reports
 * @param thriveCase the case
 * @param grouping the grouping expected; empty means "cannot suggest yet"
 * @param needsOnly the needs-only grouping expected, if given
 * @param fired rules that must fire
 * @param notFired rules that must not fire
 * @param safeguards the safeguards expected, exactly, if given
 * @param missing fields the advice must name as missing, if given
 * @param familySays text the family page (for the young person) must contain
 * @param familyNeverSays text the family page must never contain
 * @param practitionerSays text the practitioner page must contain
 * @param practitionerNeverSays text the practitioner page must never contain
 */
public record Scenario(
    Path file,
    String name,
    ThriveCase thriveCase,
    Optional<Grouping> grouping,
    Optional<Grouping> needsOnly,
    ImmutableList<String> fired,
    ImmutableList<String> notFired,
    Optional<ImmutableSet<SafeguardKind>> safeguards,
    ImmutableList<String> missing,
    ImmutableList<String> familySays,
    ImmutableList<String> familyNeverSays,
    ImmutableList<String> practitionerSays,
    ImmutableList<String> practitionerNeverSays) {}
