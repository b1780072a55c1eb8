package org.thrive.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thrive.rules.RuleSource;
import org.thrive.rules.ThriveAdvisor;

/** The HTML report: self-contained, escaped, and its charts draw in a real browser (headless Chromium). */
class HtmlReportTest {
  static final Path TARGET = Path.of("target");

  static String report(boolean compare) {
    ThriveAdvisor base = BatchRunTest.ADVISOR;
    ThriveAdvisor merton = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(Path.of("..", "local-rules", "merton")))
        .build();
    CaseloadSummary summary = new CaseloadSummary(base);
    RuleSetComparison cmp = new RuleSetComparison(base, merton);
    BatchRun.Builder run = BatchRun.builder(base).threads(2);
    if (compare) {
      run.compareWith(merton);
    }
    run.build().run(Caseload.synthetic(1_500, 9), r -> {
      summary.add(r);
      cmp.add(r);
    });
    summary.addFailed("line 3, column 9: malformed JSON");
    return HtmlReport.render(summary, compare ? Optional.of(cmp) : Optional.empty());
  }

  @Test
  void report_isOneSelfContainedFile_withTheNumbersAsTables() {
    String html = report(false);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">");
    // nothing is fetched: no external script, style, image or font
    assertThat(html).doesNotContainPattern("(src|href)\\s*=\\s*\"(https?:)?//");
    assertThat(html).contains("echarts").contains("id=\"thrive-data\"");
    // exactly the scripts written: the library's own text never closes a script element early
    assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(3);
    assertThat(html).contains("suggestions to discuss").contains("<caption>Needs alone against suggested</caption>");
    assertThat(html).contains("Failed cases by error").contains("malformed JSON");
  }

  @Test
  void report_escapesTextItDidNotWrite() {
    CaseloadSummary s = new CaseloadSummary("<img src=x onerror=alert(1)>", List.of("rule.<b>"));
    String html = HtmlReport.render(s, Optional.empty());
    assertThat(html).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html).doesNotContain("rule.<b>");
  }

  /** The Chromium to test with: Debian's, as the build installs it. */
  static Optional<Path> chromium() {
    for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(p))) {
        return Optional.of(Path.of(p));
      }
    }
    return Optional.empty();
  }

  /** Whether this build must run the browser tests (CI sets it; a new user's machine may have no browser). */
  static boolean browserRequired() {
    return System.getenv("THRIVE_BROWSER_TESTS") != null || Boolean.getBoolean("thrive.browser.required");
  }

  @Test
  void report_chartsDrawInHeadlessChromium_andAScreenshotIsWritten() throws Exception {
    Optional<Path> browser = chromium();
    if (browserRequired()) {
      assertThat(browser).as("Chromium (apt-get install chromium), which this build requires").isPresent();
    }
    Assumptions.assumeTrue(browser.isPresent(), "no Chromium on this machine: install Debian's chromium to run it");
    Files.createDirectories(TARGET);
    Path file = TARGET.resolve("caseload-report.html").toAbsolutePath();
    Files.writeString(file, report(true), StandardCharsets.UTF_8);

    String dom = run(browser.get(), "--dump-dom", file.toUri().toString());
    Matcher drawn = Pattern.compile("data-charts-drawn=\"(\\d+)\"").matcher(dom);
    Matcher charts = Pattern.compile("data-charts=\"(\\d+)\"").matcher(dom);
    assertThat(drawn.find()).as("the page script ran and counted its charts").isTrue();
    assertThat(charts.find()).isTrue();
    assertThat(Integer.parseInt(charts.group(1))).isEqualTo(5);
    assertThat(Integer.parseInt(drawn.group(1))).as("charts that drew shapes").isEqualTo(5);
    assertThat(dom).contains("<svg");

    Path shot = TARGET.resolve("caseload-report.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    run(browser.get(), "--screenshot=" + shot, "--window-size=1280,3200", file.toUri().toString());
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(20_000);
  }

  static String run(Path browser, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--virtual-time-budget=10000",
        "--user-data-dir=" + Files.createTempDirectory("thrive-chromium")));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(Duration.ofSeconds(90).toSeconds(), TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }
}
