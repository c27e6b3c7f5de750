package org.passage.channel.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passage.FakeUnderstander;
import org.passage.TestApps;
import org.passage.dialog.Content;
import org.passage.store.Json;

/** A user's whole first conversation through {@code POST /webhooks/messenger}, with the Graph API faked. */
class MessengerConversationTest {
  @TempDir Path dir;
  int seq;

  String event(String psid, String kind, String json) {
    long now = System.currentTimeMillis();
    String mid = "m_" + psid + "_" + (++seq);
    String body = switch (kind) {
      case "postback" -> "\"postback\":{\"mid\":\"" + mid + "\",\"title\":\"Get Started\",\"payload\":" + json + "}";
      case "quick" -> "\"message\":{\"mid\":\"" + mid + "\",\"text\":\"x\",\"quick_reply\":{\"payload\":" + json + "}}";
      default -> "\"message\":{\"mid\":\"" + mid + "\",\"text\":" + json + "}";
    };
    return "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":" + now + ",\"messaging\":[{\"sender\":{\"id\":\""
        + psid + "\"},\"recipient\":{\"id\":\"PAGE\"},\"timestamp\":" + now + "," + body + "}]}]}";
  }

  List<JsonNode> replies(MessengerHttp http, int atLeast) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    while (out.size() < atLeast) {
      out.add(Json.MAPPER.readTree(http.nextSend().getBody().readUtf8()));
    }
    return out;
  }

  static List<String> quickReplyTitles(JsonNode send) {
    List<String> titles = new ArrayList<>();
    send.at("/message/quick_replies").forEach(q -> titles.add(q.path("title").asText()));
    return titles;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ka", "en", "ru", "tr", "fa", "sq"})
  void aNewUserGetsStartedPicksALanguageAndAsksAQuestion(String lang) throws Exception {
    Content content = TestApps.content();
    String psid = "2400000000000" + lang.hashCode();
    try (MessengerHttp http = new MessengerHttp(dir)) {
      assertEquals(200, http.postSigned(event(psid, "postback", "\"/start\"")));
      JsonNode picker = replies(http, 1).get(0);
      assertEquals(psid, picker.at("/recipient/id").asText());
      assertEquals(6, picker.at("/message/quick_replies").size());

      assertEquals(200, http.postSigned(event(psid, "quick", "\"lang:" + lang + "\"")));
      List<JsonNode> welcome = replies(http, 2);
      assertEquals(content.text(lang, "welcome").strip(), welcome.get(0).at("/message/text").asText());
      assertTrue(quickReplyTitles(welcome.get(1)).contains(content.text(lang, "btn.safe_migration")), welcome.get(1).toString());

      String question = FakeUnderstander.phrase(content, lang, "safe_migration");
      assertEquals(200, http.postSigned(event(psid, "text", Json.write(question))));
      JsonNode answer = replies(http, 1).get(0);
      assertEquals("RESPONSE", answer.path("messaging_type").asText());
      assertTrue(quickReplyTitles(answer).contains(content.text(lang, "btn.visa_free")), answer.toString());
    }
  }
}
