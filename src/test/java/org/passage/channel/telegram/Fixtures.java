package org.passage.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Real Telegram Update payloads from src/test/resources/telegram/, and Updates built in the same shape. */
final class Fixtures {
  private Fixtures() {}

  static String load(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/telegram/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A private-chat text message, shaped like text.json. */
  static String text(long updateId, long chatId, String text) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
        + ",\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"Test\",\"username\":\"tester\"},"
        + "\"chat\":{\"id\":" + chatId + ",\"first_name\":\"Test\",\"username\":\"tester\",\"type\":\"private\"},"
        + "\"date\":1441645532,\"text\":" + TelegramApi.MAPPER.valueToTree(text) + "}}";
  }

  /** A button press in a private chat, shaped like callback-private.json. */
  static String callback(long updateId, long chatId, String data) {
    return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cb" + updateId + "\","
        + "\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"Test\"},"
        + "\"message\":{\"message_id\":1,\"from\":{\"id\":9999999,\"is_bot\":true,\"first_name\":\"Passage\"},"
        + "\"chat\":{\"id\":" + chatId + ",\"first_name\":\"Test\",\"type\":\"private\"},\"date\":1441645539,\"text\":\"menu\"},"
        + "\"chat_instance\":\"-81745\",\"data\":" + TelegramApi.MAPPER.valueToTree(data) + "}}";
  }
}
