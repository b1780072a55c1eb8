package org.thrive.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.thrive.json.CaseFileException;
import org.thrive.json.CaseReader;
import org.thrive.json.ScenarioReader;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.SafeguardKind;
import org.thrive.model.grouping.Grouping;
import org.thrive.model.grouping.Input;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.rules.ThriveAdvisor;

class FhirTest {
  private static final FhirContext FHIR = FhirContext.forR4();
  private static final IParser JSON = FHIR.newJsonParser();

  private static List<ThriveCase> vignettes() throws Exception {
    List<ThriveCase> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "cases"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(new CaseReader().read(p));
      }
    }
    return out;
  }

  @Test
  void questionnaireResponse_everyVignetteAndScenarioCase_roundTripsThroughFhirJson() throws Exception {
    List<ThriveCase> all = new ArrayList<>(vignettes());
    try (Stream<Path> dirs = Files.walk(Path.of("..", "scenarios"))) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        try (Stream<Path> f = Files.list(d)) {
          if (f.anyMatch(p -> p.toString().endsWith(".json"))) {
            new ScenarioReader().readDirectory(d).stream().filter(s -> s.file().getParent().equals(d))
                .forEach(s -> all.add(s.thriveCase()));
          }
        }
      }
    }
    assertThat(all).hasSizeGreaterThan(600);
    for (ThriveCase c : all) {
      String json = JSON.encodeResourceToString(CaseQuestionnaire.toResponse(c));
      QuestionnaireResponse parsed = JSON.parseResource(QuestionnaireResponse.class, json);
      assertThat(CaseQuestionnaire.toCase(parsed)).as(c.caseId()).isEqualTo(c);
    }
  }

  @Test
  void questionnaire_hasEveryCurrentViewItemCodedWithItsSnomedCtConcept() {
    Questionnaire q = CaseQuestionnaire.questionnaire();
    String json = JSON.encodeResourceToString(q);
    for (CurrentViewItem item : CurrentViewItem.values()) {
      String field = switch (item.part()) {
        case PROBLEM -> "problems";
        case CONTEXTUAL_PROBLEM -> "context";
        case EDUCATION -> "education";
        case COMPLEXITY_FACTOR -> "complexityFactors";
      };
      assertThat(json).contains("\"linkId\":\"needs." + field + "." + item.number() + "\"");
      item.snomedCt().ifPresent(code -> assertThat(json).contains("\"code\":\"" + code + "\""));
    }
    assertThat(json).contains("\"linkId\":\"risk.toSelf\"").contains("\"linkId\":\"history.episodes.outcome\"")
        .contains("\"linkId\":\"choices.wants\"").contains("\"valueString\":\"goal-based help\"");
  }

  @Test
  void toCase_aBadAnswer_namesTheLinkIdAndTheProblemButNotTheValue() throws Exception {
    QuestionnaireResponse r = CaseQuestionnaire.toResponse(vignettes().get(11));
    r.getItem().stream().filter(i -> i.getLinkId().equals("needs")).flatMap(i -> i.getItem().stream())
        .filter(i -> i.getLinkId().equals("needs.problems")).flatMap(i -> i.getItem().stream())
        .filter(i -> i.getLinkId().equals("needs.problems.2")).findFirst().orElseThrow()
        .getAnswerFirstRep().setValue(new StringType("Very bad"));
    assertThatThrownBy(() -> CaseQuestionnaire.toCase(r)).isInstanceOf(CaseFileException.class)
        .hasMessage("linkId needs.problems.2: unknown rating; expected one of None, Mild, Moderate, Severe, Not known,"
            + " or a score 0 to 3");
  }

  @Test
  void toCase_anItemNotInTheQuestionnaire_isRefused() throws Exception {
    QuestionnaireResponse r = CaseQuestionnaire.toResponse(vignettes().get(0));
    r.addItem().setLinkId("favouriteColour Jane Smith").addAnswer().setValue(new StringType("blue"));
    int index = r.getItem().size() - 1;
    // the unknown linkId is not repeated (it could carry case content): its place is named instead
    assertThatThrownBy(() -> CaseQuestionnaire.toCase(r)).isInstanceOf(CaseFileException.class)
        .hasMessage("item[" + index + "].linkId: is not an item of " + CaseQuestionnaire.URL)
        .hasMessageNotContaining("Jane");
  }

  @Test
  void guidanceResponse_carriesTheNoticeTheGroupingTheSafeguardsAndTheProvenance() throws Exception {
    ThriveCase p08 = vignettes().get(7);
    Advice a = ThriveAdvisor.withDefaultRules().advise(p08);
    GuidanceResponse g = JSON.parseResource(GuidanceResponse.class,
        JSON.encodeResourceToString(AdviceFhir.toGuidanceResponse(a)));
    assertThat(g.getStatus()).isEqualTo(GuidanceResponse.GuidanceResponseStatus.SUCCESS);
    assertThat(g.getNoteFirstRep().getText()).isEqualTo(Advice.NOTICE);
    List<String> codes = g.getReasonCode().stream().map(c -> c.getCodingFirstRep().getCode()).toList();
    assertThat(codes).contains(Grouping.GETTING_RISK_SUPPORT.name(), Input.RISK_SUPPORT.name(),
        SafeguardKind.SAFEGUARDING.name());
    assertThat(g.getNote()).extracting(n -> n.getText()).anyMatch(t -> t.contains(a.provenance().ruleSetSha256()));
    assertThat(g.getNote()).extracting(n -> n.getText()).anyMatch(t -> t.contains("[risk-support.unable-now"));
  }

  @Test
  void guidanceResponse_cannotSuggestYet_isDataRequiredNamingWhatIsMissing() throws Exception {
    ThriveCase unknown = vignettes().get(0).toBuilder()
        .needs(org.thrive.model.needs.Needs.notYetRecorded()).build();
    Advice a = ThriveAdvisor.withDefaultRules().advise(unknown);
    GuidanceResponse g = AdviceFhir.toGuidanceResponse(a);
    assertThat(g.getStatus()).isEqualTo(GuidanceResponse.GuidanceResponseStatus.DATAREQUIRED);
    assertThat(g.getDataRequirement()).isNotEmpty();
    assertThat(g.getReasonCode()).noneMatch(c -> c.getCodingFirstRep().getCode().equals(Grouping.THRIVING.name()));
  }

  @Test
  void codeSystem_listsEveryGroupingInputAndSafeguard() {
    CodeSystem cs = AdviceFhir.codeSystem();
    List<String> codes = new ArrayList<>();
    cs.getConcept().forEach(top -> top.getConcept().forEach(c -> codes.add(c.getCode())));
    for (Grouping g : Grouping.values()) {
      assertThat(codes).contains(g.name());
    }
    for (Input i : Input.values()) {
      assertThat(codes).contains(i.name());
    }
    for (SafeguardKind k : SafeguardKind.values()) {
      assertThat(codes).contains(k.name());
    }
    assertThat(JSON.encodeResourceToString(cs)).contains("\"url\":\"" + AdviceFhir.CODE_SYSTEM + "\"");
    assertThat(new Coding(AdviceFhir.CODE_SYSTEM, "GETTING_HELP", null).getSystem()).isEqualTo(AdviceFhir.CODE_SYSTEM);
  }

  @Test
  void toCase_anItemAnsweredTwice_isRefusedRatherThanTheLastAnswerWinning() throws Exception {
    QuestionnaireResponse r = CaseQuestionnaire.toResponse(vignettes().get(11));
    var risk = r.getItem().stream().filter(i -> i.getLinkId().equals("risk")).findFirst().orElseThrow();
    risk.addItem().setLinkId("risk.toSelf").addAnswer().setValue(new StringType("none"));
    assertThatThrownBy(() -> CaseQuestionnaire.toCase(r)).isInstanceOf(CaseFileException.class)
        .hasMessage("linkId risk.toSelf: is answered twice; give each item once");
    QuestionnaireResponse twoGroups = CaseQuestionnaire.toResponse(vignettes().get(11));
    twoGroups.addItem().setLinkId("needs");
    assertThatThrownBy(() -> CaseQuestionnaire.toCase(twoGroups)).isInstanceOf(CaseFileException.class)
        .hasMessage("linkId needs: is answered twice; give each item once");
  }

  @Test
  void immediateDanger_isAYesNoQuestion_andUnansweredIsNotKnown_neverNoDanger() throws Exception {
    // given a vignette whose immediate danger is recorded as no, and the same case with it not known
    ThriveCase known = vignettes().get(11);
    ThriveCase notKnown = known.toBuilder().risk(known.risk().withImmediateDangerNotKnown()).build();
    var question = CaseQuestionnaire.questionnaire().getItem().stream().filter(i -> i.getLinkId().equals("risk"))
        .flatMap(i -> i.getItem().stream()).filter(i -> i.getLinkId().equals("risk.immediateDanger")).findFirst()
        .orElseThrow();
    assertThat(question.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.BOOLEAN);

    // then not known is the question left unanswered, and an unanswered question reads as not known
    QuestionnaireResponse r = CaseQuestionnaire.toResponse(notKnown);
    assertThat(JSON.encodeResourceToString(r)).doesNotContain("risk.immediateDanger");
    ThriveCase back = CaseQuestionnaire.toCase(JSON.parseResource(QuestionnaireResponse.class, JSON.encodeResourceToString(r)));
    assertThat(back.risk().immediateDangerKnown()).isFalse();
    assertThat(back).isEqualTo(notKnown);
    // and an answered "no" is no danger
    assertThat(CaseQuestionnaire.toCase(CaseQuestionnaire.toResponse(known)).risk().immediateDangerKnown()).isTrue();
  }

  @Test
  void toCase_aResponseEnteredInError_isRefused() throws Exception {
    QuestionnaireResponse r = CaseQuestionnaire.toResponse(vignettes().get(0));
    r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR);
    assertThatThrownBy(() -> CaseQuestionnaire.toCase(r)).isInstanceOf(CaseFileException.class)
        .hasMessageStartingWith("QuestionnaireResponse.status: is entered-in-error");
  }
}
