package org.thrive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.thrive.rules.ThriveAdvisor;
import picocli.CommandLine;

/** {@code --version}: the library, the default rule set, Drools and Java. */
final class VersionInfo implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    ThriveAdvisor advisor = ThriveAdvisor.withDefaultRules();
    return new String[] {
        "thrive " + ThriveAdvisor.LIBRARY_VERSION,
        "default rule set " + advisor.ruleSetName() + " " + advisor.ruleSetVersion() + " (" + advisor.rules().size()
            + " rules), sha256 " + advisor.ruleSetSha256(),
        "Drools " + droolsVersion(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }

  /** The version of the Drools engine on the class path, from its Maven metadata. */
  static String droolsVersion() {
    try (InputStream in = VersionInfo.class.getResourceAsStream("/META-INF/maven/org.drools/drools-core/pom.properties")) {
      if (in == null) {
        return "(version not known)";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "(version not known)");
    } catch (IOException e) {
      return "(version not known)";
    }
  }
}
