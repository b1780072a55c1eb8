package org.thrive.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rule directory and its subdirectories, including subdirectories created after it
 * starts, and runs an action once the directory has been quiet for a period after a change, so an
 * editor saving several files causes one reload. If the directory itself is deleted, the watcher
 * waits for it to be created again, then watches it anew and reloads. Runs on one daemon thread;
 * {@link #close()} stops it. A failing action is logged (its exception type only) and the
 * watcher carries on.
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
      Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
      registerTree(ws, dir, keys);
      Thread t = new Thread(() -> loop(ws, dir, keys, quietPeriod, action), "thrive-rule-watcher");
      t.setDaemon(true);
      t.start();
      return new RuleDirectoryWatcher(ws, t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void registerTree(WatchService ws, Path root, Map<WatchKey, Path> keys) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        keys.put(d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE), d);
      }
    }
  }

  private static void loop(WatchService ws, Path root, Map<WatchKey, Path> keys, Duration quiet, Runnable action) {
    try {
      while (true) {
        WatchKey key = keys.isEmpty() ? ws.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) : ws.take();
        if (key == null) {
          // the directory is gone: wait for it to come back, then watch it anew and reload
          if (Files.isDirectory(root)) {
            registerTree(ws, root, keys);
            settleThenRun(ws, root, keys, quiet, action);
          }
          continue;
        }
        handle(ws, key, keys);
        settleThenRun(ws, root, keys, quiet, action);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.warn("rule directory watcher stopped ({})", e.getClass().getSimpleName());
    }
  }

  /** Waits until the directory has been quiet for the period, then runs the action. */
  private static void settleThenRun(WatchService ws, Path root, Map<WatchKey, Path> keys, Duration quiet,
      Runnable action) throws InterruptedException, IOException {
    WatchKey more;
    while ((more = ws.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
      handle(ws, more, keys);
    }
    if (keys.isEmpty() && Files.isDirectory(root)) {
      registerTree(ws, root, keys);
    }
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.warn("rule reload after a change failed ({})", e.getClass().getSimpleName());
    }
  }

  /** Reads a key's events: registers directories created under it; forgets it once its directory is gone. */
  private static void handle(WatchService ws, WatchKey key, Map<WatchKey, Path> keys) throws IOException {
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (dir != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created)) {
          registerTree(ws, created, keys);
        }
      }
    }
    if (!key.reset()) {
      keys.remove(key);
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
