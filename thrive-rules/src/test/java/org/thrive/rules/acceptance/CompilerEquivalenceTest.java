package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.json.CaseReader;
import org.thrive.model.advice.Advice;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;

/**
 * The default rules compiled at run time by the classic compiler (as local rules are) give the same
 * advice as the executable model compiled at build time: same grouping, reasons, facts and
 * safeguards on every sample case.
 */
class CompilerEquivalenceTest {
  @Test
  void defaultRules_classicAndExecutableModel_giveTheSameAdvice(@TempDir Path dir) throws Exception {
    try (Stream<Path> drl = Files.list(Path.of("src", "main", "resources", "org", "thrive",
        "rules", "defaults"))) {
      for (Path p : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    ThriveAdvisor classic = ThriveAdvisor.builder().clock(Vignettes.CLOCK).rules(RuleSource.directory(dir)).build();
    assertThat(classic.rules()).isEqualTo(Vignettes.ADVISOR.rules().stream()
        .map(r -> new org.thrive.rules.RuleInfo(r.id(), r.name(), r.practitioner(), r.family(), r.source(),
            r.file().replace("defaults/", ""), r.proposes(), r.condition(), r.requires())).toList());
    for (Path p : Vignettes.all()) {
      var c = new CaseReader().read(p);
      Advice exec = Vignettes.ADVISOR.advise(c);
      Advice cls = classic.advise(c);
      assertThat(cls.suggestion()).as(p.toString()).isEqualTo(exec.suggestion());
      assertThat(cls.reasons()).as(p.toString()).isEqualTo(exec.reasons());
      assertThat(cls.safeguards()).as(p.toString()).isEqualTo(exec.safeguards());
      assertThat(cls.whyNot()).as(p.toString()).isEqualTo(exec.whyNot());
      assertThat(cls.provenance().firedRuleIds()).isEqualTo(exec.provenance().firedRuleIds());
    }
  }
}
