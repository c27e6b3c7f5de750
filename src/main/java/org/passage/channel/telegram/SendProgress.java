package org.passage.channel.telegram;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.passage.channel.OutboundMessage;
import org.passage.privacy.Keys;
import org.passage.store.Database;
import org.passage.store.Json;

/**
 * How many parts of a split reply were already delivered, kept in {@code telegram_send_progress}
 * so that a retried outbox row resumes after the last delivered part instead of repeating it.
 * The key is a keyed hash of (chat, message): neither can be read back from it. Rows of one
 * conversation are delivered one at a time, so two equal replies never share a key at once.
 */
final class SendProgress {
  private final Database db;
  private final Keys keys;

  SendProgress(Database db, Keys keys) {
    this.db = db;
    this.keys = keys;
  }

  String key(String address, OutboundMessage message) {
    return keys.pseudonym("telegram-send", address + '\n' + Json.write(message));
  }

  int partsSent(String key) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT parts_sent FROM telegram_send_progress WHERE message_key = ?")) {
        s.setString(1, key);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getInt(1) : 0;
        }
      }
    });
  }

  void record(String key, int partsSent) {
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO telegram_send_progress (message_key, parts_sent, updated_at) VALUES (?, ?, ?) "
              + "ON CONFLICT (message_key) DO UPDATE SET parts_sent = excluded.parts_sent, updated_at = excluded.updated_at")) {
        s.setString(1, key);
        s.setInt(2, partsSent);
        s.setLong(3, System.currentTimeMillis());
        return s.executeUpdate();
      }
    });
  }

  void clear(String key) {
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM telegram_send_progress WHERE message_key = ?")) {
        s.setString(1, key);
        return s.executeUpdate();
      }
    });
  }
}
