package org.thrive.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.thrive.json.Scenario;
import org.thrive.json.ScenarioReader;
import org.thrive.rules.CompletenessCheck;
import org.thrive.rules.ThriveAdvisor;

/**
 * A host's local rules tested in its own JUnit 5 build: one dynamic test per scenario file, and,
 * when asked, that every rule fires in some scenario and that no generated case is left without a
 * grouping, the same checks as {@code thrive rules test --strict}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> localRules() {
 *   ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(Path.of("rules"))).build();
 *   return ScenarioTests.forAdvisor(advisor).scenarios(Path.of("src/test/scenarios")).everyRuleFires().build().tests();
 * }
 * }</pre>
 *
 * <p>JUnit is the host's: this module declares {@code junit-jupiter-api} optional, so a host that
 * uses this class already has it. Build once; {@link #tests()} may be called more than once.
 */
public final class ScenarioTests {
  private final ThriveAdvisor advisor;
  private final ImmutableList<Path> directories;
  private final boolean everyRuleFires;
  private final boolean noGaps;

  private ScenarioTests(Builder b) {
    this.advisor = b.advisor;
    this.directories = b.directories.build();
    this.everyRuleFires = b.everyRuleFires;
    this.noGaps = b.noGaps;
  }

  /** Starts a suite that runs scenarios against this advisor's rules. */
  public static Builder forAdvisor(ThriveAdvisor advisor) {
    return new Builder(checkNotNull(advisor, "advisor"));
  }

  /**
   * The tests: a container per scenario directory with a test per scenario, then the coverage and
   * completeness tests asked for. A scenario file that cannot be read fails its directory's test
   * with the file, the JSON path and the problem.
   */
  public Stream<DynamicNode> tests() {
    ScenarioRunner runner = new ScenarioRunner(advisor);
    List<ScenarioResult> results = new ArrayList<>();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path dir : directories) {
      List<Scenario> scenarios;
      try {
        scenarios = new ScenarioReader().readDirectory(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("scenario directory " + dir + " cannot be read", e);
      } catch (RuntimeException e) {
        nodes.add(DynamicTest.dynamicTest(dir + ": scenario files can be read", () -> {
          throw new AssertionFailedError(e.getMessage());
        }));
        continue;
      }
      List<DynamicTest> tests = new ArrayList<>();
      for (Scenario s : scenarios) {
        ScenarioResult r = runner.run(s);
        results.add(r);
        tests.add(DynamicTest.dynamicTest(s.name(), s.file().toUri(), () -> {
          if (!r.passed()) {
            throw new AssertionFailedError(s.file() + ":" + System.lineSeparator() + "    "
                + String.join(System.lineSeparator() + "    ", r.failures()));
          }
        }));
      }
      nodes.add(DynamicContainer.dynamicContainer(dir.toString(), tests.stream()));
    }
    if (everyRuleFires) {
      List<String> never = runner.neverFired(results);
      nodes.add(DynamicTest.dynamicTest("every rule fires in at least one scenario", () -> {
        if (!never.isEmpty()) {
          throw new AssertionFailedError(never.size() + " of " + advisor.rules().size()
              + " rules never fired in any scenario: " + String.join(", ", never));
        }
      }));
    }
    if (noGaps) {
      nodes.add(DynamicTest.dynamicTest("every generated case gets a grouping or asks for information", () -> {
        CompletenessCheck.Report c = CompletenessCheck.run(advisor);
        if (!c.gaps().isEmpty()) {
          StringBuilder b = new StringBuilder(c.gaps().size() + " of " + c.cases() + " generated cases got no grouping");
          c.gaps().stream().limit(5).forEach(g -> b.append(System.lineSeparator()).append("    ").append(g.description()));
          throw new AssertionFailedError(b.toString());
        }
      }));
    }
    return nodes.stream();
  }

  /**
   * Builds {@link ScenarioTests}. Each option is validated when it is set and may be set once;
   * not thread-safe.
   */
  public static final class Builder {
    private final ThriveAdvisor advisor;
    private final ImmutableList.Builder<Path> directories = ImmutableList.builder();
    private boolean anyDirectory;
    private boolean everyRuleFires;
    private boolean everyRuleFiresSet;
    private boolean noGaps;
    private boolean noGapsSet;

    private Builder(ThriveAdvisor advisor) {
      this.advisor = advisor;
    }

    /** Directories of scenario files ({@code *.json}); at least one in all. */
    public Builder scenarios(Path... dirs) {
      checkNotNull(dirs, "dirs");
      checkArgument(dirs.length > 0, "scenarios: name at least one directory");
      for (Path d : dirs) {
        directories.add(checkNotNull(d, "scenarios: a directory is null"));
      }
      anyDirectory = true;
      return this;
    }

    /** Also fail when a loaded rule fires in no scenario (as {@code rules test --strict}). */
    public Builder everyRuleFires() {
      checkState(!everyRuleFiresSet, "everyRuleFires was already set");
      everyRuleFiresSet = true;
      everyRuleFires = true;
      return this;
    }

    /** Also fail when a generated case gets no grouping (the completeness check; about 13,824 cases). */
    public Builder noGaps() {
      checkState(!noGapsSet, "noGaps was already set");
      noGapsSet = true;
      noGaps = true;
      return this;
    }

    public ScenarioTests build() {
      checkState(anyDirectory, "name the scenario directories with scenarios(...) before build()");
      return new ScenarioTests(this);
    }
  }
}
