package org.passage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics counts the replies that wait, went dead with their text kept, or were refused. */
class OutboxMetricsTest {
  @TempDir Path data;

  /** Inserts an outbox row of a conversation nobody is talking in, so no loop touches it. */
  static void row(App app, String status, boolean kept) {
    app.db().inTransaction(c -> c.createStatement().executeUpdate(
        "INSERT INTO outbox (platform, conversation_key, recipient, body, status, not_before, created_at) "
            + "VALUES ('nowhere', 'nowhere:abc', " + (kept ? "x'01', x'02'" : "NULL, NULL") + ", '" + status + "', "
            + Long.MAX_VALUE + ", 0)"));
  }

  @Test
  void deadRefusedAndPendingRepliesAreGaugedSeparately() throws Exception {
    try (App app = TestApps.start(data, Map.of("WEB_CHAT", "false"))) {
      row(app, "dead", true);
      row(app, "dead", true);
      row(app, "dead", false); // a stopped contact's reply, erased: nothing for an admin to do
      row(app, "refused", true);
      row(app, "pending", true);
      String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + app.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(metrics.contains("\npassage_outbox_dead 2.0\n"), metrics);
      assertTrue(metrics.contains("\npassage_outbox_refused 1.0\n"), metrics);
      assertTrue(metrics.contains("\npassage_outbox_pending 1.0\n"), metrics);
    }
  }
}
