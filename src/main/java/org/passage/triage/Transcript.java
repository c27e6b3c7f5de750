package org.passage.triage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.passage.privacy.Keys;
import org.passage.privacy.Sealer;

/** What was said in a conversation, encrypted, for staff working its case. */
public final class Transcript {
  private final Sealer sealer;

  public Transcript(Keys keys) {
    this.sealer = keys.sealer("transcript");
  }

  /** @param role user, bot or staff */
  public void append(Connection c, String conversationKey, String role, String text) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO transcript (conversation_key, role, body, created_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, conversationKey);
      s.setString(2, role);
      s.setBytes(3, sealer.seal(text));
      s.setLong(4, System.currentTimeMillis());
      s.executeUpdate();
    }
  }

  public void erase(Connection c, String conversationKey) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM transcript WHERE conversation_key = ?")) {
      s.setString(1, conversationKey);
      s.executeUpdate();
    }
  }
}
