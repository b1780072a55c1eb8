package org.thrive.rules.facts;

import com.google.common.collect.ImmutableList;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.history.Engagement;
import org.thrive.model.history.Progress;

/**
 * The history of help, summarised. Always present. In DRL:
 * {@code History(firstContact)}, {@code History(unhelpedTreatmentEpisodes >= 2)},
 * {@code History(latestReview == Progress.NO_PROGRESS)}, {@code History(engagement == Engagement.NOT_ENGAGED)}.
 */
public record History(boolean firstContact, int episodes, int unhelpedTreatmentEpisodes, int helpedEpisodes,
    Progress latestReview, Engagement engagement) implements RuleFact {
  @Override
  public ImmutableList<CaseFact> describe() {
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    b.add(new CaseFact("history.episodes", "Previous or current episodes of help", String.valueOf(episodes)));
    if (unhelpedTreatmentEpisodes > 0) {
      b.add(new CaseFact("history.episodes.outcome", "Treatment episodes with no benefit or disengagement",
          String.valueOf(unhelpedTreatmentEpisodes)));
    }
    if (helpedEpisodes > 0) {
      b.add(new CaseFact("history.episodes.outcome", "Episodes with goals met or partly met", String.valueOf(helpedEpisodes)));
    }
    b.add(new CaseFact("history.latestReview", "Progress at latest review", Words.of(latestReview.name())));
    b.add(new CaseFact("history.engagement", "Engagement with help now", Words.of(engagement.name())));
    return b.build();
  }

  /** Names the type only: values are case content and must never reach a log. */
  @Override
  public String toString() {
    return "History";
  }
}
