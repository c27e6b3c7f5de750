package org.passage.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing dialogs/ while running: a valid edit is taken, a broken one is refused. */
class ContentWatcherTest {
  @TempDir Path dir;

  @Test
  void aValidEditIsTakenAndABrokenOneKeepsTheLastGoodVersion() throws Exception {
    ContentLoaderTest copier = new ContentLoaderTest();
    copier.dir = dir;
    copier.copyRealDialogs();
    AtomicReference<Content> current = new AtomicReference<>(ContentLoader.load(dir));
    try (ContentWatcher watcher = new ContentWatcher(dir, current::set)) {
      copier.edit("texts/en.yaml", "btn.menu: Menu", "btn.menu: Main menu");
      assertTrue(watcher.reload());
      assertEquals("Main menu", current.get().text("en", "btn.menu"));
      Files.writeString(dir.resolve("texts/en.yaml"), "btn.menu: [broken");
      assertFalse(watcher.reload());
      assertEquals("Main menu", current.get().text("en", "btn.menu"));
    }
  }
}
