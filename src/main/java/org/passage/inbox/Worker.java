package org.passage.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.passage.channel.InboundMessage;
import org.passage.dialog.DialogEngine;
import org.passage.dialog.DialogState;
import org.passage.dialog.Outcome;
import org.passage.store.Database;
import org.passage.store.Wakeup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes accepted messages from the inbox and runs them through the dialog engine, one
 * conversation at a time and in arrival order; each message's state change, replies and cases
 * commit in one transaction. Different conversations run in parallel.
 */
public final class Worker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Worker.class);
  static final int MAX_ATTEMPTS = 5;

  private final Database db;
  private final Inbox inbox;
  private final Supplier<DialogEngine> engine;
  private final Conversations conversations;
  private final ActionWriter writer;
  private final Runnable onProcessed;
  private final ReentrantLock[] locks = new ReentrantLock[256];
  private final ExecutorService pool;
  private final Thread loop;
  private final Wakeup wakeup = new Wakeup();
  private volatile boolean running = true;

  /**
   * @param engine the current engine (content can be reloaded while running)
   * @param onProcessed called after a message committed replies, e.g. to wake the senders
   */
  public Worker(Database db, Inbox inbox, Supplier<DialogEngine> engine, ActionWriter writer,
      org.passage.privacy.Keys keys, int threads, Runnable onProcessed) {
    this.db = db;
    this.inbox = inbox;
    this.engine = engine;
    this.writer = writer;
    this.conversations = new Conversations(keys);
    this.onProcessed = onProcessed;
    this.pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "worker"));
    this.loop = new Thread(this::run, "inbox-loop");
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
    inbox.onAccepted(this::wake);
  }

  public void start() {
    loop.start();
  }

  public void wake() {
    wakeup.signal();
  }

  private void run() {
    while (running) {
      try {
        Map<String, List<Long>> pending = inbox.pending(200);
        for (String conversation : pending.keySet()) {
          pool.submit(() -> processConversation(conversation));
        }
        wakeup.await(pending.isEmpty() ? 2_000 : 200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("inbox loop failed; retrying in a second ({})", e.getClass().getSimpleName());
        sleepQuietly();
      }
    }
  }

  /** Processes every pending message of one conversation, in order, unless another thread is on it. */
  public void processConversation(String conversationKey) {
    drain(conversationKey, false);
  }

  /** Processes every pending message of one conversation, waiting for any thread already on it. */
  public void processConversationNow(String conversationKey) {
    drain(conversationKey, true);
  }

  private void drain(String conversationKey, boolean wait) {
    // striped locks: one conversation always maps to the same lock, memory stays bounded
    ReentrantLock lock = locks[Math.floorMod(conversationKey.hashCode(), locks.length)];
    if (wait) {
      lock.lock();
    } else if (!lock.tryLock()) {
      return; // another thread holds this stripe and the loop will come back to it
    }
    try {
      for (long id : inbox.pending(conversationKey)) {
        if (!process(id)) {
          break; // keep order: a message that failed is retried before later ones
        }
      }
    } finally {
      lock.unlock();
    }
    onProcessed.run();
  }

  private boolean process(long id) {
    try {
      db.inTransaction(c -> {
        InboundMessage message = claim(c, id);
        if (message == null) {
          return null;
        }
        DialogState state = conversations.load(c, message.conversationKey());
        Outcome outcome = engine.get().handle(state, message.input(), message.languageHint());
        boolean forgotten = writer.write(c, message, outcome.actions());
        if (!forgotten) {
          conversations.save(c, message.conversationKey(), message.platform(), message.address(),
              outcome.state(), message.sentAt().toEpochMilli());
        } else {
          conversations.erase(c, message.conversationKey());
        }
        markDone(c, id);
        return null;
      });
      return true;
    } catch (RuntimeException e) {
      // never log the exception message: it could quote the user's text
      log.error("inbox message {} failed: {}", id, e.getClass().getName());
      recordFailure(id, e);
      return false;
    }
  }

  private InboundMessage claim(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT body FROM inbox WHERE id = ? AND status = 'pending'")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? inbox.open(r.getBytes(1)) : null;
      }
    }
  }

  private static void markDone(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE inbox SET status = 'done', body = NULL, processed_at = ? WHERE id = ?")) {
      s.setLong(1, System.currentTimeMillis());
      s.setLong(2, id);
      s.executeUpdate();
    }
  }

  private void recordFailure(long id, RuntimeException e) {
    db.inTransaction(c -> {
      int attempts;
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE inbox SET attempts = attempts + 1, last_error = ?, "
              + "status = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE status END WHERE id = ? "
              + "RETURNING attempts")) {
        s.setString(1, e.getClass().getName());
        s.setInt(2, MAX_ATTEMPTS);
        s.setLong(3, id);
        try (ResultSet r = s.executeQuery()) {
          attempts = r.next() ? r.getInt(1) : 0;
        }
      }
      if (attempts >= MAX_ATTEMPTS) {
        answerAfterGivingUp(c, id);
      }
      return null;
    });
  }

  /**
   * The message could not be handled: rather than go silent, tell the user in their language (if
   * it can still be read) that the bot did not understand, with the menu and a person to talk to.
   */
  private void answerAfterGivingUp(Connection c, long id) throws SQLException {
    byte[] body;
    try (PreparedStatement s = c.prepareStatement("SELECT body FROM inbox WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        body = r.next() ? r.getBytes(1) : null;
      }
    }
    if (body == null) {
      return;
    }
    try {
      InboundMessage message = inbox.open(body);
      String lang;
      try {
        lang = conversations.load(c, message.conversationKey()).lang();
      } catch (RuntimeException unreadableState) {
        lang = null;
      }
      writer.fallback(c, message, engine.get().fallback(lang));
    } catch (RuntimeException unreadable) {
      log.error("inbox message {} failed and no fallback reply could be written: {}", id,
          unreadable.getClass().getName());
    }
    // nobody will process it now: what the user wrote is not kept
    try (PreparedStatement s = c.prepareStatement("UPDATE inbox SET body = NULL WHERE id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops taking new messages and waits up to 20 s for those in progress. */
  @Override
  public void close() {
    running = false;
    loop.interrupt();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(20, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
      loop.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
