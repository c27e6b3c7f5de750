package org.passage.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.channel.Button;
import org.passage.channel.OutboundMessage;
import org.passage.outbox.Delivery;
import org.passage.outbox.SendProgress;
import org.passage.privacy.Keys;
import org.passage.store.Database;

class TelegramSenderTest {
  static final String TOKEN = "123456:TEST-token_abc";
  static final String OK = "{\"ok\":true,\"result\":{\"message_id\":1}}";
  @TempDir Path dir;
  MockWebServer api = new MockWebServer();
  CallbackData callbacks;
  TelegramSender sender;

  @BeforeEach
  void setUp() throws IOException {
    api.start();
    Database db = Database.open("jdbc:sqlite:" + dir.resolve("db.sqlite"));
    callbacks = new CallbackData(db);
    sender = new TelegramSender(new TelegramApi(TelegramChannel.httpClient(), api.url("/").toString(), TOKEN),
        callbacks, new SendProgress(db), new SimpleMeterRegistry());
  }

  @AfterEach
  void tearDown() throws IOException {
    api.shutdown();
  }

  void answer(int status, String body) {
    api.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
  }

  JsonNode sent() throws Exception {
    RecordedRequest request = api.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(request, "no request reached the fake Bot API");
    assertEquals("POST", request.getMethod());
    assertEquals("/bot" + TOKEN + "/sendMessage", request.getPath());
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
    return TelegramApi.MAPPER.readTree(request.getBody().readUtf8());
  }

  @Test
  void textWithButtonsIsSentAsOneMessageWithAnInlineKeyboard() throws Exception {
    answer(200, OK);
    Delivery d = sender.deliver(1, "1111111", new OutboundMessage("Choose",
        List.of(new Button("Visa-free travel", "go:visa_free"), new Button("Menu", "go:main"))));
    assertEquals(new Delivery.Sent(), d);
    assertEquals(TelegramApi.MAPPER.readTree("{\"chat_id\":\"1111111\",\"text\":\"Choose\",\"reply_markup\":"
        + "{\"inline_keyboard\":[[{\"text\":\"Visa-free travel\",\"callback_data\":\"go:visa_free\"}],"
        + "[{\"text\":\"Menu\",\"callback_data\":\"go:main\"}]]},\"method\":\"sendmessage\"}"), sent());
  }

  @Test
  void aPayloadOver64BytesGoesOutAsAShortIdThatResolvesBack() throws Exception {
    answer(200, OK);
    String payload = "go:" + "ნაბიჯი_".repeat(10);
    sender.deliver(1, "1111111", new OutboundMessage("Next", List.of(new Button("Next", payload))));
    String data = sent().at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
    assertTrue(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64, data);
    assertEquals(payload, callbacks.decode(data));
  }

  @Test
  void textOver4096CharactersIsSplitWithButtonsUnderTheLastPart() throws Exception {
    answer(200, OK);
    answer(200, OK);
    String first = "a".repeat(3000);
    String second = "b".repeat(3000);
    sender.deliver(1, "1111111", new OutboundMessage(first + "\n\n" + second, List.of(new Button("Menu", "go:main"))));
    JsonNode one = sent();
    JsonNode two = sent();
    assertEquals(first, one.path("text").asText());
    assertTrue(one.path("reply_markup").isMissingNode());
    assertEquals(second, two.path("text").asText());
    assertEquals("go:main", two.at("/reply_markup/inline_keyboard/0/0/callback_data").asText());
  }

  @Test
  void aSplitMessageRetriedAfterAFailureResumesAfterTheDeliveredPart() throws Exception {
    OutboundMessage message = new OutboundMessage("x".repeat(4000) + " " + "y".repeat(4000) + " " + "z".repeat(4000), List.of());
    answer(200, OK);
    answer(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
    assertEquals(new Delivery.Failed("502 Bad Gateway", true), sender.deliver(1, "42", message));
    sent();
    String failedPart = sent().path("text").asText();
    answer(200, OK);
    answer(200, OK);
    assertEquals(new Delivery.Sent(), sender.deliver(1, "42", message));
    assertEquals(failedPart, sent().path("text").asText());
    sent();
    assertEquals(4, api.getRequestCount());
  }

  @Test
  void tooManyRequestsWaitsTheRetryAfterTelegramGives() {
    answer(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
        + "\"parameters\":{\"retry_after\":7}}");
    assertEquals(new Delivery.Throttled(Duration.ofSeconds(7)), sender.deliver(1, "1", new OutboundMessage("hi", List.of())));
  }

  @Test
  void serverErrorsAndNetworkFailuresAreRetryable() {
    answer(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    assertEquals(new Delivery.Failed("500 Internal Server Error", true), sender.deliver(1, "1", new OutboundMessage("hi", List.of())));
    api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    Delivery d = sender.deliver(1, "1", new OutboundMessage("hi", List.of()));
    assertTrue(assertInstanceOf(Delivery.Failed.class, d).retryable());
    assertTrue(!d.toString().contains(TOKEN));
  }

  @Test
  void aBlockedBotStopsTheContact() {
    answer(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
    assertEquals(new Delivery.ContactStopped("403 Forbidden: bot was blocked by the user"),
        sender.deliver(1, "1", new OutboundMessage("hi", List.of())));
  }

  @Test
  void anotherBadRequestFailsForGood() {
    answer(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}");
    assertEquals(new Delivery.Failed("400 Bad Request: can't parse entities", false),
        sender.deliver(1, "1", new OutboundMessage("hi", List.of())));
  }
}
