package org.passage.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.passage.channel.OutboundMessage;
import org.passage.privacy.Keys;
import org.passage.privacy.Sealer;
import org.passage.store.Json;

/**
 * Replies waiting for delivery. {@link #enqueue} joins the caller's transaction, so a reply
 * exists exactly when the state change that caused it was committed.
 */
public final class Outbox {
  final Sealer recipients;
  final Sealer bodies;

  public Outbox(Keys keys) {
    this.recipients = keys.sealer("outbox.recipient");
    this.bodies = keys.sealer("outbox.body");
  }

  public void enqueue(Connection c, String platform, String conversationKey, String address,
      OutboundMessage message) throws SQLException {
    long now = System.currentTimeMillis();
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO outbox (platform, conversation_key, recipient, body, not_before, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, platform);
      s.setString(2, conversationKey);
      s.setBytes(3, recipients.seal(address));
      s.setBytes(4, bodies.seal(Json.write(message)));
      s.setLong(5, now);
      s.setLong(6, now);
      s.executeUpdate();
    }
  }

  /**
   * Drops every reply of a conversation (the user asked to be forgotten): waiting ones, dead and
   * refused ones that still hold the text and address, and the content-free rows of delivered ones,
   * so that no admin retry can write to the person again.
   */
  public void discard(Connection c, String conversationKey) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM outbox WHERE conversation_key = ?")) {
      s.setString(1, conversationKey);
      s.executeUpdate();
    }
  }
}
