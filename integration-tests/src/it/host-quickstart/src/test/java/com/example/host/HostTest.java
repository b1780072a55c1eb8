package com.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.thrive.json.AdviceJson;
import org.thrive.model.advice.Advice;
import org.thrive.model.grouping.Grouping;
import org.thrive.rules.ThriveAdvisor;
import org.thrive.testing.ScenarioTests;

class HostTest {
  @Test
  void quickStart_onThePublishedJars_suggestsGettingAdviceWithTheNeedsOnlyGrouping() {
    Advice advice = HostApp.quickStart();
    assertEquals(Optional.of(Grouping.GETTING_ADVICE), advice.suggestion());
    assertEquals(Optional.of(Grouping.GETTING_HELP), advice.needsOnly());
    assertTrue(advice.reasonIds().contains("choice.self-management"));
    assertEquals(advice, new AdviceJson().read(new AdviceJson().write(advice)));
  }

  @Test
  void hostsOwnClasspathContainer_defaultKieBaseIsTheHostsNotThrives() {
    KieBase base = KieServices.Factory.get().getKieClasspathContainer().getKieBase();
    List<String> packages = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) {
      if (!p.getRules().isEmpty()) {
        packages.add(p.getName());
      }
    }
    assertEquals(List.of("com.example.host.rules"), packages);
    KieSession session = KieServices.Factory.get().getKieClasspathContainer().newKieSession();
    List<String> seen = new ArrayList<>();
    session.setGlobal("seen", seen);
    session.insert("a case");
    session.fireAllRules();
    session.dispose();
    assertEquals(List.of("host saw a case"), seen);
    // and thrive still serves its own rules beside the host's
    assertEquals(Optional.of(Grouping.GETTING_ADVICE), HostApp.quickStart().suggestion());
  }

  @Test
  void thriveJars_carryAutomaticModuleNamesAndTheLicence() throws Exception {
    for (Class<?> type : List.of(ThriveAdvisor.class, Advice.class, AdviceJson.class, ScenarioTests.class)) {
      Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (JarFile j = new JarFile(jar.toFile())) {
        String name = j.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        assertEquals(type.getPackageName().replaceAll("^(org\\.thrive\\.[a-z]+).*$", "$1"), name, jar.toString());
        assertTrue(j.getEntry("META-INF/LICENSE") != null, jar + " has META-INF/LICENSE");
        assertTrue(j.getEntry("META-INF/NOTICE") != null, jar + " has META-INF/NOTICE");
      }
    }
    assertFalse(ThriveAdvisor.LIBRARY_VERSION.isBlank());
  }

  @TestFactory
  Stream<DynamicNode> hostScenarios_runInTheHostsOwnBuild() {
    return ScenarioTests.forAdvisor(ThriveAdvisor.withDefaultRules()).scenarios(Path.of("src", "test", "scenarios"))
        .build().tests();
  }
}
