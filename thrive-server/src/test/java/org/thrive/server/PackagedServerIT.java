package org.thrive.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution: target/thrive-server.jar copied alone into an empty directory starts the
 * service with the embedded store, answers, records a decision, and keeps it across a restart.
 */
class PackagedServerIT {
  @TempDir
  Path dir;

  @Test
  void theJarAloneStartsTheServiceAndKeepsDecisionsAcrossARestart() throws Exception {
    Path jar = Files.copy(Path.of("target", "thrive-server.jar"), dir.resolve("thrive-server.jar"),
        StandardCopyOption.REPLACE_EXISTING);
    HttpClient http = HttpClient.newHttpClient();
    String caseJson = new String(Fixtures.exampleBytes("P04-getting-help-cbt"), StandardCharsets.UTF_8);
    long id;
    Process p = start(jar);
    try {
      String base = base(p);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      HttpResponse<String> advice = http.send(HttpRequest.newBuilder(URI.create(base + "/api/advice"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(caseJson)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(advice.statusCode()).isEqualTo(200);
      assertThat(advice.body()).contains("\"GETTING_HELP\"");
      String decision = "{\"case\": " + caseJson + ", \"decision\": {\"agreed\": \"GETTING_HELP\","
          + " \"participants\": [\"YOUNG_PERSON\", \"PRACTITIONER\"]}}";
      HttpResponse<String> stored = http.send(HttpRequest.newBuilder(URI.create(base + "/api/decisions"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(decision)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
      id = Requests.MAPPER.readTree(stored.body()).get("id").asLong();
    } finally {
      stop(p);
    }
    assertThat(dir.resolve("thrive-data")).as("the embedded store lives beside the jar").isDirectory();

    Process again = start(jar);
    try {
      HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(base(again) + "/api/decisions/" + id))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(back.statusCode()).isEqualTo(200);
      assertThat(back.body()).contains("\"agreed\":\"GETTING_HELP\"");
    } finally {
      stop(again);
    }
  }

  private Process start(Path jar) throws Exception {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "--port", "0").directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String base(Process p) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    Pattern ready = Pattern.compile("thrive service: (http://127\\.0\\.0\\.1:\\d+)/");
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = ready.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("the service did not say where it listens");
  }

  private static void stop(Process p) throws Exception {
    p.destroy();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
  }
}
