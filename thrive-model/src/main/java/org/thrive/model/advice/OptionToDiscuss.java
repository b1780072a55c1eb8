package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.thrive.model.grouping.Grouping;

/**
 * One row of an option grid: what a grouping's input involves, who usually provides it, how long
 * it lasts and what success looks like, each in both wordings. The content comes from the
 * advisor's local configuration (an area's services), not from code.
 *
 * @param grouping the grouping
 * @param suggested whether it is the suggested grouping (the others are the nearest alternatives)
 * @param involves what the input involves
 * @param providedBy who usually provides it
 * @param howLong how long it usually lasts
 * @param success what success looks like
 * @param strengths the case's strengths to build on (their descriptions)
 */
public record OptionToDiscuss(
    Grouping grouping,
    boolean suggested,
    Wording involves,
    Wording providedBy,
    Wording howLong,
    Wording success,
    ImmutableList<String> strengths) {
  public OptionToDiscuss {
    checkNotNull(grouping, "grouping");
    checkNotNull(involves, "involves");
    checkNotNull(providedBy, "providedBy");
    checkNotNull(howLong, "howLong");
    checkNotNull(success, "success");
    strengths = ImmutableList.copyOf(checkNotNull(strengths, "strengths"));
  }
}
