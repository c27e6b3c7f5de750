package org.passage.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WebhookCommandTest {
  static final String SECRET = "s3cret_Value-1";
  FakeBotApi api;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() throws Exception {
    api = new FakeBotApi();
  }

  @AfterEach
  void tearDown() throws Exception {
    api.close();
    assertFalse(out.toString().contains(FakeBotApi.TOKEN) || err.toString().contains(FakeBotApi.TOKEN));
    assertFalse(out.toString().contains(SECRET) || err.toString().contains(SECRET));
  }

  int run(Map<String, String> env, String... args) {
    CommandLine cli = new CommandLine(new WebhookCommand(env));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  Map<String, String> env() {
    return Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_WEBHOOK_SECRET", SECRET,
        "TELEGRAM_API_BASE_URL", api.baseUrl());
  }

  @Test
  void setRegistersTheUrlWithTheSecretTheHandledUpdatesAndMaxConnections() throws Exception {
    api.script(200, "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
    assertEquals(0, run(env(), "set", "--url", "https://bot.example.org/webhooks/telegram", "--max-connections", "10"));
    FakeBotApi.Sent sent = api.next();
    assertEquals("setWebhook", sent.method());
    assertEquals(TelegramApi.MAPPER.readTree("{\"url\":\"https://bot.example.org/webhooks/telegram\","
        + "\"secret_token\":\"" + SECRET + "\",\"allowed_updates\":[\"message\",\"edited_message\",\"callback_query\"],"
        + "\"max_connections\":10,\"drop_pending_updates\":false}"), sent.body());
    assertEquals("setWebhook: Webhook was set", out.toString().strip());
  }

  @Test
  void infoPrintsWhatTelegramKnows() throws Exception {
    api.script(200, "{\"ok\":true,\"result\":{\"url\":\"https://bot.example.org/webhooks/telegram\","
        + "\"has_custom_certificate\":false,\"pending_update_count\":3,\"max_connections\":40}}");
    assertEquals(0, run(env(), "info"));
    assertEquals("getWebhookInfo", api.next().method());
    assertTrue(out.toString().contains("\"pending_update_count\" : 3"), out.toString());
  }

  @Test
  void deleteRemovesTheWebhook() throws Exception {
    api.script(200, "{\"ok\":true,\"result\":true,\"description\":\"Webhook was deleted\"}");
    assertEquals(0, run(env(), "delete", "--drop-pending-updates"));
    FakeBotApi.Sent sent = api.next();
    assertEquals("deleteWebhook", sent.method());
    assertEquals(TelegramApi.MAPPER.readTree("{\"drop_pending_updates\":true}"), sent.body());
  }

  @Test
  void aRefusalIsReportedWithoutTheToken() throws Exception {
    api.script(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    assertEquals(1, run(env(), "info"));
    assertEquals("getWebhookInfo failed: 401 Unauthorized", err.toString().strip());
  }

  @Test
  void setRefusesAPlainHttpUrlOrAMissingSecretWithoutCallingTelegram() throws Exception {
    assertEquals(2, run(env(), "set", "--url", "http://bot.example.org/webhooks/telegram"));
    assertEquals(2, run(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_BASE_URL", api.baseUrl()),
        "set", "--url", "https://bot.example.org/webhooks/telegram"));
    assertEquals(2, run(Map.of(), "info"));
    api.expectNothingMore(200);
  }
}
