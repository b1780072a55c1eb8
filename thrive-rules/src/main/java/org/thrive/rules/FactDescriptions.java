package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.thrive.model.advice.CaseFact;
import org.thrive.model.history.Progress;
import org.thrive.model.choice.Setting;
import org.thrive.model.risk.RiskKind;
import org.thrive.rules.facts.*;

/**
 * What each fact holds, as the case facts a reason shows. Kept out of the fact types, which are
 * the rules' vocabulary and nothing else.
 */
final class FactDescriptions {
  private FactDescriptions() {}

  /** The case facts behind a fact a rule matched; empty for a fact this library did not make. */
  static ImmutableList<CaseFact> describe(RuleFact fact) {
    if (fact instanceof Chosen f) {
      return describe(f);
    }
    if (fact instanceof ClinicalRisk f) {
      return describe(f);
    }
    if (fact instanceof CommitmentToChange f) {
      return describe(f);
    }
    if (fact instanceof ComplexityFactor f) {
      return describe(f);
    }
    if (fact instanceof CurrentRisk f) {
      return describe(f);
    }
    if (fact instanceof Episode f) {
      return describe(f);
    }
    if (fact instanceof Goals f) {
      return describe(f);
    }
    if (fact instanceof HarmConcern f) {
      return describe(f);
    }
    if (fact instanceof History f) {
      return describe(f);
    }
    if (fact instanceof Involved f) {
      return describe(f);
    }
    if (fact instanceof ItemRating f) {
      return describe(f);
    }
    if (fact instanceof Missing f) {
      return describe(f);
    }
    if (fact instanceof NeurodevelopmentalFlag f) {
      return describe(f);
    }
    if (fact instanceof Note f) {
      return describe(f);
    }
    if (fact instanceof Person f) {
      return describe(f);
    }
    if (fact instanceof Problems f) {
      return describe(f);
    }
    if (fact instanceof Proposal f) {
      return describe(f);
    }
    if (fact instanceof Raise f) {
      return describe(f);
    }
    if (fact instanceof RiskProfile f) {
      return describe(f);
    }
    if (fact instanceof SignificantRisk f) {
      return describe(f);
    }
    if (fact instanceof StrengthFact f) {
      return describe(f);
    }
    if (fact instanceof UnableToUseHelp f) {
      return describe(f);
    }
    if (fact instanceof UnhelpedHistory f) {
      return describe(f);
    }
    return ImmutableList.of();
  }

  static ImmutableList<CaseFact> describe(Chosen f) {
    String who = Words.of(f.chooser().name());
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    b.add(new CaseFact("choices[" + f.index() + "].wants", "Choice of " + who.toLowerCase(java.util.Locale.ROOT),
        Words.of(f.preference().name())));
    if (f.setting() != Setting.NO_PREFERENCE) {
      b.add(new CaseFact("choices[" + f.index() + "].setting", "Setting wanted by " + who.toLowerCase(java.util.Locale.ROOT),
          Words.of(f.setting().name())));
    }
    return b.build();
  }

  static ImmutableList<CaseFact> describe(ClinicalRisk f) {
    return ImmutableList.of(new CaseFact("derived.clinicalRisk", "Clinical risk", f.indicator()));
  }

  static ImmutableList<CaseFact> describe(CommitmentToChange f) {
    return ImmutableList.of(new CaseFact("derived.commitmentToChange", "Commitment to change", "yes"));
  }

  static ImmutableList<CaseFact> describe(ComplexityFactor f) {
    return ImmutableList.of(new CaseFact("needs." + f.item().code(), f.item().label(), f.presence().label()));
  }

  static ImmutableList<CaseFact> describe(CurrentRisk f) {
    return ImmutableList.of(new CaseFact("derived.currentRisk", "Current risk to self or others", f.indicator()));
  }

  static ImmutableList<CaseFact> describe(Episode f) {
    return ImmutableList.of(new CaseFact("history.episodes[" + f.index() + "]", "Episode of " + Words.of(f.kind().name()).toLowerCase(java.util.Locale.ROOT),
        Words.of(f.outcome().name())));
  }

  static ImmutableList<CaseFact> describe(Goals f) {
    return ImmutableList.of(
        new CaseFact("choices.goals", "Agreed goals", String.valueOf(f.count())),
        new CaseFact("choices.goals.reviewBy", "Every goal has a review date", f.reviewDated() ? "yes" : "no"));
  }

  static ImmutableList<CaseFact> describe(HarmConcern f) {
    return ImmutableList.of(new CaseFact("risk.harmFromOthers", "Harm from others of concern", Words.of(f.kind().name())));
  }

  static ImmutableList<CaseFact> describe(History f) {
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    b.add(new CaseFact("history.episodes", "Previous or current episodes of help", f.episodesKnown() ? String.valueOf(f.episodes()) : "Not known"));
    if (f.unhelpedTreatmentEpisodes() > 0) {
      b.add(new CaseFact("history.episodes.outcome", "Treatment episodes with no benefit or disengagement",
          String.valueOf(f.unhelpedTreatmentEpisodes())));
    }
    if (f.helpedEpisodes() > 0) {
      b.add(new CaseFact("history.episodes.outcome", "Episodes with goals met or partly met", String.valueOf(f.helpedEpisodes())));
    }
    if (f.latestReview() != Progress.NOT_REVIEWED) {
      b.add(new CaseFact("history.latestReview", f.reviewCurrent() ? "Progress at latest review"
          : "Progress at the review of an earlier episode", Words.of(f.latestReview().name())));
    }
    b.add(new CaseFact("history.engagement", "Engagement with help now", Words.of(f.engagement().name())));
    return b.build();
  }

