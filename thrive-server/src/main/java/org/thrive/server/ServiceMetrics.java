package org.thrive.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.Safeguard;
import org.thrive.model.grouping.Grouping;
import org.thrive.server.store.Channel;

/**
 * The service's counts, in Prometheus form at {@code /metrics}: suggestions by grouping, advice
 * that cannot suggest yet, safeguards raised by kind, evaluation time, and decisions recorded.
 * Counts only, with no case content and no case ids.
 */
final class ServiceMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer evaluation = Timer.builder("thrive.evaluation").description("Time to advise on one case")
      .publishPercentiles(0.5, 0.95, 0.99).register(registry);

  ServiceMetrics() {
    for (Grouping g : Grouping.values()) {
      suggestions(g.name());
    }
    suggestions("NONE");
  }

  private Counter suggestions(String grouping) {
    return Counter.builder("thrive.advice").description("Advice given, by suggested grouping (NONE: cannot suggest yet)")
        .tag("grouping", grouping).register(registry);
  }

  Advice time(Supplier<Advice> advise) {
    Advice a = evaluation.record(advise);
    suggestions(a.suggestion().map(Grouping::name).orElse("NONE")).increment();
    for (Safeguard s : a.safeguards()) {
      Counter.builder("thrive.safeguards").description("Safeguards raised, by kind").tag("kind", s.kind().name())
          .register(registry).increment();
    }
    return a;
  }

  void decisionRecorded(Channel channel, boolean differs) {
    Counter.builder("thrive.decisions").description("Agreed decisions recorded")
        .tag("channel", channel.name()).tag("differs", Boolean.toString(differs)).register(registry).increment();
  }

  void refused(int status) {
    Counter.builder("thrive.refused").description("Requests refused, by HTTP status")
        .tag("status", Integer.toString(status)).register(registry).increment();
  }

  String scrape() {
    return registry.scrape();
  }
}
