package org.thrive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** Every published jar as Maven Central asks for it, checked on what the build produced. */
class ArtifactsIT {
  private static final String VERSION = System.getProperty("thrive.version", "0.1.0-SNAPSHOT");

  private static Path module(String name) {
    return Path.of("..", name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"thrive-model", "thrive-rules", "thrive-json", "thrive-testing", "thrive-fhir", "thrive-batch", "thrive-cli", "thrive-server"})
  void libraryJar_hasItsModuleNameLicenceNoticeSourcesAndJavadoc(String artifact) throws Exception {
    Path target = module(artifact).resolve("target");
    Path jar = target.resolve(artifact + "-" + VERSION + ".jar");
    try (JarFile j = new JarFile(jar.toFile())) {
      assertThat(j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("org.thrive." + artifact.substring("thrive-".length()));
      assertThat(j.getEntry("META-INF/LICENSE")).as("LICENSE").isNotNull();
      assertThat(j.getEntry("META-INF/NOTICE")).as("NOTICE").isNotNull();
      assertThat(j.getManifest().getMainAttributes().getValue("Implementation-Version")).isEqualTo(VERSION);
    }
    assertThat(target.resolve(artifact + "-" + VERSION + "-sources.jar")).isRegularFile();
    Path javadoc = target.resolve(artifact + "-" + VERSION + "-javadoc.jar");
    assertThat(javadoc).isRegularFile();
    try (JarFile j = new JarFile(javadoc.toFile())) {
      assertThat(j.getEntry("index.html")).as("javadoc index").isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"pom.xml", "thrive-bom/pom.xml"})
  void pom_hasTheMetadataCentralRequires(String pom) throws Exception {
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("..", pom).toFile());
    for (String element : List.of("name", "description", "url", "licenses", "developers", "scm")) {
      assertThat(d.getDocumentElement().getElementsByTagName(element).getLength()).as(pom + " <" + element + ">")
          .isPositive();
    }
    assertThat(d.getElementsByTagName("project.build.outputTimestamp").getLength()).as("reproducible builds").isPositive();
  }

  @org.junit.jupiter.api.Test
  void bom_listsEveryPublishedArtifactAndInheritsNothing() throws Exception {
    String bom = Files.readString(Path.of("..", "thrive-bom", "pom.xml"));
    assertThat(bom).doesNotContain("<parent>");
    for (String a : List.of("thrive-model", "thrive-rules", "thrive-json", "thrive-testing", "thrive-fhir", "thrive-batch", "thrive-cli", "thrive-server")) {
      assertThat(bom).contains("<artifactId>" + a + "</artifactId>");
    }
  }
}
