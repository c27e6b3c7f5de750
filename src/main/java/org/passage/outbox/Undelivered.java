package org.passage.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** What {@link #retry} did with one row: requeued or not, and why, in one line for an admin. */
  public record Retry(long id, boolean requeued, String note) {}

  static final String RETRIED = "retried by admin; before: ";
  private static final String HELD = "body IS NOT NULL AND recipient IS NOT NULL";
  private final Database db;

  public Undelivered(Database db) {
    this.db = db;
  }

  /** Dead rows that still hold their reply: failed for good, and retryable by an admin. */
  public long dead() {
    return db.count("SELECT count(*) FROM outbox WHERE status = 'dead' AND " + HELD);
  }

  /** Rows the platform refused (e.g. outside Messenger's messaging window). */
  public long refused() {
    return db.count("SELECT count(*) FROM outbox WHERE status = 'refused'");
  }

  /** How many rows of {@code selection} there are, by platform and status, in name order. */
  public List<Count> counts(Selection selection) {
    return db.read(c -> {
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
    return db.read(c -> {
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

  /** The ids of dead rows that still hold their reply, oldest first, of one platform or all. */
  public List<Long> retryableDead(Optional<String> platform) {
    return db.read(c -> {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM outbox WHERE status = 'dead' AND " + HELD
          + (platform.isPresent() ? " AND platform = ?" : "") + " ORDER BY id")) {
        if (platform.isPresent()) {
          s.setString(1, platform.get());
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getLong(1));
          }
        }
      }
      return ids;
    });
  }

  /**
   * Puts a dead row that still holds its reply back to pending (attempts 0, due now), keeping the
   * old reason in {@code last_error}; a running dispatcher finds it at its next poll. Refuses rows
   * that are not dead, were erased, or whose person has since blocked the bot.
   */
  public Retry retry(long id) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT o.status, " + HELD + ", o.last_error, v.blocked_at "
          + "FROM outbox o LEFT JOIN conversations v ON v.conversation_key = o.conversation_key WHERE o.id = ?")) {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return new Retry(id, false, "not retried: no such row");
          }
          String status = r.getString(1);
          String reason = Optional.ofNullable(r.getString(3)).orElse("no reason recorded");
          boolean blocked = r.getObject(4) != null;
          long blockedAt = r.getLong(4);
          if (!status.equals("dead")) {
            return new Retry(id, false, "not retried: it is " + status + ", only dead rows can be retried");
          }
          if (!r.getBoolean(2)) {
            return new Retry(id, false, "not retried: its text and address were erased (" + reason + ")");
          }
          if (blocked) {
            return new Retry(id, false, "not retried: the person blocked the bot or became unreachable on "
                + Instant.ofEpochMilli(blockedAt).truncatedTo(ChronoUnit.SECONDS));
          }
          requeue(c, id, RETRIED + reason);
          return new Retry(id, true, "requeued (was dead: " + reason + ")");
        }
      }
    });
  }

  private static void requeue(Connection c, long id, String lastError) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET status = 'pending', attempts = 0, "
        + "not_before = ?, last_error = ? WHERE id = ? AND status = 'dead'")) {
      s.setLong(1, System.currentTimeMillis());
      s.setString(2, lastError);
      s.setLong(3, id);
      s.executeUpdate();
    }
  }

  /** The first 8 characters of the keyed hash in {@code platform:hash}: enough to group, not to identify. */
  static String shortKey(String conversationKey) {
    String hash = conversationKey.substring(conversationKey.indexOf(':') + 1);
    return hash.substring(0, Math.min(8, hash.length()));
  }
}
