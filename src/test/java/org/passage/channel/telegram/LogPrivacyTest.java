package org.passage.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Everything the server logs during a conversation, including failures, carries no message text,
 * platform id, name, username, token or secret.
 */
class LogPrivacyTest {
  static final long CHAT = 987654321L;
  static final String TEXT = "Nino Beridze here, they took my passport in Warsaw";
  @TempDir Path dir;

  @Test
  void logsNeverCarryTextIdsNamesTokensOrSecrets() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    try (FakeBotApi api = new FakeBotApi(); TelegramHarness bot = new TelegramHarness(dir, api)) {
      bot.post(Fixtures.text(30001, CHAT, "/start en").replace("\"tester\"", "\"nino_b\""));
      api.next();
      api.next();
      api.script(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal error for chat " + CHAT + "\"}");
      bot.post(Fixtures.text(30002, CHAT, TEXT));
      api.next();
      api.next();
      bot.post("{\"update_id\":30003,\"message\":{\"text\":\"" + TEXT + "\"", TelegramHarness.SECRET, "application/json");
      bot.post(Fixtures.text(30004, CHAT, TEXT), "wrong-secret", "application/json");
    } finally {
      root.detachAppender(captured);
    }
    List<String> lines = captured.list.stream()
        .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
    assertTrue(lines.size() > 0, "the app logged nothing at all; the capture is broken");
    String all = String.join("\n", lines);
    for (String secret : List.of("Nino", "Beridze", "passport", "Warsaw", "nino_b", String.valueOf(CHAT),
        FakeBotApi.TOKEN, TelegramHarness.SECRET, "wrong-secret")) {
      assertFalse(all.contains(secret), "the log contains '" + secret + "':\n" + all);
    }
  }
}
