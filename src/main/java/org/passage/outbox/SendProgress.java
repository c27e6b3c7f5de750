package org.passage.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.IntFunction;
import org.passage.store.Database;

/**
 * Sends a reply that a platform takes as several messages so that each part goes out once: how
 * many parts of an outbox row were delivered is kept in {@code send_progress} under the row's id,
 * and a retry of that row (by the outbox, or by an admin's {@code outbox retry}) resumes after the
 * last delivered part instead of repeating it. Another row, even with the same text to the same
 * person, starts from its first part. Retention deletes the record once its row is delivered or
 * gone.
 */
public final class SendProgress {
  private final Database db;

  public SendProgress(Database db) {
    this.db = db;
  }

  /**
   * Sends parts {@code 0..parts-1} of delivery {@code deliveryId} with {@code sendPart}, skipping
   * those an earlier attempt delivered; stops at the first part that is not {@link Delivery.Sent}
   * and returns its outcome. A reply of one part is sent without any bookkeeping.
   */
  public Delivery deliver(long deliveryId, int parts, IntFunction<Delivery> sendPart) {
    String key = parts > 1 ? Long.toString(deliveryId) : null;
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
    return db.read(c -> {
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
