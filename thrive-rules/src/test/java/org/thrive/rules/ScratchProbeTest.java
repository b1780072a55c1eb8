package org.thrive.rules;

import static org.thrive.rules.RuleTest.*;
import static org.thrive.rules.TestCases.*;

import org.junit.jupiter.api.Test;
import org.thrive.model.advice.Advice;
import org.thrive.model.choice.*;
import org.thrive.model.needs.*;
import org.thrive.model.risk.*;
import org.thrive.model.history.*;

class ScratchProbeTest {
  void show(String name, Advice a) {
    System.out.println("PROBE " + name + ": " + a.status() + " " + a.suggestion() + " needsOnly=" + a.needsOnly()
        + " fired=" + a.provenance().firedRuleIds() + " reasons=" + a.reasonIds()
        + " safeguards=" + a.safeguards().stream().map(s -> s.kind() + "/" + s.ruleId()).toList()
        + " missing=" + a.missing().stream().map(m -> m.field()).toList() + " res=" + a.resolution().map(r -> r.setAsideRuleIds()));
  }
  @Test void probe() {
    show("parentAdviceRiskNotAssessed", advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.notAssessed()).choices(parentChooses(Preference.ADVICE_OR_SELF_MANAGEMENT))));
    show("oneOtherCrisisYPAdvice", advise(base().needs(problems(9, Rating.MODERATE)).risk(Risk.none().withCrises(new Crises(0,1,90))).choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT))));
    show("contextNotKnown", advise(base().needs(Needs.builder().unlistedRatings(Rating.NONE).unlistedComplexityFactors(Presence.NO).rate(CurrentViewItem.CONTEXT_HOME, Rating.NOT_KNOWN).build())));
    show("allNotKnown", advise(base().needs(Needs.notYetRecorded())));
    show("mildPlusMediumRisk", advise(base().needs(problems(9, Rating.MILD)).risk(mediumRiskToSelf())));
    show("ypAdviceParentGoal", advise(base().needs(problems(9, Rating.MODERATE)).choices(new Choices(com.google.common.collect.ImmutableList.of(Choice.of(Chooser.YOUNG_PERSON, Preference.ADVICE_OR_SELF_MANAGEMENT), Choice.of(Chooser.PARENT_OR_CARER, Preference.GOAL_BASED_HELP)), com.google.common.collect.ImmutableList.of(Goal.of("x"))))));
    show("immediateDanger", advise(base().risk(Risk.none().withImmediateDanger(true))));
    show("thrivingRiskAdvice", advise(base().risk(mediumRiskToSelf()).choices(youngPersonChooses(Preference.ADVICE_OR_SELF_MANAGEMENT))));
    show("parentSpecialistNoProgress", advise(base().needs(problems(9, Rating.MODERATE)).history(historyOf(Progress.NO_PROGRESS)).choices(parentChooses(Preference.SPECIALIST_TREATMENT))));
    show("goalsMetSevere", advise(base().needs(problems(9, Rating.SEVERE)).history(historyOf(Progress.GOALS_MET))));
    show("declinesNotKnownProblems", advise(base().needs(problems(9, Rating.MILD, 3, Rating.NOT_KNOWN)).risk(mediumRiskToSelf())));
    show("riskSupportDisengaged", advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf()).history(historyOf(Progress.NOT_REVIEWED, treatment(Outcome.DISENGAGED)))));
    show("riskSupportNotEngagedCommit", advise(base().needs(problems(9, Rating.MODERATE)).risk(mediumRiskToSelf()).history(TestCases.history(Engagement.AMBIVALENT, Progress.NOT_REVIEWED, treatment(Outcome.NO_BENEFIT))).choices(youngPersonChooses(Preference.SPECIALIST_TREATMENT, goalReviewedLater()))));
  }
}
