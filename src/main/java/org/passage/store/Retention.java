package org.passage.store;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges what is no longer needed: transcripts, closed cases and replies that could not be
 * delivered (dead or refused, with their encrypted text and address) after the retention period;
 * delivered outbox rows and redelivery markers after a week (platforms stop redelivering after
 * 24-36 hours); the progress of a split reply once its row is delivered or gone (a dead row keeps
 * it, so an admin's retry still resumes after the delivered parts). Runs at start-up and hourly.
 */
public final class Retention implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Retention.class);
  static final Duration BOOKKEEPING = Duration.ofDays(7);

  private final Database db;
  private final Duration keep;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "retention"));

  public Retention(Database db, int retentionDays) {
    this.db = db;
    this.keep = Duration.ofDays(retentionDays);
  }

  public void start() {
    timer.scheduleWithFixedDelay(this::runSafely, 0, 1, TimeUnit.HOURS);
  }

  private void runSafely() {
    try {
      int purged = purge(System.currentTimeMillis());
      if (purged > 0) {
        log.info("retention purged {} rows", purged);
      }
    } catch (RuntimeException e) {
      log.error("retention purge failed: {}", e.getClass().getName());
    }
  }

  /** Deletes expired rows as of {@code now}; returns how many. */
  public int purge(long now) {
    long expired = now - keep.toMillis();
    long bookkeeping = now - BOOKKEEPING.toMillis();
    return db.inTransaction(c -> {
      int n = 0;
      n += delete(c, "DELETE FROM transcript WHERE created_at < ?", expired);
      n += delete(c, "DELETE FROM cases WHERE status = 'closed' AND updated_at < ?", expired);
      n += delete(c, "DELETE FROM conversations WHERE updated_at < ?", expired);
      n += delete(c, "DELETE FROM inbox WHERE status IN ('done', 'failed') AND received_at < ?", bookkeeping);
      n += delete(c, "DELETE FROM outbox WHERE status = 'sent' AND created_at < ?", bookkeeping);
      n += delete(c, "DELETE FROM outbox WHERE status IN ('dead', 'refused') AND created_at < ?", expired);
      // the parts record of a row lives as long as the row can still be (re)tried
      try (var s = c.createStatement()) {
        n += s.executeUpdate("DELETE FROM send_progress WHERE message_key NOT IN "
            + "(SELECT CAST(id AS TEXT) FROM outbox WHERE status IN ('pending', 'sending', 'dead'))");
      }
      return n;
    });
  }

  private static int delete(java.sql.Connection c, String sql, long before) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, before);
      return s.executeUpdate();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
