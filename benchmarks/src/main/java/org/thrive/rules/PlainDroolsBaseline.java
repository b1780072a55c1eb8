package org.thrive.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
import org.thrive.model.ThriveCase;
import org.thrive.rules.facts.RuleFact;

/**
 * The alternative a Java team would write first, for the side-by-side benchmark: the same default
 * DRL compiled with the classic compiler at start-up, a new session per call, the same facts
 * inserted, and the fired rules' names collected. No explanation, no safety net, no choice
 * comparison. In this package only to make the same facts as the advisor ({@link CaseFacts} is
 * package-private); benchmarks only, never shipped.
 */
public final class PlainDroolsBaseline {
  private static final List<String> FILES = List.of("needs.drl", "risk.drl", "choice.drl", "history.drl", "context.drl");
  private final KieBase kieBase;
  private final LocalConfiguration local = LocalConfiguration.defaults();

  public PlainDroolsBaseline() throws IOException {
    KieHelper helper = new KieHelper();
    for (String f : FILES) {
      try (InputStream in = PlainDroolsBaseline.class.getResourceAsStream("/org/thrive/rules/defaults/source/" + f)) {
        helper.addContent(new String(in.readAllBytes(), StandardCharsets.UTF_8), ResourceType.DRL);
      }
    }
    kieBase = helper.build();
  }

  /** The facts the advisor inserts for this case. */
  public List<RuleFact> facts(ThriveCase c) {
    return CaseFacts.of(c, local);
  }

  /** One evaluation: a new session, the facts, fire, the names of the rules that fired. */
  public List<String> evaluate(List<RuleFact> facts) {
    KieSession session = kieBase.newKieSession();
    List<String> fired = new ArrayList<>();
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(event.getMatch().getRule().getName());
      }
    });
    try {
      for (RuleFact f : facts) {
        session.insert(f);
      }
      session.fireAllRules();
      return fired;
    } finally {
      session.dispose();
    }
  }
}
