package org.thrive.rules;

import org.kie.api.runtime.KieSession;

/**
 * What an evaluation thread is doing, for the watchdog that bounds evaluation time: the session
 * and the rule firing now. Written by the evaluating thread, read by the caller on time-out.
 */
final class RunningRule {
  private static final ThreadLocal<RunningRule> CURRENT = new ThreadLocal<>();

  volatile KieSession session;
  volatile String packageName;
  volatile String ruleName;

  static RunningRule current() {
    return CURRENT.get();
  }

  void bind() {
    CURRENT.set(this);
  }

  void unbind() {
    CURRENT.remove();
  }
}
