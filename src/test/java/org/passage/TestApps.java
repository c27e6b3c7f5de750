package org.passage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.passage.config.Config;
import org.passage.dialog.Content;
import org.passage.dialog.ContentLoader;

/** Builds a whole {@link App} for tests: real dialogs/, a fresh database and keys in a temp folder, port 0. */
public final class TestApps {
  public static final Path DIALOGS = Path.of("dialogs");
  private static Content content;

  private TestApps() {}

  /** The real content, loaded once per test run. */
  public static synchronized Content content() {
    if (content == null) {
      content = ContentLoader.load(DIALOGS);
    }
    return content;
  }

  /** A config with a fresh data folder; {@code env} adds or overrides variables. */
  public static Config config(Path dataDir, Map<String, String> env) {
    Map<String, String> all = new HashMap<>();
    all.put("PORT", "0");
    all.put("DATA_DIR", dataDir.toString());
    all.putAll(env);
    return Config.from(all);
  }

  /** A started app with the fake understander; close it after the test. */
  public static App start(Path dataDir, Map<String, String> env) {
    FakeUnderstander fake = new FakeUnderstander(content());
    return App.build(config(dataDir, env), fake, fake).start();
  }

  /** The single number a {@code SELECT count(*) ...} query returns, read from the app's database. */
  public static long count(App app, String sql) {
    return app.db().count(sql);
  }

  public static Path tempDir() {
    try {
      return Files.createTempDirectory("passage-test");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
