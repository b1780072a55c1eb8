package org.thrive.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.thrive.json.CaseReader;
import org.thrive.model.ThriveCase;
import org.thrive.rules.ThriveAdvisor;

/** The bundled example cases and an advisor on a fixed clock, shared by the tests. */
public final class Fixtures {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
  private static ThriveAdvisor advisor;
  /** Read once: every test that needs a vignette shares them. */
  private static final Examples EXAMPLES = Examples.bundled();

  private Fixtures() {
  }

  public static synchronized ThriveAdvisor advisor() {
    if (advisor == null) {
      advisor = ThriveAdvisor.builder().clock(CLOCK).build();
    }
    return advisor;
  }

  public static List<String> exampleNames() {
    List<String> names = new ArrayList<>();
    EXAMPLES.names().forEach(names::add);
    return names;
  }

  public static byte[] exampleBytes(String name) {
    return EXAMPLES.get(name).orElseThrow();
  }

  public static ThriveCase example(String name) {
    try {
      return new CaseReader().read(new ByteArrayInputStream(exampleBytes(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
