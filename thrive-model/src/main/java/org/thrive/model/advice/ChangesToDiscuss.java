package org.thrive.model.advice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.thrive.model.grouping.Grouping;

/**
 * What would change the suggestion: for other groupings, the smallest changes to the case that
 * lead to them, found by re-evaluating the rules on systematically varied cases. These are changes
 * to <b>discuss</b> (a different choice, taking part in help, a rating that turns out different),
 * never advice to change a rating. Only the changes the young person and family can make themselves
 * ({@link Option#forFamily()}) are shown to them.
 *
 * @param options the changes found, nearest first, grouped by the grouping they lead to
 * @param evaluated how many varied cases were evaluated
 * @param complete false when the search stopped at its count or time bound before trying every variation
 */
public record ChangesToDiscuss(ImmutableList<Option> options, int evaluated, boolean complete) {
  /** Shown with every list of changes. */
  public static final String NOTICE =
      "Changes to discuss, not advice: never change a rating or a record to reach a grouping.";

  public ChangesToDiscuss {
    options = ImmutableList.copyOf(checkNotNull(options, "options"));
  }

  /**
   * A set of changes (one, or two together) that leads to another grouping.
   *
   * @param leadsTo the grouping the varied case is suggested
   * @param changes the changes, one or two
   * @param wording the changes in both wordings; the family wording is empty when the change is not the family's to make
   * @param forParent the family wording as a parent's or carer's page says it ("say you chose" of their own
   *     choice, "say your child chose" of the young person's); empty when the family wording is
   */
  public record Option(Grouping leadsTo, ImmutableList<CaseChange> changes, Wording wording, String forParent) {
    /** An option whose family wording reads the same to a parent or carer. */
    public Option(Grouping leadsTo, ImmutableList<CaseChange> changes, Wording wording) {
      this(leadsTo, changes, wording, wording.family());
    }

    /** Whether the young person and family can make these changes themselves (their choice, taking part in help). */
    public boolean forFamily() {
      return !wording.family().isEmpty();
    }

    public Option {
      checkNotNull(leadsTo, "leadsTo");
      changes = ImmutableList.copyOf(checkNotNull(changes, "changes"));
      checkNotNull(wording, "wording");
      checkNotNull(forParent, "forParent");
    }
  }
}
