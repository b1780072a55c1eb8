package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Each builder option is checked when it is set, with an exact message, and may be set once. */
class AdvisorBuilderTest {
  @Test
  void builder_badValues_areRejectedWhenSetWithExactMessages() {
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxFirings(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFirings must be positive, was 0");
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxVariations(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxVariations must not be negative, was -1");
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxEvaluationTime(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxEvaluationTime must be positive, was PT0S");
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxExploreTime(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxExploreTime must not be negative, was PT-1S");
    assertThatThrownBy(() -> ThriveAdvisor.builder().clock(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("clock: must not be null");
    assertThatThrownBy(() -> ThriveAdvisor.builder().rules(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("rules: must not be null");
    assertThatThrownBy(() -> ThriveAdvisor.builder().localConfiguration(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("localConfiguration: must not be null");
    assertThatThrownBy(() -> ThriveAdvisor.builder().evaluationExecutor(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("evaluationExecutor: must not be null");
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxEvaluationTime(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("maxEvaluationTime: must not be null");
  }

  @Test
  void builder_eachOption_mayBeSetOnce() {
    assertThatThrownBy(() -> ThriveAdvisor.builder().clock(Clock.systemUTC()).clock(Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class).hasMessage("clock was already set");
    assertThatThrownBy(() -> ThriveAdvisor.builder().rules(RuleSource.defaults()).rules(RuleSource.defaults()))
        .isInstanceOf(IllegalStateException.class).hasMessage("rules was already set");
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxFirings(5).maxFirings(6))
        .isInstanceOf(IllegalStateException.class).hasMessage("maxFirings was already set");
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxVariations(5).maxVariations(6))
        .isInstanceOf(IllegalStateException.class).hasMessage("maxVariations was already set");
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxEvaluationTime(Duration.ofSeconds(1))
        .maxEvaluationTime(Duration.ofSeconds(2))).isInstanceOf(IllegalStateException.class)
        .hasMessage("maxEvaluationTime was already set");
    assertThatThrownBy(() -> ThriveAdvisor.builder().maxExploreTime(Duration.ofSeconds(1)).maxExploreTime(Duration.ZERO))
        .isInstanceOf(IllegalStateException.class).hasMessage("maxExploreTime was already set");
    assertThatThrownBy(() -> ThriveAdvisor.builder().localConfiguration(LocalConfiguration.defaults())
        .localConfiguration(LocalConfiguration.defaults())).isInstanceOf(IllegalStateException.class)
        .hasMessage("localConfiguration was already set");
    var pool = Executors.newSingleThreadExecutor();
    try {
      assertThatThrownBy(() -> ThriveAdvisor.builder().evaluationExecutor(pool).evaluationExecutor(pool))
          .isInstanceOf(IllegalStateException.class).hasMessage("evaluationExecutor was already set");
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void builder_aRejectedValue_leavesTheOptionUnset() {
    ThriveAdvisor.Builder b = ThriveAdvisor.builder();
    assertThatThrownBy(() -> b.maxFirings(-3)).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.maxFirings(3)).isSameAs(b);
  }
}
