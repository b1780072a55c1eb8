package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default rules start from an index the build wrote instead of reading their DRL. The index
 * must say exactly what a fresh reading of the DRL in the same jar says, or provenance and the
 * explanation's file, line and proposal would be wrong.
 */
class DefaultRuleIndexTest {
  private final ClassLoader loader = DefaultRuleIndexTest.class.getClassLoader();

  @Test
  void index_inTheJar_equalsAFreshReadingOfTheShippedDrl() {
    List<RuleSet.DrlFile> sources = RuleSet.defaultSources();
    Map<String, DrlSource.RuleText> fresh = new HashMap<>();
    sources.forEach(f -> DrlSource.rules(f.name(), f.text()).forEach(t -> fresh.put(t.key(), t)));

    DefaultRuleIndex index = DefaultRuleIndex.load(loader);

    assertThat(index.sha256()).isEqualTo(RuleSet.sha256(sources));
    assertThat(index.texts().keySet()).containsExactlyInAnyOrderElementsOf(fresh.keySet());
    fresh.forEach((key, t) -> {
      DrlSource.RuleText indexed = index.texts().get(key);
      assertThat(indexed.file()).as(key).isEqualTo(t.file());
      assertThat(indexed.packageName()).as(key).isEqualTo(t.packageName());
      assertThat(indexed.name()).as(key).isEqualTo(t.name());
      assertThat(indexed.line()).as(key).isEqualTo(t.line());
      assertThat(indexed.proposes()).as(key).isEqualTo(t.proposes());
    });
    assertThat(fresh.values()).anyMatch(t -> t.proposes().isPresent()).anyMatch(t -> t.proposes().isEmpty());
  }

  @Test
  void defaultRuleSet_provenanceHash_isTheHashOfTheShippedDrl() {
    assertThat(RuleSet.loadDefault().sha256()).isEqualTo(RuleSet.sha256(RuleSet.defaultSources()));
  }

  @Test
  void defaultRuleSet_ruleFilesAndProposals_comeFromTheIndex() {
    RuleSet rules = RuleSet.loadDefault();
    DefaultRuleIndex index = DefaultRuleIndex.load(loader);
    for (RuleInfo info : rules.rules()) {
      DrlSource.RuleText t = index.texts().get(DrlSource.key("org.thrive.rules.defaults", info.name()));
      assertThat(t).as(info.id()).isNotNull();
      assertThat(info.file()).as(info.id()).isEqualTo(t.file());
      assertThat(info.proposes()).as(info.id()).isEqualTo(t.proposes());
    }
  }

  @Test
  void render_thenParse_roundTrips() {
    List<RuleSet.DrlFile> files = List.of(new RuleSet.DrlFile("defaults/x.drl",
        "package a.b;\n\nrule \"One\"\n  @id(\"x.one\")\nwhen\nthen\n  insertLogical(new Proposal(Grouping.GETTING_HELP, Basis.NEEDS));\nend\n"
            + "rule \"Two\"\nwhen\nthen\nend\n"));

    DefaultRuleIndex parsed = DefaultRuleIndex.parse(DefaultRuleIndex.render(files));

    assertThat(parsed.sha256()).isEqualTo(RuleSet.sha256(files));
    assertThat(parsed.texts().get("a.b|One").line()).isEqualTo(3);
    assertThat(parsed.texts().get("a.b|One").proposes()).contains(org.thrive.model.grouping.Grouping.GETTING_HELP);
    assertThat(parsed.texts().get("a.b|Two").line()).isEqualTo(9);
    assertThat(parsed.texts().get("a.b|Two").proposes()).isEmpty();
  }

  @Test
  void parse_malformedIndex_failsNamingTheLine() {
    assertThatThrownBy(() -> DefaultRuleIndex.parse("# header\nsha256\tabc\nrule\tonly\tthree\n"))
        .isInstanceOf(RuleSetException.class).hasMessageContaining("rule-index.tsv is malformed at line 3");
    assertThatThrownBy(() -> DefaultRuleIndex.parse("rule\tf\tp\tn\tnot-a-number\t-\nsha256\tabc\n"))
        .hasMessageContaining("malformed at line 1");
    assertThatThrownBy(() -> DefaultRuleIndex.parse("rule\tf\tp\tn\t3\tNOT_A_GROUPING\nsha256\tabc\n"))
        .hasMessageContaining("malformed at line 1");
    assertThatThrownBy(() -> DefaultRuleIndex.parse("# only a header\n")).hasMessageContaining("malformed");
  }
}
