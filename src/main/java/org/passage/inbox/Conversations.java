package org.passage.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.passage.dialog.DialogState;
import org.passage.privacy.Keys;
import org.passage.privacy.Sealer;
import org.passage.store.Json;

/** Each conversation's dialog state and (encrypted) reply address, keyed by pseudonym. */
final class Conversations {
  private final Sealer states;
  private final Sealer contacts;

  Conversations(Keys keys) {
    this.states = keys.sealer("conversations.state");
    this.contacts = keys.sealer("conversations.contact");
  }

  DialogState load(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT state FROM conversations WHERE conversation_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Json.read(states.open(r.getBytes(1)), DialogState.class) : DialogState.NEW;
      }
    }
  }

  void save(Connection c, String key, String platform, String address, DialogState state, long inboundAt)
      throws SQLException {
    long now = System.currentTimeMillis();
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO conversations (conversation_key, platform, state, lang, contact, last_inbound_at, "
            + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_key) DO UPDATE SET "
            + "state = excluded.state, lang = excluded.lang, contact = excluded.contact, "
            + "last_inbound_at = max(coalesce(last_inbound_at, 0), excluded.last_inbound_at), "
            + "blocked_at = NULL, updated_at = excluded.updated_at")) {
      s.setString(1, key);
      s.setString(2, platform);
      s.setBytes(3, states.seal(Json.write(state)));
      s.setString(4, state.lang());
      s.setBytes(5, contacts.seal(address));
      s.setLong(6, inboundAt);
      s.setLong(7, now);
      s.setLong(8, now);
      s.executeUpdate();
    }
  }

  void erase(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM conversations WHERE conversation_key = ?")) {
      s.setString(1, key);
      s.executeUpdate();
    }
  }
}
