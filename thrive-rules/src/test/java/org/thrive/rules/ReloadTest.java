package org.thrive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrive.model.ThriveCase;
import org.thrive.model.advice.Advice;
import org.thrive.model.needs.Rating;

/** Hot reload: clean rules swap in atomically, broken rules never do, and advice is never mixed. */
class ReloadTest {
  @TempDir
  Path dir;

  private static final String VERSION_A = LocalRulesTest.HEADER
      + LocalRulesTest.rule("Marker A", "local.marker-a", "$p : Problems()", "insertLogical(new Note());");
  private static final String VERSION_B = LocalRulesTest.HEADER
      + LocalRulesTest.rule("Marker B", "local.marker-b", "$p : Problems()", "insertLogical(new Note());");

  private void install(String text) throws IOException {
    Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp.drl");
    Files.writeString(tmp, text);
    Files.move(tmp, dir.resolve("local.drl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void reload_cleanRules_swapsThemIn() throws IOException {
    install(VERSION_A);
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    String before = advisor.ruleSetSha256();
    install(VERSION_B);
    ReloadResult r = advisor.reload();
    assertThat(r.reloaded()).isTrue();
    assertThat(r.problems()).isEmpty();
    assertThat(r.serving()).isNotEqualTo(before).isEqualTo(advisor.ruleSetSha256());
    assertThat(advisor.rules()).extracting(RuleInfo::id).contains("local.marker-b").doesNotContain("local.marker-a");
  }

  @Test
  void reload_brokenRules_keepsThePreviousRulesServingAndSaysWhy() throws IOException {
    install(VERSION_A);
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    String before = advisor.ruleSetSha256();
    install(VERSION_B.replace("Problems()", "Problems(higest == 1)"));
    ReloadResult r = advisor.reload();
    assertThat(r.reloaded()).isFalse();
    assertThat(r.serving()).isEqualTo(before);
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("unknown field 'higest'"));
    Advice a = advisor.advise(TestCases.base().needs(TestCases.problems(3, Rating.MODERATE)).build());
    assertThat(a.provenance().ruleSetSha256()).isEqualTo(before);
    assertThat(a.reasonIds()).contains("local.marker-a");
  }

  @Test
  void reload_manyTimesWhileThreadsAdvise_noAdviceFailsOrMixesRuleSets() throws Exception {
    // local rules alone keep each of the 200 compiles short; the swap is the same as with the defaults
    install(VERSION_A);
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.directory(dir)).build();
    String shaA = advisor.ruleSetSha256();
    install(VERSION_B);
    String shaB = advisor.reload().serving();
    ThriveCase c = TestCases.base().needs(TestCases.problems(3, Rating.MODERATE)).build();

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger advised = new AtomicInteger();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        while (running.get()) {
          try {
            Advice a = advised.get() % 1000 == 0 ? advisor.adviseForDiscussion(c) : advisor.advise(c);
            String sha = a.provenance().ruleSetSha256();
            boolean hasA = a.reasonIds().contains("local.marker-a");
            boolean hasB = a.reasonIds().contains("local.marker-b");
            boolean consistent = (sha.equals(shaA) && hasA && !hasB) || (sha.equals(shaB) && hasB && !hasA);
            if (!consistent) {
              failures.add("mixed advice: sha " + sha + " markers A=" + hasA + " B=" + hasB);
            }
            advised.incrementAndGet();
          } catch (RuntimeException e) {
            failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    int reloads = 0;
    int failedReloads = 0;
    int brokenTried = 0;
    for (int i = 0; i < 200; i++) {
      if (i % 20 == 10) {
        // a broken version now and then: the reload fails and the previous rules keep serving
        install(VERSION_B.replace("Problems()", "Problems(higest == 1)"));
        brokenTried++;
        failedReloads += advisor.reload().reloaded() ? 0 : 1;
      }
      install(i % 2 == 0 ? VERSION_A : VERSION_B);
      ReloadResult r = advisor.reload();
      reloads += r.reloaded() ? 1 : 0;
    }
    running.set(false);
    for (Thread t : threads) {
      t.join(60_000);
    }
    assertThat(failures).isEmpty();
    assertThat(reloads).isEqualTo(200);
    assertThat(failedReloads).isEqualTo(brokenTried).isEqualTo(10);
    assertThat(advised.get()).isPositive();
  }

  @Test
  void watcher_fileChanged_reloadsAfterTheQuietPeriod() throws Exception {
    install(VERSION_A);
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    CountDownLatch reloaded = new CountDownLatch(1);
    List<ReloadResult> results = new ArrayList<>();
    try (RuleDirectoryWatcher w = advisor.watch(Duration.ofMillis(200), r -> {
      synchronized (results) {
        results.add(r);
      }
      if (r.reloaded() && advisor.rules().stream().anyMatch(x -> x.id().equals("local.marker-b"))) {
        reloaded.countDown();
      }
    })) {
      Files.writeString(dir.resolve("local.drl"), VERSION_B);
      assertThat(reloaded.await(60, TimeUnit.SECONDS)).as("a reload after the change").isTrue();
    }
    assertThat(advisor.rules()).extracting(RuleInfo::id).contains("local.marker-b");
  }

  private static void awaitRule(ThriveAdvisor advisor, String id) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (advisor.rules().stream().noneMatch(x -> x.id().equals(id))) {
      assertThat(System.nanoTime()).as("rule " + id + " loaded by the watcher in time").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void watcher_subdirectoryCreatedAfterItStarts_isWatchedToo() throws Exception {
    install(VERSION_A);
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    try (RuleDirectoryWatcher w = advisor.watch(Duration.ofMillis(200), r -> { })) {
      // given a subdirectory made after the watcher started
      Path sub = Files.createDirectory(dir.resolve("area"));
      Thread.sleep(500);

      // when a rule file is written in it
      Files.writeString(sub.resolve("c.drl"), LocalRulesTest.HEADER.replace("local.test", "local.sub")
          + LocalRulesTest.rule("Marker C", "local.marker-c", "$p : Problems()", "insertLogical(new Note());"));

      // then it is loaded
      awaitRule(advisor, "local.marker-c");
    }
  }

  @Test
  void watcher_directoryDeletedAndCreatedAgain_keepsReloading() throws Exception {
    install(VERSION_A);
    ThriveAdvisor advisor = ThriveAdvisor.builder().rules(RuleSource.defaultsWith(dir)).build();
    try (RuleDirectoryWatcher w = advisor.watch(Duration.ofMillis(200), r -> { })) {
      // given the directory deleted (the old rules keep serving) and created again
      Files.delete(dir.resolve("local.drl"));
      Files.delete(dir);
      Thread.sleep(800);
      assertThat(advisor.rules()).extracting(RuleInfo::id).contains("local.marker-a");
      Files.createDirectory(dir);
      Thread.sleep(500);

      // when a new version is written there
      Files.writeString(dir.resolve("local.drl"), VERSION_B);

      // then the watcher reloads it
      awaitRule(advisor, "local.marker-b");
    }
  }
}
