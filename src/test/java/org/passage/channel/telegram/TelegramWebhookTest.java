package org.passage.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.App;
import org.passage.TestApps;
import org.passage.channel.telegram.TelegramHarness.Answer;

class TelegramWebhookTest {
  @TempDir Path dir;
  FakeBotApi api;
  TelegramHarness bot;

  @BeforeEach
  void setUp() throws Exception {
    api = new FakeBotApi();
    bot = new TelegramHarness(dir, api);
  }

  @AfterEach
  void tearDown() throws Exception {
    bot.close();
    api.close();
  }

  long inbox() {
    return bot.count("SELECT count(*) FROM inbox");
  }

  @Test
  void aMissingOrWrongSecretIsRefusedAndNothingIsStored() throws Exception {
    String update = Fixtures.load("text.json");
    assertEquals(401, bot.post(update, null, "application/json").status());
    assertEquals(401, bot.post(update, "wrong", "application/json").status());
    assertEquals(401, bot.post(update, TelegramHarness.SECRET + "x", "application/json").status());
    assertEquals(0, inbox());
    api.expectNothingMore(300);
  }

  @Test
  void malformedJsonAWrongContentTypeAndANonUpdateAre400AndTheServerCarriesOn() throws Exception {
    Answer broken = bot.post("{\"update_id\": 1, \"message\": {");
    assertEquals(400, broken.status());
    assertEquals("{\"error\":\"body is not valid JSON\"}", broken.body());
    assertEquals(400, bot.post(Fixtures.load("text.json"), TelegramHarness.SECRET, "text/plain").status());
    assertEquals(400, bot.post("[1,2]").status());
    assertEquals(400, bot.post("{\"update_id\":5,\"message\":{\"chat\":\"not an object\"}}").status());
    assertEquals(0, inbox());
    assertEquals(200, bot.post(Fixtures.load("text.json")).status());
    assertEquals(1, inbox());
  }

  @Test
  void anOversizedBodyIs413AndTheServerCarriesOn() throws Exception {
    String padding = "x".repeat(100_000);
    String big = Fixtures.load("text.json").replace("how to go abroad safely", padding);
    assertEquals(413, bot.post(big).status());
    assertEquals(413, bot.post(big.replace(padding, padding.repeat(4))).status());
    assertEquals(0, inbox());
    assertEquals(200, bot.post(Fixtures.load("text.json")).status());
  }

  @Test
  void aRedeliveredUpdateIsStoredAndAnsweredOnce() throws Exception {
    String update = Fixtures.load("start-payload.json");
    assertEquals(200, bot.post(update).status());
    assertEquals(200, bot.post(update).status());
    assertEquals(1, inbox());
    FakeBotApi.Sent first = api.next();
    assertEquals("sendMessage", first.method());
    assertEquals("1111111", first.body().path("chat_id").asText());
    api.next();
    api.expectNothingMore(2_500);
    assertTrue(bot.get("/metrics").contains("passage_telegram_updates_total{kind=\"redelivered\"} 1.0"));
  }

  @Test
  void aButtonPressIsAnsweredInTheWebhookResponse() throws Exception {
    Answer answer = bot.post(Fixtures.load("callback-private.json"));
    assertEquals(200, answer.status());
    assertEquals("{\"method\":\"answerCallbackQuery\",\"callback_query_id\":\"4382bfdwdsb323b2d9\"}", answer.body());
    assertEquals(1, inbox());
  }

  @Test
  void editsGroupsChannelsAndBotsGet200AreNotStoredAndAreCounted() throws Exception {
    for (String fixture : new String[] {"edited.json", "group.json", "channel-post.json", "from-bot.json"}) {
      assertEquals(200, bot.post(Fixtures.load(fixture)).status(), fixture);
    }
    assertEquals(0, inbox());
    String metrics = bot.get("/metrics");
    for (String kind : new String[] {"edited", "group", "channel", "bot"}) {
      assertTrue(metrics.contains("passage_telegram_updates_total{kind=\"" + kind + "\"} 1.0"), kind);
    }
    api.expectNothingMore(300);
  }

  @Test
  void theRouteIsAbsentWhenTelegramIsOff(@TempDir Path other) throws Exception {
    try (App off = TestApps.start(other, Map.of("WEB_CHAT", "false"))) {
      okhttp3.Response r = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
          .url("http://localhost:" + off.port() + "/webhooks/telegram")
          .post(okhttp3.RequestBody.create(Fixtures.load("text.json"), okhttp3.MediaType.get("application/json")))
          .build()).execute();
      assertEquals(404, r.code());
      r.close();
    }
  }
}
