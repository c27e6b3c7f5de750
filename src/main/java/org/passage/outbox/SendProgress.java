package org.passage.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.IntFunction;
import org.passage.channel.OutboundMessage;
import org.passage.privacy.Keys;
import org.passage.store.Database;
import org.passage.store.Json;

/**
 * Sends a reply that a platform takes as several messages so that each part goes out once: how
 * many parts were delivered is kept in {@code send_progress}, and a retried outbox row resumes
 * after the last delivered part instead of repeating it. The key is a keyed hash of (platform,
 * address, message): none of them can be read back from it. Rows of one conversation are
 * delivered one at a time, so two equal replies never share a key at once.
 */
public final class SendProgress {
  private final Database db;
  private final Keys keys;

  public SendProgress(Database db, Keys keys) {
    this.db = db;
    this.keys = keys;
  }

  /**
   * Sends parts {@code 0..parts-1} of {@code message} with {@code sendPart}, skipping those an
   * earlier attempt delivered; stops at the first part that is not {@link Delivery.Sent} and
   * returns its outcome. A reply of one part is sent without any bookkeeping.
   */
  public Delivery deliver(String platform, String address, OutboundMessage message, int parts,
      IntFunction<Delivery> sendPart) {
    String key = parts > 1 ? keys.pseudonym(platform + "-send", address + '\n' + Json.write(message)) : null;
    int first = key == null ? 0 : partsSent(key);
    for (int i = first; i < parts; i++) {
      Delivery outcome = sendPart.apply(i);
      if (!(outcome instanceof Delivery.Sent)) {
        return outcome;
      }
      if (key != null && i < parts - 1) {
        record(key, i + 1);
      }
    }
    if (key != null) {
      clear(key);
    }
    return new Delivery.Sent();
  }

  private int partsSent(String key) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT parts_sent FROM send_progress WHERE message_key = ?")) {
        s.setString(1, key);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getInt(1) : 0;
        }
      }
    });
  }

  private void record(String key, int partsSent) {
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO send_progress (message_key, parts_sent, updated_at) VALUES (?, ?, ?) "
              + "ON CONFLICT (message_key) DO UPDATE SET parts_sent = excluded.parts_sent, updated_at = excluded.updated_at")) {
        s.setString(1, key);
        s.setInt(2, partsSent);
        s.setLong(3, System.currentTimeMillis());
        return s.executeUpdate();
      }
    });
  }

  private void clear(String key) {
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM send_progress WHERE message_key = ?")) {
        s.setString(1, key);
        return s.executeUpdate();
      }
    });
  }
}