  static ImmutableList<CaseFact> describe(Involved f) {
    return ImmutableList.of(new CaseFact("agencies", "Agency involved", Words.of(f.agency().name())));
  }

  static ImmutableList<CaseFact> describe(ItemRating f) {
    return ImmutableList.of(new CaseFact("needs." + f.item().code(), f.item().label(), f.rating().label()));
  }

  static ImmutableList<CaseFact> describe(Missing f) {
    return ImmutableList.of(new CaseFact("derived.missing", "Missing information", f.field()));
  }

  static ImmutableList<CaseFact> describe(NeurodevelopmentalFlag f) {
    return ImmutableList.of(new CaseFact("derived.neurodevelopmentalAssessment", "Neurodevelopmental assessment", "consider"));
  }

  static ImmutableList<CaseFact> describe(Note f) {
    return ImmutableList.of();
  }

  static ImmutableList<CaseFact> describe(Person f) {
    return ImmutableList.of(new CaseFact("age", "Age", String.valueOf(f.age())));
  }

  static ImmutableList<CaseFact> describe(Problems f) {
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    f.difficulties().forEach(d -> b.addAll(describe(d)));
    if (f.difficulties().isEmpty() && f.none() > 0) {
      b.add(new CaseFact("needs.problem", "Problems rated None", f.none() + " of " + (f.none() + f.notKnown())));
    }
    if (f.notKnown() > 0) {
      b.add(new CaseFact("needs.problem", "Problems rated Not known", f.notKnown() + " (each is listed as not known yet)"));
    }
    return b.build();
  }

  static ImmutableList<CaseFact> describe(Proposal f) {
    return ImmutableList.of(new CaseFact("derived.proposal." + f.basis().name().toLowerCase(java.util.Locale.ROOT),
        "Suggested on the basis of " + Words.of(f.basis().name()).toLowerCase(java.util.Locale.ROOT), f.grouping().label()));
  }

  static ImmutableList<CaseFact> describe(Raise f) {
    return ImmutableList.of(new CaseFact("derived.safeguard", "Safeguard", Words.of(f.kind().name())));
  }

  static ImmutableList<CaseFact> describe(RiskProfile f) {
    ImmutableList.Builder<CaseFact> b = ImmutableList.builder();
    b.add(new CaseFact("risk.toSelf", "Risk to self", Words.of(f.toSelf().name())));
    b.add(new CaseFact("risk.toOthers", "Risk to others", Words.of(f.toOthers().name())));
    b.add(new CaseFact("risk.fromOthers", "Risk from others", Words.of(f.fromOthers().name())));
    if (f.immediateDanger()) {
      b.add(new CaseFact("risk.immediateDanger", "Immediate danger", "yes"));
    } else if (f.immediateDangerNotKnown()) {
      b.add(new CaseFact("risk.immediateDanger", "Immediate danger", "Not known"));
    }
    // the same words as the risk signals: a period that was not recorded is never told as one
    String period = org.thrive.model.risk.Crises.periodWords(f.crisesPeriodKnown(), f.crisesRecent(), f.crisisPeriodDays());
    if (f.emergencyAttendances() > 0) {
      b.add(new CaseFact("risk.crises.emergencyAttendances", "A&E attendances", f.emergencyAttendances() + period));
    }
    if (f.otherCrisisContacts() > 0) {
      b.add(new CaseFact("risk.crises.otherCrisisContacts", "Other crisis contacts", f.otherCrisisContacts() + period));
    }
    return b.build();
  }

  static ImmutableList<CaseFact> describe(SignificantRisk f) {
    // harm from others has its own field, so a rendering can tell it apart without reading the words
    return ImmutableList.of(f.kind() == RiskKind.FROM_OTHERS
        ? new CaseFact("derived.harmFromOthers", "Significant risk of harm from others", f.indicator())
        : new CaseFact("derived.significantRisk", "Significant risk", f.indicator()));
  }

  static ImmutableList<CaseFact> describe(StrengthFact f) {
    return ImmutableList.of(new CaseFact("strengths[" + f.index() + "]", Words.of(f.kind().name()) + " strength", f.description()));
  }

  static ImmutableList<CaseFact> describe(UnableToUseHelp f) {
    return ImmutableList.of(new CaseFact("derived.unableToUseHelp", "Unable to use help now", f.indicator()));
  }

  static ImmutableList<CaseFact> describe(UnhelpedHistory f) {
    return ImmutableList.of(new CaseFact("derived.unhelpedHistory", "Treatment that has not helped or could not be used",
        f.episodes() + " episode(s)"));
  }

  /** Plain words for a constant: {@code GOAL_BASED_HELP} becomes {@code "Goal based help"}. */
  static final class Words {
    private Words() {}

    private static final java.util.concurrent.ConcurrentHashMap<String, String> WORDS =
        new java.util.concurrent.ConcurrentHashMap<>();

    static String of(String constant) {
      return WORDS.computeIfAbsent(constant, k -> {
        String s = k.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
      });
    }
  }
}
