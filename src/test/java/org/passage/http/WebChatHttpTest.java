package org.passage.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.App;
import org.passage.TestApps;
import org.passage.store.Json;

/** The server on a free port: web chat, health, metrics, and bad requests. */
class WebChatHttpTest {
  static final MediaType JSON = MediaType.get("application/json");
  @TempDir Path data;
  App app;
  final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void start() {
    app = TestApps.start(data, Map.of());
  }

  @AfterEach
  void stop() {
    http.connectionPool().evictAll(); // an idle keep-alive connection makes Jetty's graceful stop wait
    app.close();
  }

  Response post(String path, String body) throws IOException {
    return http.newCall(new Request.Builder().url("http://localhost:" + app.port() + path)
        .post(RequestBody.create(body, JSON)).build()).execute();
  }

  Response get(String path) throws IOException {
    return http.newCall(new Request.Builder().url("http://localhost:" + app.port() + path).build()).execute();
  }

  @Test
  void healthzAnswersOk() throws IOException {
    try (Response r = get("/healthz")) {
      assertEquals(200, r.code());
      assertEquals("ok", Json.MAPPER.readTree(r.body().string()).get("status").asText());
    }
  }

  @Test
  void theWebChatPageIsServedAtTheRoot() throws IOException {
    try (Response r = get("/")) {
      assertEquals(200, r.code());
      assertTrue(r.body().string().contains("chat/send"));
    }
  }

  @Test
  void aConversationThroughTheWebChat() throws IOException {
    try (Response r = post("/chat/send", "{\"session\":\"abcdef123456\",\"text\":\"/start\"}")) {
      assertEquals(200, r.code());
      JsonNode messages = Json.MAPPER.readTree(r.body().string()).get("messages");
      assertEquals(6, messages.get(0).get("buttons").size());
    }
    try (Response r = post("/chat/send", "{\"session\":\"abcdef123456\",\"payload\":\"lang:fa\"}")) {
      JsonNode messages = Json.MAPPER.readTree(r.body().string()).get("messages");
      assertEquals(TestApps.content().text("fa", "main"), messages.get(1).get("text").asText());
    }
  }

  @Test
  void malformedRequestsGet400AndTheServerCarriesOn() throws IOException {
    try (Response r = post("/chat/send", "{not json")) {
      assertEquals(400, r.code());
    }
    try (Response r = post("/chat/send", "{\"session\":\"x\",\"text\":\"hi\"}")) {
      assertEquals(400, r.code());
    }
    try (Response r = post("/chat/send", "{\"session\":\"abcdef123456\"}")) {
      assertEquals(400, r.code());
    }
    try (Response r = get("/healthz")) {
      assertEquals(200, r.code());
    }
  }

  @Test
  void anOversizedBodyGets413() throws IOException {
    String huge = "{\"session\":\"abcdef123456\",\"text\":\"" + "a".repeat((int) Routes.MAX_BODY) + "\"}";
    try (Response r = post("/chat/send", huge)) {
      assertEquals(413, r.code());
    }
  }

  @Test
  void metricsAreExposedForPrometheus() throws IOException {
    try (Response r = get("/metrics")) {
      assertEquals(200, r.code());
      assertTrue(r.header("Content-Type").startsWith("text/plain"));
    }
  }
}
