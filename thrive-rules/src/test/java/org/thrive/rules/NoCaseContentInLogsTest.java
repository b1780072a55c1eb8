package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.thrive.model.ThriveCase;
import org.thrive.model.choice.Choice;
import org.thrive.model.choice.Choices;
import org.thrive.model.choice.Chooser;
import org.thrive.model.choice.Goal;
import org.thrive.model.choice.Preference;
import org.thrive.model.needs.Rating;
import org.thrive.model.strengths.Strength;
import org.thrive.model.strengths.StrengthKind;

/**
 * Runs the library's paths with logging at every level (the library's and Drools') and checks
 * that no log event and no exception message holds case content: only rule ids, counts and
 * field names.
 */
class NoCaseContentInLogsTest {
  private static final String MARK = "QZXJ";

  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final List<Logger> loggers = new ArrayList<>();
  private final List<Level> levels = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void capture() {
    events.start();
    for (String name : new String[] {org.slf4j.Logger.ROOT_LOGGER_NAME, "org.drools", "org.kie", "org.thrive"}) {
      Logger l = (Logger) LoggerFactory.getLogger(name);
      loggers.add(l);
      levels.add(l.getLevel());
      l.setLevel(Level.TRACE);
      l.addAppender(events);
    }
  }

  @AfterEach
  void restore() {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).detachAppender(events);
      loggers.get(i).setLevel(levels.get(i));
    }
  }

  private static ThriveCase markedCase() {
    return TestCases.base().caseId("case-" + MARK)
        .needs(TestCases.problems(9, Rating.MODERATE))
        .choices(Choices.of(Choice.of(Chooser.YOUNG_PERSON, Preference.GOAL_BASED_HELP))
            .withGoals(new Goal("goal " + MARK, Optional.of(TestCases.ASSESSED.plusWeeks(6)))))
        .addStrength(new Strength(StrengthKind.INDIVIDUAL, "strength " + MARK))
        .build();
  }

  private void assertNoCaseContent() {
    assertThat(events.list).as("log events were captured").isNotEmpty();
    for (ILoggingEvent e : events.list) {
      assertThat(e.getFormattedMessage()).doesNotContain(MARK);
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(MARK);
      }
    }
  }

  @Test
  void adviseAndDiscuss_atEveryLogLevel_logNoCaseContent() {
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
    advisor.advise(markedCase());
    advisor.adviseForDiscussion(markedCase());
    assertNoCaseContent();
  }

  @Test
  void localRulesReloadAndRuleFailure_logAndThrowNoCaseContent() throws Exception {
    Files.writeString(dir.resolve("a.drl"), LocalRulesTest.HEADER + LocalRulesTest.rule("Throws", "local.throws",
        "$s : StrengthFact()", "if ($s.index() >= 0) { throw new IllegalStateException($s.description()); }"));
    // throw is rejected in restricted mode; trusted code may throw, and the message still holds no case content
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir).trustingCode()).build();
    Throwable thrown = catchThrowable(() -> advisor.advise(markedCase()));
    assertThat(thrown).isInstanceOf(RuleEvaluationException.class);
    assertThat(thrown.getMessage()).doesNotContain(MARK);
    assertThat(thrown.getCause()).isNull();

    Files.writeString(dir.resolve("a.drl"), LocalRulesTest.HEADER + "rule \"Broken\" when then end end");
    assertThat(advisor.reload().reloaded()).isFalse();
    assertNoCaseContent();
  }
}
