package org.passage.triage;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeSet;
import org.passage.dialog.Action;
import org.passage.privacy.Keys;
import org.passage.privacy.Sealer;
import org.passage.store.Json;

/**
 * Conversations that need staff. A case id is random and says nothing about the user; an open
 * case of the same kind for the same conversation is updated, never duplicated.
 */
public final class Cases {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private final SecureRandom random = new SecureRandom();
  private final Sealer excerpts;

  public Cases(Keys keys) {
    this.excerpts = keys.sealer("cases.excerpt");
  }

  /** Opens or updates the case; returns its id. */
  public String raise(Connection c, String conversationKey, Action.CaseRaised raised) throws SQLException {
    long now = System.currentTimeMillis();
    String indicators = Json.write(new TreeSet<>(raised.risk().indicators().keySet()));
    boolean urgent = raised.kind().equals("urgent") || raised.risk().urgent();
    try (PreparedStatement find = c.prepareStatement(
        "SELECT id FROM cases WHERE conversation_key = ? AND kind = ? AND status = 'open'")) {
      find.setString(1, conversationKey);
      find.setString(2, raised.kind());
      try (ResultSet r = find.executeQuery()) {
        if (r.next()) {
          String id = r.getString(1);
          try (PreparedStatement u = c.prepareStatement(
              "UPDATE cases SET risk = max(risk, ?), urgent = max(urgent, ?), indicators = ?, "
                  + "excerpt = coalesce(?, excerpt), updated_at = ? WHERE id = ?")) {
            u.setDouble(1, raised.risk().risk());
            u.setInt(2, urgent ? 1 : 0);
            u.setString(3, indicators);
            u.setBytes(4, raised.excerpt() == null ? null : excerpts.seal(raised.excerpt()));
            u.setLong(5, now);
            u.setString(6, id);
            u.executeUpdate();
          }
          return id;
        }
      }
    }
    String id = newId();
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO cases (id, conversation_key, kind, risk, urgent, indicators, excerpt, lang, "
            + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, id);
      s.setString(2, conversationKey);
      s.setString(3, raised.kind());
      s.setDouble(4, raised.risk().risk());
      s.setInt(5, urgent ? 1 : 0);
      s.setString(6, indicators);
      s.setBytes(7, raised.excerpt() == null ? null : excerpts.seal(raised.excerpt()));
      s.setString(8, raised.lang());
      s.setLong(9, now);
      s.setLong(10, now);
      s.executeUpdate();
    }
    return id;
  }

  /** Unlinks a forgotten conversation's cases and erases what the user wrote in them. */
  public void forget(Connection c, String conversationKey) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE cases SET conversation_key = ?, excerpt = NULL, updated_at = ? WHERE conversation_key = ?")) {
      s.setString(1, "erased:" + newId());
      s.setLong(2, System.currentTimeMillis());
      s.setString(3, conversationKey);
      s.executeUpdate();
    }
  }

  private String newId() {
    StringBuilder id = new StringBuilder("C-");
    for (int i = 0; i < 8; i++) {
      id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }
}
