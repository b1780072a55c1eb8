package org.thrive.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rule directory (and its subdirectories at the time it starts) and runs an action once
 * the directory has been quiet for a period after a change, so an editor saving several files
 * causes one reload. Runs on one daemon thread; {@link #close()} stops it. A failing action is
 * logged and the watcher carries on.
 */
public final class RuleDirectoryWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleDirectoryWatcher.class);

  private final WatchService watcher;
  private final Thread thread;

  private RuleDirectoryWatcher(WatchService watcher, Thread thread) {
    this.watcher = watcher;
    this.thread = thread;
  }

  static RuleDirectoryWatcher start(Path dir, Duration quietPeriod, Runnable action) {
    try {
      WatchService ws = FileSystems.getDefault().newWatchService();
      try (Stream<Path> dirs = Files.walk(dir)) {
        for (Path d : dirs.filter(Files::isDirectory).toList()) {
          d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
      }
      Thread t = new Thread(() -> loop(ws, quietPeriod, action), "thrive-rule-watcher");
      t.setDaemon(true);
      t.start();
      return new RuleDirectoryWatcher(ws, t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void loop(WatchService ws, Duration quiet, Runnable action) {
    try {
      while (true) {
        WatchKey key = ws.take();
        key.pollEvents();
        key.reset();
        // wait until the directory has been quiet for the period
        WatchKey more;
        while ((more = ws.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          more.pollEvents();
          more.reset();
        }
        try {
          action.run();
        } catch (RuntimeException e) {
          LOG.warn("rule reload after a change failed ({})", e.getClass().getSimpleName());
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops watching. */
  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread.interrupt();
  }
}
