package org.passage.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.channel.InboundMessage;
import org.passage.privacy.Keys;
import org.passage.privacy.Sealer;
import org.passage.store.Database;
import org.passage.store.Json;

/**
 * Durable intake. {@link #accept} commits a message before a webhook answers 200; a message
 * whose (platform, external id) was seen before is recognised as a redelivery and not stored again.
 */
public final class Inbox {
  private final Database db;
  private final Sealer sealer;
  private volatile Runnable onAccepted = () -> {};
  private volatile java.util.function.BiConsumer<String, Boolean> onIntake = (platform, fresh) -> {};

  public Inbox(Database db, Keys keys) {
    this.db = db;
    this.sealer = keys.sealer("inbox");
  }

  /** Called after each newly accepted message, e.g. to wake the worker. */
  public void onAccepted(Runnable listener) {
    this.onAccepted = listener;
  }

  /** Called with each message's platform and whether it was new (false: a redelivery), for metrics. */
  public void onIntake(java.util.function.BiConsumer<String, Boolean> listener) {
    this.onIntake = listener;
  }

  /** Stores {@code message}; returns false, storing nothing, if it is a redelivery. */
  public boolean accept(InboundMessage message) {
    boolean stored = db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO inbox (platform, external_id, conversation_key, body, received_at) "
              + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, external_id) DO NOTHING")) {
        s.setString(1, message.platform());
        s.setString(2, message.externalId());
        s.setString(3, message.conversationKey());
        s.setBytes(4, sealer.seal(Json.write(message)));
        s.setLong(5, System.currentTimeMillis());
        return s.executeUpdate() == 1;
      }
    });
    onIntake.accept(message.platform(), stored);
    if (stored) {
      onAccepted.run();
    }
    return stored;
  }

  /** Whether a message of the conversation is still waiting for its reply to be prepared. */
  public boolean hasPending(String conversationKey) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT 1 FROM inbox WHERE status = 'pending' AND conversation_key = ? LIMIT 1")) {
        s.setString(1, conversationKey);
        try (ResultSet r = s.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  /** Pending message ids, oldest first, grouped by conversation. */
  Map<String, List<Long>> pending(int limit) {
    return db.inTransaction(c -> {
      Map<String, List<Long>> byConversation = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id, conversation_key FROM inbox WHERE status = 'pending' ORDER BY id LIMIT ?")) {
        s.setInt(1, limit);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            byConversation.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getLong(1));
          }
        }
      }
      return byConversation;
    });
  }

  /** Pending message ids of one conversation, oldest first. */
  List<Long> pending(String conversationKey) {
    return db.inTransaction(c -> {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id FROM inbox WHERE status = 'pending' AND conversation_key = ? ORDER BY id")) {
        s.setString(1, conversationKey);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getLong(1));
          }
        }
      }
      return ids;
    });
  }

  InboundMessage open(byte[] body) {
    return Json.read(sealer.open(body), InboundMessage.class);
  }
}
