package org.thrive.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.thrive.rules.facts.Chosen;
import org.thrive.rules.facts.CommitmentToChange;
import org.thrive.rules.facts.ClinicalRisk;
import org.thrive.rules.facts.ComplexityFactor;
import org.thrive.rules.facts.CurrentRisk;
import org.thrive.rules.facts.UnableToUseHelp;
import org.thrive.rules.facts.Episode;
import org.thrive.rules.facts.Goals;
import org.thrive.rules.facts.HarmConcern;
import org.thrive.rules.facts.History;
import org.thrive.rules.facts.Involved;
import org.thrive.rules.facts.ItemRating;
import org.thrive.rules.facts.Missing;
import org.thrive.rules.facts.NeurodevelopmentalFlag;
import org.thrive.rules.facts.Note;
import org.thrive.rules.facts.Person;
import org.thrive.rules.facts.Problems;
import org.thrive.rules.facts.Proposal;
import org.thrive.rules.facts.Raise;
import org.thrive.rules.facts.RiskProfile;
import org.thrive.rules.facts.SignificantRisk;
import org.thrive.rules.facts.StrengthFact;
import org.thrive.rules.facts.UnhelpedHistory;

/** The fact types rule authors can use, and their fields, for error messages and the guide. */
final class FactCatalog {
  static final ImmutableList<Class<? extends Record>> TYPES = ImmutableList.of(
      Person.class, ItemRating.class, Problems.class, ComplexityFactor.class, Chosen.class, Goals.class,
      RiskProfile.class, HarmConcern.class, History.class, Episode.class, Involved.class, StrengthFact.class,
      Proposal.class, SignificantRisk.class, CurrentRisk.class, ClinicalRisk.class, UnhelpedHistory.class,
      UnableToUseHelp.class, CommitmentToChange.class, Raise.class,
      NeurodevelopmentalFlag.class, Missing.class, Note.class);

  static final String TYPE_NAMES = TYPES.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));

  private static final ImmutableMap<String, String> FIELDS = TYPES.stream().collect(ImmutableMap.toImmutableMap(
      Class::getSimpleName,
      t -> Arrays.stream(t.getRecordComponents()).map(c -> c.getName()).collect(Collectors.joining(", "))));

  private FactCatalog() {}

  static String fieldsOf(String simpleName) {
    String f = FIELDS.get(simpleName);
    return f == null ? "(not a thrive fact type)" : f.isEmpty() ? "(none)" : f;
  }
}
