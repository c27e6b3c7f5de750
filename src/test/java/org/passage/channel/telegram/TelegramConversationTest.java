package org.passage.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.FakeUnderstander;
import org.passage.TestApps;
import org.passage.dialog.Content;

/** A whole conversation, as a user on Telegram has it, through the real webhook and outbox, in each language. */
class TelegramConversationTest {
  @TempDir Path dir;

  static String opening(Content content, String lang, String key) {
    String first = content.text(lang, key).strip().split("\n", 2)[0];
    int placeholder = first.indexOf('{');
    return placeholder > 0 ? first.substring(0, placeholder) : first;
  }

  static void assertSays(Content content, String lang, String key, FakeBotApi.Sent sent) {
    assertEquals("sendMessage", sent.method());
    assertTrue(sent.text().startsWith(opening(content, lang, key)),
        lang + " " + key + ": expected it to start with '" + opening(content, lang, key) + "' but was '" + sent.text() + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ka", "en", "ru", "tr", "fa", "sq"})
  void aUserStartsPressesAButtonAndAsksAQuestion(String lang) throws Exception {
    Content content = TestApps.content();
    long chat = 7000 + lang.hashCode() % 1000;
    try (FakeBotApi api = new FakeBotApi(); TelegramHarness bot = new TelegramHarness(dir, api)) {
      assertEquals(200, bot.post(Fixtures.text(1, chat, "/start " + lang)).status());
      assertSays(content, lang, "welcome", api.next());
      FakeBotApi.Sent menu = api.next();
      assertSays(content, lang, "main", menu);
      assertEquals(String.valueOf(chat), menu.body().path("chat_id").asText());
      String safeMigration = menu.body().at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
      assertEquals("go:safe_migration", safeMigration);

      String press = bot.post(Fixtures.callback(2, chat, safeMigration)).body();
      assertEquals("{\"method\":\"answerCallbackQuery\",\"callback_query_id\":\"cb2\"}", press);
      assertSays(content, lang, "safe_migration", api.next());

      bot.post(Fixtures.text(3, chat, FakeUnderstander.phrase(content, lang, "visa_free")));
      assertSays(content, lang, "visa_free", api.next());
      api.expectNothingMore(1_500);
    }
  }
}
