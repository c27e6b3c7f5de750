package org.passage.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.passage.store.Database;

/**
 * The outbox as admins see it: replies that went {@code dead} (failed for good, or the contact
 * stopped and the reply was erased), were {@code refused} by the platform, or still wait. It
 * reads and changes only content-free columns and holds no keys, so it can never show a reply's
 * text or address. Safe while a server delivers from the same database: each change is one
 * transaction, and the dispatcher never touches dead rows.
 */
public final class Undelivered {
  /** Which rows to show. */
  public enum Selection {
    DEAD_AND_REFUSED("status IN ('dead', 'refused')"),
    DEAD("status = 'dead'"),
    REFUSED("status = 'refused'"),
    /** Waiting to be delivered, or being delivered now. */
    PENDING("status IN ('pending', 'sending')"),
    /** Dead, refused, and waiting rows that already failed or were throttled. */
    ALL_PROBLEMS("(status IN ('dead', 'refused') OR (status IN ('pending', 'sending') AND last_error IS NOT NULL))");

    final String where;

    Selection(String where) {
      this.where = where;
    }
  }

  /**
   * One row, without its text or address: {@code conversation} is a short prefix of the
   * pseudonymous conversation key, to group rows; {@code replyHeld} is false once the text and
   * address were erased.
   */
  public record Row(long id, String platform, String status, int attempts, Instant createdAt,
      String conversation, boolean replyHeld, String lastError) {}

  /** How many rows of one platform have one status. */
  public record Count(String platform, String status, long rows) {}

  private static final String HELD = "body IS NOT NULL AND recipient IS NOT NULL";
  private final Database db;

  public Undelivered(Database db) {
    this.db = db;
  }

  /** Dead rows that still hold their reply: failed for good, and retryable by an admin. */
  public long dead() {
    return count("SELECT count(*) FROM outbox WHERE status = 'dead' AND " + HELD);
  }

  /** Rows the platform refused (e.g. outside Messenger's messaging window). */
  public long refused() {
    return count("SELECT count(*) FROM outbox WHERE status = 'refused'");
  }

  /** How many rows of {@code selection} there are, by platform and status, in name order. */
  public List<Count> counts(Selection selection) {
    return db.inTransaction(c -> {
      List<Count> counts = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT platform, status, count(*) FROM outbox WHERE "
          + selection.where + " GROUP BY platform, status ORDER BY platform, status");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          counts.add(new Count(r.getString(1), r.getString(2), r.getLong(3)));
        }
      }
      return counts;
    });
  }

  /** The newest {@code limit} rows of {@code selection}, newest first. */
  public List<Row> list(Selection selection, int limit) {
    return db.inTransaction(c -> {
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id, platform, status, attempts, created_at, "
          + "conversation_key, " + HELD + ", last_error FROM outbox WHERE " + selection.where
          + " ORDER BY id DESC LIMIT ?")) {
        s.setInt(1, limit);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4),
                Instant.ofEpochMilli(r.getLong(5)).truncatedTo(ChronoUnit.SECONDS), shortKey(r.getString(6)),
                r.getBoolean(7), r.getString(8)));
          }
        }
      }
      return rows;
    });
  }

  /** The first 8 characters of the keyed hash in {@code platform:hash}: enough to group, not to identify. */
  static String shortKey(String conversationKey) {
    String hash = conversationKey.substring(conversationKey.indexOf(':') + 1);
    return hash.substring(0, Math.min(8, hash.length()));
  }

  private long count(String sql) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0L;
      }
    });
  }
}
