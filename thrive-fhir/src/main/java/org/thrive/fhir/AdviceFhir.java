package org.thrive.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DataRequirement;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Identifier;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.AdviceStatus;
import org.thrive.model.advice.MissingInformation;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.grouping.Input;

/**
 * Advice as FHIR R4 resources a host can store and show: a {@code GuidanceResponse} with the
 * grouping, the safeguards, the reasons and the provenance, and the {@code CodeSystem} its codes
 * come from. The response's first note is always {@link Advice#NOTICE}: it is a suggestion, never
 * a decision. Thread-safe.
 */
public final class AdviceFhir {
  /** The code system of the groupings, inputs and safeguard kinds. */
  public static final String CODE_SYSTEM = "https://thrive.invalid/fhir/CodeSystem/thrive";
  /** The module the guidance comes from. */
  public static final String MODULE = "https://thrive.invalid/fhir/thrive-advisor";

  private AdviceFhir() {}

  /** The five groupings, the inputs and the safeguard kinds, with their labels. */
  public static CodeSystem codeSystem() {
    CodeSystem cs = new CodeSystem();
    cs.setUrl(CODE_SYSTEM);
    cs.setName("Thrive");
    cs.setTitle("THRIVE groupings, inputs and safeguards");
    cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    cs.setCaseSensitive(true);
    CodeSystem.ConceptDefinitionComponent groupings = cs.addConcept().setCode("grouping").setDisplay("THRIVE grouping");
    for (Grouping g : Grouping.values()) {
      groupings.addConcept().setCode(g.name()).setDisplay(g.label());
    }
    CodeSystem.ConceptDefinitionComponent inputs = cs.addConcept().setCode("input").setDisplay("Input a grouping implies");
    for (Input i : Input.values()) {
      inputs.addConcept().setCode(i.name()).setDisplay(i.label()).setDefinition(i.description());
    }
    CodeSystem.ConceptDefinitionComponent safeguards = cs.addConcept().setCode("safeguard").setDisplay("Safeguard");
    for (SafeguardKind k : SafeguardKind.values()) {
      safeguards.addConcept().setCode(k.name()).setDisplay(k.label());
    }
    return cs;
  }

  /** The advice as a {@code GuidanceResponse} for the case's subject (a reference the host sets). */
  public static GuidanceResponse toGuidanceResponse(Advice a) {
    GuidanceResponse r = new GuidanceResponse();
    r.setModule(new org.hl7.fhir.r4.model.UriType(MODULE));
    r.setStatus(a.status() == AdviceStatus.SUGGESTION ? GuidanceResponse.GuidanceResponseStatus.SUCCESS
        : GuidanceResponse.GuidanceResponseStatus.DATAREQUIRED);
    r.addIdentifier(new Identifier().setSystem("https://thrive.invalid/fhir/case-id").setValue(a.caseId()));
    r.setOccurrenceDateTime(Date.from(a.provenance().evaluatedAt()));
    r.addNote(new Annotation().setText(Advice.NOTICE));
    a.suggestion().ifPresent(g -> {
      r.addReasonCode(new CodeableConcept(new Coding(CODE_SYSTEM, g.name(), g.label())).setText("Suggested grouping"));
      r.addReasonCode(new CodeableConcept(new Coding(CODE_SYSTEM, g.input().name(), g.input().label()))
          .setText("Input it implies"));
    });
    for (Safeguard s : a.safeguards()) {
      r.addReasonCode(new CodeableConcept(new Coding(CODE_SYSTEM, s.kind().name(), s.kind().label()))
          .setText(s.practitioner() + " [" + s.ruleId() + "]"));
    }
    for (Reason reason : a.reasons()) {
      r.addNote(new Annotation().setText(reason.practitioner() + " [" + reason.ruleId() + ", "
          + reason.standing().name() + "]"));
    }
    for (MissingInformation m : a.missing()) {
      r.addDataRequirement(new DataRequirement().setType("QuestionnaireResponse")
          .addMustSupport(m.field()));
    }
    r.addNote(new Annotation().setText("Rule set " + a.provenance().ruleSetName() + " " + a.provenance().ruleSetVersion()
        + ", sha256 " + a.provenance().ruleSetSha256() + "; thrive " + a.provenance().libraryVersion()));
    return r;
  }
}
