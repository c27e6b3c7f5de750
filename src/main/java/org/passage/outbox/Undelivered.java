package org.passage.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.passage.store.Database;

/**
 * The outbox as admins see it: replies that went {@code dead} (failed for good, or the contact
 * stopped and the reply was erased), were {@code refused} by the platform, or still wait. It
 * reads and changes only content-free columns and holds no keys, so it can never show a reply's
 * text or address.
 */
public final class Undelivered {
  private static final String KEPT = "body IS NOT NULL AND recipient IS NOT NULL";
  private final Database db;

  public Undelivered(Database db) {
    this.db = db;
  }

  /** Dead rows that still hold their reply: failed for good, and retryable by an admin. */
  public long dead() {
    return count("SELECT count(*) FROM outbox WHERE status = 'dead' AND " + KEPT);
  }

  /** Rows the platform refused (e.g. outside Messenger's messaging window). */
  public long refused() {
    return count("SELECT count(*) FROM outbox WHERE status = 'refused'");
  }

  private long count(String sql) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0L;
      }
    });
  }
}
