package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.passage.dialog.Content;
import org.passage.store.Json;

/** A scripted conversation per language through {@code chat --json}, as DESIGN.md specifies it. */
class ChatJsonTest {
  @TempDir Path data;
  App app;

  @BeforeEach
  void build() {
    FakeUnderstander fake = new FakeUnderstander(TestApps.content());
    app = App.build(TestApps.config(data, Map.of()), fake, fake);
  }

  @AfterEach
  void close() {
    app.close();
  }

  List<JsonNode> chat(String... lines) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChatCommand.converse(app, "scripted-" + System.nanoTime(),
        new BufferedReader(new StringReader(String.join("\n", lines))),
        new PrintStream(out, true, StandardCharsets.UTF_8), true);
    return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
      try {
        return Json.MAPPER.readTree(l);
      } catch (Exception e) {
        throw new AssertionError("not one JSON object per line: " + l, e);
      }
    }).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ka", "en", "ru", "tr", "fa", "sq"})
  void aScriptedConversationInEachLanguage(String lang) throws Exception {
    Content content = TestApps.content();
    List<JsonNode> out = chat("/start", "lang:" + lang, "go:job_check",
        FakeUnderstander.phrase(content, lang, "voluntary_return"), "/forget", "forget:yes");
    assertEquals(6, out.get(0).get("buttons").size()); // picker
    assertEquals(content.text(lang, "welcome"), out.get(1).get("text").asText());
    assertEquals(content.text(lang, "main"), out.get(2).get("text").asText());
    assertEquals(content.text(lang, "job_check"), out.get(3).get("text").asText());
    assertTrue(out.get(3).get("buttons").get(0).has("label") && out.get(3).get("buttons").get(0).has("payload"));
    assertEquals(content.text(lang, "voluntary_return"), out.get(4).get("text").asText());
    assertEquals("forget:yes", out.get(5).get("buttons").get(0).get("payload").asText());
    assertEquals(content.text(lang, "forgotten"), out.get(6).get("text").asText());
    assertEquals(7, out.size());
    assertEquals(List.of("text", "buttons"), iterable(out.get(2).fieldNames()));
    assertEquals(List.of("label", "payload"), iterable(out.get(2).get("buttons").get(0).fieldNames()));
  }

  static List<String> iterable(java.util.Iterator<String> names) {
    List<String> all = new java.util.ArrayList<>();
    names.forEachRemaining(all::add);
    return all;
  }
}
