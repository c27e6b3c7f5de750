package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.channel.InboundMessage;
import org.passage.channel.UserInput;
import org.passage.store.Retention;

/** Expired transcripts, conversations, undelivered replies and delivery bookkeeping are purged; recent ones stay. */
class RetentionTest {
  @TempDir Path data;

  @Test
  void expiredDataIsPurgedAndRecentDataStays() {
    FakeUnderstander fake = new FakeUnderstander(TestApps.content());
    try (App app = App.build(TestApps.config(data, Map.of("RETENTION_DAYS", "30")), fake, fake)) {
      String key = app.keys.pseudonym("local", "someone1");
      app.inbox.accept(new InboundMessage("local", "m1", key, "someone1", Instant.now(),
          new UserInput.Text("/start"), Optional.empty()));
      app.worker.processConversationNow(key);
      Retention retention = new Retention(app.db, 30);
      long now = System.currentTimeMillis();
      assertEquals(0, retention.purge(now));
      assertEquals(0, retention.purge(now + Duration.ofDays(6).toMillis()));
      long later = now + Duration.ofDays(31).toMillis();
      int purged = retention.purge(later);
      assertEquals(0, count(app, "SELECT count(*) FROM transcript"));
      assertEquals(0, count(app, "SELECT count(*) FROM conversations"));
      assertEquals(0, count(app, "SELECT count(*) FROM inbox"));
      assertEquals(4, purged); // 2 transcript lines, 1 conversation, 1 inbox marker; the outbox row is still pending
    }
  }

  @Test
  void undeliveredRepliesArePurgedAfterTheRetentionPeriodAndTheirPartsRecordWithThem() {
    FakeUnderstander fake = new FakeUnderstander(TestApps.content());
    try (App app = App.build(TestApps.config(data, Map.of("RETENTION_DAYS", "30")), fake, fake)) {
      long now = System.currentTimeMillis();
      app.db.inTransaction(c -> {
        for (String status : new String[] {"dead", "refused", "pending", "sent"}) {
          c.createStatement().executeUpdate("INSERT INTO outbox (platform, conversation_key, recipient, body, status, "
              + "not_before, created_at) VALUES ('telegram', 'k', x'01', x'02', '" + status + "', 0, " + now + ")");
        }
        // parts records of the dead row (1), the delivered row (4) and a row that is gone (99)
        return c.createStatement().executeUpdate("INSERT INTO send_progress (message_key, parts_sent, updated_at) "
            + "VALUES ('1', 1, " + now + "), ('4', 1, " + now + "), ('99', 1, " + now + ")");
      });
      Retention retention = new Retention(app.db, 30);
      assertEquals(2, retention.purge(now + Duration.ofDays(6).toMillis()));
      assertEquals(List.of("1"), app.db.read(c -> {
        try (var r = c.createStatement().executeQuery("SELECT message_key FROM send_progress")) {
          List<String> keys = new java.util.ArrayList<>();
          while (r.next()) {
            keys.add(r.getString(1));
          }
          return keys;
        }
      }));
      // a week later the delivered row goes; thirty days later the dead and refused ones, and the dead row's record
      assertEquals(1, retention.purge(now + Duration.ofDays(8).toMillis()));
      assertEquals(3, retention.purge(now + Duration.ofDays(31).toMillis()));
      assertEquals(0, count(app, "SELECT count(*) FROM send_progress"));
      assertEquals(1, count(app, "SELECT count(*) FROM outbox WHERE status = 'pending'"));
      assertEquals(1, count(app, "SELECT count(*) FROM outbox"));
    }
  }

  static long count(App app, String sql) {
    return TestApps.count(app, sql);
  }
}
