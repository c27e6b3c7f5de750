package org.passage.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.channel.OutboundMessage;
import org.passage.privacy.Keys;
import org.passage.store.Database;
import org.passage.store.Json;

/** A reply sent in parts: each part once, across retries and across the V3 upgrade. */
class SendProgressTest {
  static final OutboundMessage REPLY = new OutboundMessage("a long reply", List.of());
  @TempDir Path dir;
  List<Integer> sent = new ArrayList<>();

  Delivery send(int part, int failing) {
    if (part == failing) {
      return new Delivery.Failed("HTTP 502", true);
    }
    sent.add(part);
    return new Delivery.Sent();
  }

  @Test
  void partsDeliveredBeforeAFailureAreNotSentAgain() {
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"))) {
      SendProgress progress = new SendProgress(db, Keys.loadOrCreate(dir.resolve("keys")));
      assertEquals(new Delivery.Failed("HTTP 502", true), progress.deliver("messenger", "psid", REPLY, 3, i -> send(i, 1)));
      assertEquals(new Delivery.Sent(), progress.deliver("messenger", "psid", REPLY, 3, i -> send(i, -1)));
      assertEquals(List.of(0, 1, 2), sent);
      // done: the same reply again (a new row) goes out whole
      progress.deliver("messenger", "psid", REPLY, 3, i -> send(i, -1));
      assertEquals(List.of(0, 1, 2, 0, 1, 2), sent);
    }
  }

  @Test
  void aTelegramReplyHalfSentBeforeTheUpgradeResumesAfterIt() {
    String url = "jdbc:sqlite:" + dir.resolve("t.db");
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("2").load().migrate();
    Keys keys = Keys.loadOrCreate(dir.resolve("keys"));
    String key = keys.pseudonym("telegram-send", "42\n" + Json.write(REPLY));
    try (var c = java.sql.DriverManager.getConnection(url); var s = c.prepareStatement(
        "INSERT INTO telegram_send_progress (message_key, parts_sent, updated_at) VALUES (?, 1, 0)")) {
      s.setString(1, key);
      s.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    try (Database db = Database.open(url)) {
      new SendProgress(db, keys).deliver("telegram", "42", REPLY, 3, i -> send(i, -1));
      assertEquals(List.of(1, 2), sent);
    }
  }
}
