package org.passage.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "typing…" is shown while a reply is slow to prepare, repeated while it is, and never for a fast one. */
class TypingIndicatorTest {
  @TempDir Path dir;

  private static TypingIndicator indicator(FakeBotApi api, AtomicBoolean preparing) {
    return new TypingIndicator(new TelegramApi(TelegramChannel.httpClient(), api.baseUrl(), FakeBotApi.TOKEN),
        key -> preparing.get(), Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMinutes(1),
        new SimpleMeterRegistry());
  }

  @Test
  void aSlowReplyShowsTypingUntilItIsPrepared() throws Exception {
    AtomicBoolean preparing = new AtomicBoolean(true);
    try (FakeBotApi api = new FakeBotApi(); TypingIndicator typing = indicator(api, preparing)) {
      typing.watch("conversation-1", "555");
      FakeBotApi.Sent first = api.nextAny();
      assertEquals("sendChatAction", first.method());
      assertEquals("555", first.body().path("chat_id").asText());
      assertEquals("typing", first.body().path("action").asText());
      assertEquals("sendChatAction", api.nextAny().method());
      preparing.set(false);
      api.expectSilence(800);
    }
  }

  @Test
  void aFastReplySendsNothing() throws Exception {
    AtomicBoolean preparing = new AtomicBoolean(false);
    try (FakeBotApi api = new FakeBotApi(); TypingIndicator typing = indicator(api, preparing)) {
      typing.watch("conversation-1", "555");
      api.expectSilence(500);
    }
  }

  @Test
  void severalMessagesOfOneConversationShareOneIndicator() throws Exception {
    AtomicBoolean preparing = new AtomicBoolean(true);
    try (FakeBotApi api = new FakeBotApi(); TypingIndicator typing = indicator(api, preparing)) {
      typing.watch("conversation-1", "555");
      typing.watch("conversation-1", "555");
      typing.watch("conversation-1", "555");
      assertEquals("sendChatAction", api.nextAny().method());
      preparing.set(false);
      api.expectSilence(800);
    }
  }

  @Test
  void aBacklogSendsNoMoreHintsThanTheBudget() throws Exception {
    AtomicBoolean preparing = new AtomicBoolean(true);
    try (FakeBotApi api = new FakeBotApi(); TypingIndicator typing = indicator(api, preparing)) {
      for (int i = 0; i < 40; i++) {
        typing.watch("conversation-" + i, String.valueOf(1000 + i));
      }
      Thread.sleep(1_000);
      preparing.set(false);
      Thread.sleep(400);
      // the first round comes at 100 ms, its renewal at 400 ms; the budget refills 5 a second
      int sent = api.server.getRequestCount();
      assertEquals(true, sent >= TypingIndicator.PER_SECOND && sent <= 2 * TypingIndicator.PER_SECOND + 2, "hints sent: " + sent);
    }
  }

  @Test
  void theBotShowsTypingWhileASlowMessageIsUnderstood() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramHarness bot = new TelegramHarness(dir, api)) {
      bot.post(Fixtures.text(30001, 555, "/start en"));
      api.next();
      api.next();
      bot.post(Fixtures.text(30002, 555, "SLOW question"));
      FakeBotApi.Sent typing = api.nextAny();
      assertEquals("sendChatAction", typing.method());
      assertEquals("typing", typing.body().path("action").asText());
      assertEquals("sendMessage", api.next().method());
    }
  }
}
