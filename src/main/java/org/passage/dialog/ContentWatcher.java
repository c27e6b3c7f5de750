package org.passage.dialog;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads {@code dialogs/} when a file in it changes. A valid new version replaces the old one
 * at once; an invalid one is reported (file, line, key) and the bot keeps the last good version.
 */
public final class ContentWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);
  private static final long SETTLE_MS = 300;

  private final Path dir;
  private final Consumer<Content> onReload;
  private final WatchService watcher;
  private final Thread thread;

  public ContentWatcher(Path dir, Consumer<Content> onReload) throws IOException {
    this.dir = dir;
    this.onReload = onReload;
    this.watcher = FileSystems.getDefault().newWatchService();
    try (Stream<Path> dirs = Files.walk(dir)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
    this.thread = new Thread(this::run, "dialogs-watcher");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        var key = watcher.take();
        Thread.sleep(SETTLE_MS); // editors write in several steps: let them finish
        key.pollEvents();
        key.reset();
        for (var more = watcher.poll(); more != null; more = watcher.poll()) {
          more.pollEvents();
          more.reset();
        }
        reload();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Loads the folder now; true if the new content was taken. */
  public boolean reload() {
    try {
      onReload.accept(ContentLoader.load(dir));
      log.info("dialogs/ reloaded");
      return true;
    } catch (ContentException e) {
      log.error("dialogs/ changed but is not valid; still using the previous version. {}", e.getMessage());
      return false;
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      watcher.close();
    } catch (IOException e) {
      log.warn("closing the dialogs watcher failed: {}", e.getMessage());
    }
  }
}
