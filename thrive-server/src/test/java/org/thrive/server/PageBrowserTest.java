package org.thrive.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thrive.model.advice.Advice;
import org.thrive.model.advice.ChangesToDiscuss;
import org.thrive.model.advice.Reason;
import org.thrive.model.advice.Safeguard;
import org.thrive.rules.FamilyView;
import org.thrive.rules.PractitionerView;
import org.thrive.server.store.Channel;
import org.thrive.server.store.StoredDecision;

/**
 * The page for the shared-decision conversation, driven in Debian's headless Chromium through
 * chromedriver: every vignette shown as the library advises it, a decision recorded, the refusal
 * of a safeguard set aside without a code, axe-core's WCAG 2.2 AA checks, keyboard use, a tablet's
 * width, and the family summary printing on one page. Screenshots go to {@code target/}.
 *
 * <p>Runs when Chromium and chromedriver are installed; when {@code THRIVE_BROWSER_TESTS} is set
 * (CI sets it) a missing browser fails the build instead of skipping.
 */
class PageBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static TestServer s;
  static WebDriver driver;
  static Path profile;

  @BeforeAll
  static void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (System.getenv("THRIVE_BROWSER_TESTS") != null || Boolean.getBoolean("thrive.browser.required")) {
      assertThat(installed).as("Chromium and chromedriver at " + CHROMIUM + " and " + DRIVER).isTrue();
    }
    assumeTrue(installed, "Chromium and chromedriver are not installed");
    s = new TestServer();
    profile = Files.createTempDirectory("thrive-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (s != null) {
      s.close();
    }
  }

  @BeforeEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  static List<String> examples() {
    return Fixtures.exampleNames();
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  static void open() {
    driver.get(s.base() + "/");
    waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  static void load(String example) {
    open();
    new Select(driver.findElement(By.id("example"))).selectByValue(example);
    driver.findElement(By.id("load-example")).click();
    waiting().until(d -> !d.findElement(By.id("case-json")).getAttribute("value").isBlank());
    driver.findElement(By.id("suggest")).click();
    waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
  }

  static void audience(String id) {
    driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
  }

  static List<String> attributes(String css, String attribute) {
    List<String> out = new ArrayList<>();
    for (WebElement e : driver.findElements(By.cssSelector(css))) {
      out.add(e.getAttribute(attribute));
    }
    return out;
  }

  static String words() {
    return normalise(driver.findElement(By.id("words")).getText());
  }

  static String normalise(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  static void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "page-screenshots");
    Files.createDirectories(dir);
    Dimension before = driver.manage().window().getSize();
    long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 100, 12_000)));
    try {
      byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachVignetteIsShownAsTheLibraryAdvisesIt(String example) throws Exception {
    load(example);
    Advice a = Fixtures.advisor().adviseForDiscussion(Fixtures.example(example));

    assertThat(driver.findElement(By.id("suggested")).getText())
        .isEqualTo(a.suggestion().map(g -> g.label()).orElse("No grouping can be suggested yet"));
    assertThat(driver.findElement(By.id("safeguards")).isDisplayed()).as("safeguards are always visible").isTrue();
    assertThat(attributes("#safeguard-list li", "data-kind"))
        .containsExactlyElementsOf(a.safeguards().stream().map(sg -> sg.kind().name()).toList());
    assertThat(driver.findElement(By.id("no-safeguards")).isDisplayed()).isEqualTo(a.safeguards().isEmpty());
    assertThat(attributes("#reason-list li", "data-rule-id")).containsExactlyElementsOf(
        a.reasons().stream().filter(r -> !r.practitioner().isEmpty()).map(Reason::ruleId).toList());
    assertThat(words()).isEqualTo(normalise(PractitionerView.render(a)));
    assertThat(driver.findElement(By.id("advice-notice")).getText()).isEqualTo(Advice.NOTICE);
    List<String> practitionerChanges = attributes("#change-list li", "data-leads-to");
    assertThat(practitionerChanges).hasSize(a.changes().orElseThrow().options().stream()
        .filter(o -> !o.wording().practitioner().isEmpty()).toList().size());
    List<String> pair = new ArrayList<>();
    driver.findElements(By.cssSelector("#characteristics-table thead th")).forEach(th -> pair.add(th.getText()));
    assertThat(pair).hasSize(3);
    assertThat(pair.get(1)).startsWith("Getting More Help");
    assertThat(pair.get(2)).startsWith("Getting Risk Support");
    screenshot(example + "-practitioner");

    audience("aud-young-person");
    FamilyView.Page yp = FamilyView.render(a, FamilyView.Options.defaults());
    assertThat(words()).startsWith(normalise(yp.summary()));
    List<String> shownSafeguards = new ArrayList<>();
    driver.findElements(By.cssSelector("#safeguard-list li")).forEach(li -> shownSafeguards.add(normalise(li.getText())));
    assertThat(shownSafeguards).as("the screen tells the safeguards as the family's page does")
        .containsExactlyElementsOf(FamilyView.safeguardLines(a, FamilyView.Options.defaults()).stream()
            .map(PageBrowserTest::normalise).toList());
    for (String practitionerOnly : List.of("case-heading", "decision", "characteristics-table", "missing-section")) {
      assertThat(driver.findElement(By.id(practitionerOnly)).isDisplayed()).as(practitionerOnly + " in the family's view")
          .isFalse();
    }
    String shown = driver.findElement(By.id("result")).getText();
    assertThat(shown).doesNotContain("rule ").doesNotContain("Safeguarding:").doesNotContain("\"caseId\"");
    List<String> shownToFamily = attributes("#reason-list li", "data-rule-id");
    assertThat(shownToFamily).as("families see no set-aside reasons")
        .allMatch(id -> a.reasons().stream().anyMatch(r -> r.ruleId().equals(id) && r.standing() != Reason.Standing.SET_ASIDE));
    long familyLevers = a.suggestion().isEmpty() ? 0 : a.changes().orElseThrow().options().stream()
        .filter(o -> o.forFamily() && !o.wording().family().isEmpty()).count();
    assertThat(attributes("#change-list li", "data-leads-to")).as("families see only their own levers")
        .hasSize((int) familyLevers);
    for (ChangesToDiscuss.Option o : a.changes().orElseThrow().options()) {
      if (!o.forFamily() && !o.wording().practitioner().isEmpty()) {
        assertThat(driver.findElement(By.id("change-list")).getText()).doesNotContain(o.wording().practitioner());
      }
    }
    screenshot(example + "-young-person");

    audience("aud-parent");
    FamilyView.Page parent = FamilyView.render(a,
        new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, false));
    int age = Fixtures.example(example).age();
    if (age >= 16) {
      assertThat(words()).as("a parent's page for a 16-year-old waits for their agreement").contains("Ask them first")
          .doesNotContain(normalise(parent.summary()).substring(0, 60));
      driver.findElement(By.cssSelector("label[for='yp-agrees']")).click();
    }
    assertThat(words()).startsWith(normalise(parent.summary()));
  }

  @Test
  void theSafeToShareSettingsAreAppliedAtOnceAndApart() {
    String example = "P08-getting-risk-support-exploitation";
    load(example);
    Advice a = Fixtures.advisor().adviseForDiscussion(Fixtures.example(example));
    String withheld = normalise(FamilyView.render(a, FamilyView.Options.defaults()).summary());
    String shared = normalise(FamilyView.render(a,
        new FamilyView.Options(FamilyView.Audience.YOUNG_PERSON, true)).summary());
    assertThat(shared).isNotEqualTo(withheld);
    // the setting is the practitioner's, set in the practitioner's view; the page asks again at once
    driver.findElement(By.cssSelector("label[for='safe-young-person']")).click();
    waiting().until(d -> {
      audience("aud-young-person");
      boolean now = words().startsWith(shared);
      audience("aud-practitioner");
      return now;
    });
    audience("aud-young-person");
    assertThat(driver.findElement(By.id("safe-young-person")).isDisplayed()).as("families never see the setting").isFalse();
    driver.findElement(By.cssSelector("label[for='aud-parent']")).click();
    if (!driver.findElement(By.id("yp-agrees")).isSelected() && driver.findElement(By.id("consent-row")).isDisplayed()) {
      driver.findElement(By.cssSelector("label[for='yp-agrees']")).click();
    }
    assertThat(words()).as("the parent's page keeps its own setting (off)").startsWith(normalise(FamilyView.render(a,
        new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, false)).summary()));
  }

  @Test
  void aDecisionIsRecordedFromThePage() throws Exception {
    String example = "P04-getting-help-cbt";
    load(example);
    driver.findElement(By.cssSelector("label[for='p-young-person']")).click();
    new Select(driver.findElement(By.id("agreed"))).selectByValue("GETTING_HELP");
    driver.findElement(By.id("record")).click();
    WebElement done = waiting().until(d -> {
      WebElement e = d.findElement(By.id("decision-done"));
      return e.isDisplayed() ? e : null;
    });
    long id = Long.parseLong(done.getAttribute("data-record-id"));
    StoredDecision stored = s.store.byId(id).orElseThrow();
    assertThat(stored.channel()).isEqualTo(Channel.PAGE);
    assertThat(stored.decision().agreed().label()).isEqualTo("Getting Help");
    assertThat(done.getText()).contains("decision record " + id).contains("Getting Help");
    screenshot("decision-recorded");
  }

  @Test
  void aSafeguardSetAsideWithoutACodeIsRefusedAndNothingIsStored() throws Exception {
    String example = "P08-getting-risk-support-exploitation";
    Advice a = Fixtures.advisor().advise(Fixtures.example(example));
    int before = s.store.byCaseId(a.caseId()).size();
    load(example);
    driver.findElement(By.cssSelector("label[for='p-young-person']")).click();
    new Select(driver.findElement(By.id("agreed"))).selectByValue(a.suggestion().orElseThrow().name());
    driver.findElement(By.cssSelector("label[for='setaside-0']")).click();
    driver.findElement(By.id("record")).click();
    WebElement error = waiting().until(d -> {
      WebElement e = d.findElement(By.id("decision-error"));
      return e.isDisplayed() ? e : null;
    });
    assertThat(error.getText()).contains("decision.setAside[0].reason").contains("coded reason");
    assertThat(error.getAttribute("role")).isEqualTo("alert");
    assertThat(driver.findElement(By.id("decision-done")).isDisplayed()).isFalse();
    assertThat(s.store.byCaseId(a.caseId())).hasSize(before);
    screenshot("safeguard-refused");

    new Select(driver.findElement(By.id("setaside-reason-0"))).selectByValue("ALREADY_IN_PLACE");
    driver.findElement(By.id("note")).sendKeys("in place since this morning");
    driver.findElement(By.id("record")).click();
    WebElement done = waiting().until(d -> {
      WebElement e = d.findElement(By.id("decision-done"));
      return e.isDisplayed() ? e : null;
    });
    StoredDecision stored = s.store.byId(Long.parseLong(done.getAttribute("data-record-id"))).orElseThrow();
    assertThat(stored.decision().setAside()).hasSize(1);
    assertThat(stored.decision().safeguards()).as("the set-aside safeguard stays on the record")
        .hasSize(a.safeguards().size());
  }

  @Test
  void axeFindsNoSeriousOrCriticalWcag22AaViolations() {
    List<String> problems = new ArrayList<>();
    open();
    problems.addAll(violations("empty page"));
    load("P08-getting-risk-support-exploitation");
    problems.addAll(violations("practitioner view"));
    audience("aud-young-person");
    problems.addAll(violations("young person's view"));
    load("P06-getting-more-help-after-review");
    audience("aud-parent");
    problems.addAll(violations("parent's view"));
    assertThat(problems).isEmpty();
  }

  static List<String> violations(String where) {
    Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
        .analyze(driver);
    assertThat(r.getPasses()).as("axe ran its checks").isNotEmpty();
    List<String> out = new ArrayList<>();
    for (Rule v : r.getViolations()) {
      if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
        out.add(where + ": " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().size()
            + " element(s), first " + v.getNodes().get(0).getTarget());
      }
    }
    return out;
  }

  @Test
  void thePageIsUsableByKeyboard() {
    open();
    Actions keys = new Actions(driver);
    keys.sendKeys(Keys.TAB).perform();
    assertThat(active().getAttribute("class")).as("the first stop skips to the suggestion").isEqualTo("skip");
    tabTo("example");
    keys.sendKeys(Keys.ARROW_DOWN).perform();
    assertThat(driver.findElement(By.id("case-json")).getAttribute("value")).as("choosing is not loading").isBlank();
    tabTo("load-example");
    keys.sendKeys(Keys.ENTER).perform();
    waiting().until(d -> !d.findElement(By.id("case-json")).getAttribute("value").isBlank());
    tabTo("suggest");
    keys.sendKeys(Keys.ENTER).perform();
    waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
    assertThat(active().getAttribute("id")).as("focus moves to the suggestion").isEqualTo("result-heading");
    tabTo("aud-practitioner");
    keys.sendKeys(Keys.ARROW_RIGHT).perform();
    assertThat(driver.findElement(By.id("aud-young-person")).isSelected()).isTrue();
    keys.sendKeys(Keys.ARROW_LEFT).perform();
    assertThat(driver.findElement(By.id("aud-practitioner")).isSelected()).isTrue();
    tabTo("record");
    assertThat(active().getText()).isEqualTo("Record the decision");
  }

  static WebElement active() {
    return driver.switchTo().activeElement();
  }

  static void tabTo(String id) {
    Actions keys = new Actions(driver);
    for (int i = 0; i < 80; i++) {
      if (id.equals(active().getAttribute("id"))) {
        return;
      }
      keys.sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reached #" + id);
  }

  @Test
  void onATabletNothingIsWiderThanTheScreen() throws Exception {
    driver.manage().window().setSize(new Dimension(768, 1024));
    load("P08-getting-risk-support-exploitation");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
    long viewport = (Long) js.executeScript("return window.innerWidth;");
    assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
    Object columns = js.executeScript("return getComputedStyle(document.querySelector('.columns')).gridTemplateColumns;");
    assertThat(columns.toString().trim().split("\\s+")).as("one column on a tablet").hasSize(1);
    screenshot("tablet-P08");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theFamilySummaryPrintsOnOnePage(String example) throws Exception {
    load(example);
    for (String who : List.of("aud-young-person", "aud-parent")) {
      audience(who);
      PrintOptions print = new PrintOptions();
      print.setPageSize(new PageSize(29.7, 21.0));
      String pdf = ((org.openqa.selenium.PrintsPage) driver).print(print).getContent();
      byte[] bytes = Base64.getDecoder().decode(pdf);
      assertThat(pages(bytes)).as(example + " " + who).isEqualTo(1);
      if (example.startsWith("P08")) {
        Files.createDirectories(Path.of("target", "page-screenshots"));
        Files.write(Path.of("target", "page-screenshots", "print-" + example + "-" + who + ".pdf"), bytes);
      }
    }
  }

  static int pages(byte[] pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
