package org.passage.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replies through the real outbox to a fake Bot API that throttles, fails, blocks, or is down across a restart. */
class TelegramDeliveryTest {
  static final String START = Fixtures.text(20001, 555, "/start en");
  @TempDir Path dir;

  @Test
  void tooManyRequestsIsRetriedAfterRetryAfterAndSentOnce() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramHarness bot = new TelegramHarness(dir, api)) {
      api.script(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
          + "\"parameters\":{\"retry_after\":1}}");
      bot.post(START);
      String throttled = api.next().text();
      long at = System.currentTimeMillis();
      assertEquals(throttled, api.next().text());
      assertEquals(true, System.currentTimeMillis() - at >= 900);
      api.next();
      api.expectNothingMore(2_000);
      assertEquals(0, bot.count("SELECT count(*) FROM outbox WHERE status <> 'sent'"));
    }
  }

  @Test
  void aServerErrorIsRetriedWithoutDuplicatingWhatWasDelivered() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramHarness bot = new TelegramHarness(dir, api)) {
      // scripted before anything is sent, so the failure hits the first reply and nothing races it
      api.script(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
      bot.post(START);
      String failed = api.next().text();
      assertEquals(failed, api.next().text());
      String menu = api.next().text();
      api.expectNothingMore(2_000);
      assertEquals(2, bot.count("SELECT count(*) FROM outbox WHERE status = 'sent'"));
      assertEquals(false, failed.equals(menu));
    }
  }

  @Test
  void aUserWhoBlockedTheBotIsNoLongerSentToAndIsRecorded() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramHarness bot = new TelegramHarness(dir, api)) {
      api.script(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
      bot.post(START);
      api.next();
      api.expectNothingMore(2_000);
      assertEquals(1, bot.count("SELECT count(*) FROM conversations WHERE blocked_at IS NOT NULL"));
      assertEquals(0, bot.count("SELECT count(*) FROM outbox WHERE status = 'pending'"));
    }
  }

  @Test
  void repliesNotDeliveredBeforeARestartAreDeliveredAfterIt() throws Exception {
    try (FakeBotApi down = new FakeBotApi()) {
      for (int i = 0; i < 20; i++) {
        down.script(503, "{\"ok\":false,\"error_code\":503,\"description\":\"Service Unavailable\"}");
      }
      try (TelegramHarness bot = new TelegramHarness(dir, down)) {
        bot.post(START);
        down.next();
        // a row being sent holds a lease ('sending'); either way it is not delivered yet
        assertEquals(2, bot.count("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')"));
      }
    }
    try (FakeBotApi api = new FakeBotApi(); TelegramHarness bot = new TelegramHarness(dir, api)) {
      FakeBotApi.Sent first = api.next();
      assertEquals("555", first.body().path("chat_id").asText());
      api.next();
      api.expectNothingMore(2_000);
      assertEquals(0, bot.count("SELECT count(*) FROM outbox WHERE status = 'pending'"));
    }
  }
}
