package org.passage.channel.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.passage.TestApps;
import org.passage.store.Json;

class MessengerProfileTest {
  final ObjectNode profile = MessengerProfile.build(TestApps.content());

  @Test
  void everyLanguageHasAGreetingAndAMenuUnderItsLocaleAndEnglishIsTheDefault() {
    List<String> locales = new ArrayList<>();
    profile.path("greeting").forEach(g -> locales.add(g.path("locale").asText()));
    assertEquals(List.of("ka_GE", "default", "en_US", "ru_RU", "tr_TR", "fa_IR", "sq_AL"), locales);
    assertEquals("/start", profile.at("/get_started/payload").asText());
    for (JsonNode g : profile.path("greeting")) {
      assertTrue(g.path("text").asText().length() <= 160, g.toString());
    }
    JsonNode english = profile.path("persistent_menu").get(1);
    assertEquals("default", english.path("locale").asText());
    assertEquals("Menu", english.at("/call_to_actions/0/title").asText());
    assertEquals("/menu", english.at("/call_to_actions/0/payload").asText());
    assertEquals("/report", english.at("/call_to_actions/2/payload").asText());
    assertEquals("/language", english.at("/call_to_actions/3/payload").asText());
  }

  @Test
  void theProfileIsPostedToTheConfiguredGraphVersion() throws Exception {
    try (MockWebServer graph = new MockWebServer()) {
      graph.enqueue(new MockResponse().setBody("{\"result\":\"success\"}"));
      MessengerProfile.upload(new GraphApi(graph.url("/").toString(), "v26.0", "TOKEN"), profile);
      RecordedRequest r = graph.takeRequest();
      assertEquals("POST", r.getMethod());
      assertEquals("/v26.0/me/messenger_profile?access_token=TOKEN", r.getPath());
      assertEquals(profile, Json.MAPPER.readTree(r.getBody().readUtf8()));
    }
  }

  @Test
  void aRefusedProfileFailsWithMetasCodes() throws Exception {
    try (MockWebServer graph = new MockWebServer()) {
      graph.enqueue(new MockResponse().setResponseCode(400).setBody("{\"error\":{\"code\":100,\"error_subcode\":2018145}}"));
      IOException e = assertThrows(IOException.class, () ->
          MessengerProfile.upload(new GraphApi(graph.url("/").toString(), "v26.0", "TOKEN"), profile));
      assertTrue(e.getMessage().contains("code 100"));
      assertTrue(!e.getMessage().contains("TOKEN"));
    }
  }
}
