package org.thrive.model.grouping;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The six characteristics that distinguish treatment (Getting More Help) from risk support
 * (Getting Risk Support), from <i>THRIVE Elaborated</i> (2nd ed., 2016).
 */
public record Characteristics(
    String design, String aim, String participants, String timeframe, String structure, String whenPlanChanges) {
  public Characteristics {
    checkNotNull(design, "design");
    checkNotNull(aim, "aim");
    checkNotNull(participants, "participants");
    checkNotNull(timeframe, "timeframe");
    checkNotNull(structure, "structure");
    checkNotNull(whenPlanChanges, "whenPlanChanges");
  }
}
