package org.passage.http;

import io.javalin.http.Context;
import java.util.Map;
import org.passage.App;

/** {@code GET /healthz}: 200 when the database answers, 503 otherwise. */
final class Health {
  private final App app;

  Health(App app) {
    this.app = app;
  }

  void check(Context ctx) {
    try {
      app.db().inTransaction(c -> {
        try (var s = c.createStatement()) {
          s.execute("SELECT 1");
        }
        return null;
      });
      ctx.json(Map.of("status", "ok"));
    } catch (RuntimeException e) {
      ctx.status(503).json(Map.of("status", "database unavailable"));
    }
  }
}
