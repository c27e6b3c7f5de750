package org.passage.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import org.passage.store.Database;

/**
 * Turns button payloads into Telegram {@code callback_data} (1 to 64 bytes) and back. A payload
 * that fits is sent as it is; a longer one (or one starting with {@code ~}) is stored durably in
 * {@code telegram_callbacks} under {@code ~} + 22 base64url characters of its SHA-256, so the
 * same payload always gets the same id and a press resolves after a restart.
 */
final class CallbackData {
  static final int MAX_BYTES = 64;
  private static final String PREFIX = "~";
  private final Database db;

  CallbackData(Database db) {
    this.db = db;
  }

  /** The callback_data to put on a button for {@code payload}. */
  String encode(String payload) {
    if (!payload.startsWith(PREFIX) && !payload.isEmpty()
        && payload.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return payload;
    }
    String id = PREFIX + hash(payload);
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO telegram_callbacks (id, payload, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
        s.setString(1, id);
        s.setString(2, payload);
        s.setLong(3, System.currentTimeMillis());
        return s.executeUpdate();
      }
    });
    return id;
  }

  /** The payload behind {@code data}; data that is no stored id is returned unchanged. */
  String decode(String data) {
    if (!data.startsWith(PREFIX)) {
      return data;
    }
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT payload FROM telegram_callbacks WHERE id = ?")) {
        s.setString(1, data);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getString(1) : data;
        }
      }
    });
  }

  private static String hash(String payload) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
