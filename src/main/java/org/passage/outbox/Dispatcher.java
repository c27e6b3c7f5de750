package org.passage.outbox;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.channel.OutboundMessage;
import org.passage.store.Database;
import org.passage.store.Wakeup;
import org.passage.store.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox rows through their platform's {@link Sender}: oldest first, one at a time per
 * conversation (so replies arrive in order), within the platform's rate limits, retrying on
 * throttling and transient failures with backoff. Rows survive restarts; a delivered row's
 * address and text are erased.
 */
public final class Dispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  static final int MAX_ATTEMPTS = 10;
  static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  /** Longer than any sender's HTTP timeout, so a live send never loses its lease. */
  static final Duration LEASE = Duration.ofMinutes(2);

  private final Database db;
  private final Outbox outbox;
  private final Map<String, Sender> senders = new ConcurrentHashMap<>();
  private final Map<String, Bucket> overall = new ConcurrentHashMap<>();
  private final Map<String, Bucket> perConversation = new ConcurrentHashMap<>();
  private final Wakeup wakeup = new Wakeup();
  private volatile boolean running = true;
  private Thread loop;
  private volatile java.util.function.BiConsumer<String, Delivery> onOutcome = (platform, outcome) -> {};

  public Dispatcher(Database db, Outbox outbox, List<Sender> senders) {
    this.db = db;
    this.outbox = outbox;
    senders.forEach(s -> this.senders.put(s.platform(), s));
  }

  /** Called with each delivery attempt's platform and outcome, e.g. to count them in metrics. */
  public void onOutcome(java.util.function.BiConsumer<String, Delivery> listener) {
    this.onOutcome = listener;
  }

  /** Adds a platform's sender; must be called before {@link #start}. */
  public void register(Sender sender) {
    senders.put(sender.platform(), sender);
  }

  public void start() {
    loop = new Thread(this::run, "outbox-loop");
    loop.start();
  }

  public void wake() {
    wakeup.signal();
  }

  private void run() {
    while (running) {
      long nextDue;
      try {
        nextDue = deliverDue(null);
      } catch (RuntimeException e) {
        log.error("outbox loop failed; retrying ({})", e.getClass().getSimpleName());
        nextDue = System.currentTimeMillis() + 1_000;
      }
      try {
        wakeup.await(Math.max(10, Math.min(2_000, nextDue - System.currentTimeMillis())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Delivers the rows that are due, for every platform with a sender, or only for one
   * conversation; returns when the next row will be due (epoch ms).
   */
  public long deliverDue(String onlyConversation) {
    long now = System.currentTimeMillis();
    long nextDue = now + 2_000;
    for (Row row : due(now, onlyConversation)) {
      Sender sender = senders.get(row.platform);
      if (sender == null || (sender.onDemand() && onlyConversation == null)) {
        continue;
      }
      long wait = waitForLimits(sender, row.conversationKey);
      if (wait > 0) {
        nextDue = Math.min(nextDue, now + wait);
        continue;
      }
      if (!claim(row.id, now)) {
        continue; // another thread or instance is delivering it
      }
      OutboundMessage message = Json.read(outbox.bodies.open(row.body), OutboundMessage.class);
      Delivery result;
      try {
        result = sender.deliver(row.id, outbox.recipients.open(row.recipient), message);
      } catch (RuntimeException e) {
        result = new Delivery.Failed(e.getClass().getSimpleName(), true);
      }
      record(row, result);
      onOutcome.accept(row.platform, result);
      if (row.attempts > 0 || !(result instanceof Delivery.Sent)) {
        nextDue = Math.min(nextDue, now + 1_000);
      }
    }
    return nextDue;
  }

  /** Delivers every due row of one conversation now, in order (the local chat waits for its replies). */
  public void flush(String conversationKey) {
    for (int round = 0; round < 100; round++) {
      if (due(System.currentTimeMillis(), conversationKey).isEmpty()) {
        return;
      }
      deliverDue(conversationKey);
    }
  }

  private long waitForLimits(Sender sender, String conversationKey) {
    if (sender.overallPerSecond() > 0) {
      Bucket bucket = overall.computeIfAbsent(sender.platform(), p -> bucket(sender.overallPerSecond()));
      long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
      if (!bucket.tryConsume(1)) {
        return Math.max(1, nanos / 1_000_000);
      }
    }
    if (sender.perConversationPerSecond() > 0) {
      if (perConversation.size() > 10_000) {
        perConversation.clear(); // bounded memory; a fresh bucket only allows a short burst
      }
      Bucket bucket = perConversation.computeIfAbsent(conversationKey, k -> bucket(sender.perConversationPerSecond()));
      long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
      if (!bucket.tryConsume(1)) {
        return Math.max(1, nanos / 1_000_000);
      }
    }
    return 0;
  }

  private static Bucket bucket(double perSecond) {
    long capacity = Math.max(1, Math.round(Math.ceil(perSecond)));
    Duration period = Duration.ofNanos(Math.round(capacity * 1_000_000_000L / perSecond));
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }

  private record Row(long id, String platform, String conversationKey, byte[] recipient, byte[] body, int attempts) {}

  private List<Row> due(long now, String onlyConversation) {
    return db.inTransaction(c -> {
      // the oldest pending row of each conversation, if it is due: later ones wait their turn
      String sql = "SELECT o.id, o.platform, o.conversation_key, o.recipient, o.body, o.attempts FROM outbox o "
          + "WHERE o.status IN ('pending', 'sending') AND o.not_before <= ? "
          + (onlyConversation == null ? "" : "AND o.conversation_key = ? ")
          + "AND o.id = (SELECT min(id) FROM outbox WHERE conversation_key = o.conversation_key "
          + "AND status IN ('pending', 'sending')) "
          + "ORDER BY o.id LIMIT 100";
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setLong(1, now);
        if (onlyConversation != null) {
          s.setString(2, onlyConversation);
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getBytes(4), r.getBytes(5), r.getInt(6)));
          }
        }
      }
      return rows;
    });
  }

  /**
   * Takes a row for delivery with a lease: if this process dies mid-send, the row becomes due
   * again when the lease ends (at-least-once; a platform call that succeeded is recorded at once).
   */
  private boolean claim(long id, long now) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE outbox SET status = 'sending', not_before = ? WHERE id = ? "
              + "AND status IN ('pending', 'sending') AND not_before <= ?")) {
        s.setLong(1, now + LEASE.toMillis());
        s.setLong(2, id);
        s.setLong(3, now);
        return s.executeUpdate() == 1;
      }
    });
  }

  private void record(Row row, Delivery result) {
    long now = System.currentTimeMillis();
    db.inTransaction(c -> {
      if (result instanceof Delivery.Sent) {
        update(c, "UPDATE outbox SET status = 'sent', sent_at = ?, recipient = NULL, body = NULL, "
            + "last_error = NULL WHERE id = ?", now, row.id);
      } else if (result instanceof Delivery.Throttled t) {
        update(c, "UPDATE outbox SET status = 'pending', not_before = ?, last_error = 'throttled' WHERE id = ?",
            now + Math.max(1_000, t.retryAfter().toMillis()), row.id);
      } else if (result instanceof Delivery.ContactStopped stopped) {
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE outbox SET status = 'dead', last_error = ?, recipient = NULL, body = NULL "
                + "WHERE conversation_key = ? AND status IN ('pending', 'sending')")) {
          s.setString(1, "contact stopped: " + stopped.reason());
          s.setString(2, row.conversationKey);
          s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE conversations SET blocked_at = ? WHERE conversation_key = ?")) {
          s.setLong(1, now);
          s.setString(2, row.conversationKey);
          s.executeUpdate();
        }
      } else if (result instanceof Delivery.Refused refused) {
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE outbox SET status = 'refused', last_error = ? WHERE id = ?")) {
          s.setString(1, refused.reason());
          s.setLong(2, row.id);
          s.executeUpdate();
        }
        log.warn("outbox row {} refused by {}: {} (see 'outbox list')", row.id, row.platform, refused.reason());
      } else if (result instanceof Delivery.Failed failed) {
        int attempts = row.attempts + 1;
        boolean dead = !failed.retryable() || attempts >= MAX_ATTEMPTS;
        long backoff = Math.min(MAX_BACKOFF.toMillis(), 1_000L << Math.min(attempts, 20));
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE outbox SET attempts = ?, last_error = ?, not_before = ?, status = ? WHERE id = ?")) {
          s.setInt(1, attempts);
          s.setString(2, failed.reason());
          s.setLong(3, now + backoff);
          s.setString(4, dead ? "dead" : "pending");
          s.setLong(5, row.id);
          s.executeUpdate();
        }
        if (dead) {
          log.warn("outbox row {} dead-lettered after {} attempts: {}", row.id, attempts, failed.reason());
        }
      }
      return null;
    });
  }

  private static void update(java.sql.Connection c, String sql, long value, long id) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, value);
      s.setLong(2, id);
      s.executeUpdate();
    }
  }

  @Override
  public void close() {
    running = false;
    if (loop != null) {
      loop.interrupt();
      try {
        loop.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
