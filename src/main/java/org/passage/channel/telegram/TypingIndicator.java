package org.passage.channel.telegram;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Shows "typing…" in a chat while its reply is slow to prepare. A conversation whose message is
 * still waiting to be processed {@code after} it was accepted gets {@code sendChatAction typing},
 * again every {@code every} (Telegram shows it for five seconds) while a message is still pending,
 * for at most {@code atMost} after the newest message. A fast reply sends nothing. Best effort: a
 * failed call is counted in {@code passage_telegram_typing_total{outcome}}, never retried, and at
 * most {@link #PER_SECOND} hints a second are sent (a backlog must not spend the bot's flood
 * allowance on hints: the rest are skipped, the next one comes with the next renewal). The chat
 * id is held in memory only while the conversation is watched and is never logged.
 */
final class TypingIndicator implements AutoCloseable {
  static final Duration AFTER = Duration.ofSeconds(1);
  static final Duration EVERY = Duration.ofMillis(4_500);
  static final Duration AT_MOST = Duration.ofMinutes(1);
  static final int PER_SECOND = 5;

  private final TelegramApi api;
  private final Predicate<String> preparing;
  private final Duration after;
  private final Duration every;
  private final Duration atMost;
  private final MeterRegistry metrics;
  private final Map<String, Long> watched = new ConcurrentHashMap<>();
  private final Bucket budget = Bucket.builder()
      .addLimit(Bandwidth.builder().capacity(PER_SECOND).refillGreedy(PER_SECOND, Duration.ofSeconds(1)).build())
      .build();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "telegram-typing");
    t.setDaemon(true);
    return t;
  });

  /**
   * @param preparing whether a conversation (by its key) still has a message waiting for its reply
   */
  TypingIndicator(TelegramApi api, Predicate<String> preparing, Duration after, Duration every, Duration atMost,
      MeterRegistry metrics) {
    this.api = api;
    this.preparing = preparing;
    this.after = after;
    this.every = every;
    this.atMost = atMost;
    this.metrics = metrics;
  }

  /** Notes that a conversation's message was just accepted; starts watching it unless it is watched. */
  void watch(String conversationKey, String chatId) {
    if (watched.put(conversationKey, System.nanoTime()) == null) {
      schedule(conversationKey, chatId, after);
    }
  }

  private void schedule(String conversationKey, String chatId, Duration delay) {
    try {
      timer.schedule(() -> tick(conversationKey, chatId), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      watched.remove(conversationKey);
    }
  }

  private void tick(String conversationKey, String chatId) {
    Long accepted = watched.get(conversationKey);
    if (accepted == null) {
      return;
    }
    Duration next = null;
    try {
      boolean stillPreparing = System.nanoTime() - accepted < atMost.toNanos() && preparing.test(conversationKey);
      if (!stillPreparing) {
        // a message accepted meanwhile changed the mark: keep watching for it
        if (!watched.remove(conversationKey, accepted)) {
          next = after;
        }
        return;
      }
      String outcome;
      if (!budget.tryConsume(1)) {
        outcome = "skipped";
      } else {
        try {
          outcome = api.call("sendChatAction", Map.of("chat_id", chatId, "action", "typing")).ok() ? "sent" : "refused";
        } catch (IOException e) {
          outcome = "failed";
        }
      }
      next = every;
      metrics.counter("passage.telegram.typing", "outcome", outcome).increment();
    } catch (RuntimeException e) {
      // a hint is not worth an error: stop hinting for this message (a newer one keeps its chain)
      next = watched.remove(conversationKey, accepted) ? null : after;
    } finally {
      if (next != null) {
        schedule(conversationKey, chatId, next);
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watched.clear();
  }
}
