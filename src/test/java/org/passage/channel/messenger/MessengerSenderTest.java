package org.passage.channel.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
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
import org.passage.store.Json;

class MessengerSenderTest {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final String PSID = "24000000000001";
  @TempDir Path dir;
  MockWebServer graph = new MockWebServer();
  Database db;
  Keys keys;
  MessengerSender sender;

  @BeforeEach
  void setUp() throws Exception {
    graph.start();
    db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"));
    keys = Keys.loadOrCreate(dir.resolve("keys"));
    sender = new MessengerSender(new GraphApi(graph.url("/").toString(), "v25.0", "TOKEN"),
        new MessagingWindow(db, keys, Clock.fixed(NOW, ZoneOffset.UTC)), new SendProgress(db));
  }

  @AfterEach
  void tearDown() throws Exception {
    graph.shutdown();
    db.close();
  }

  void userWrote(Duration ago) {
    db.inTransaction(c -> {
      try (var s = c.prepareStatement("INSERT OR REPLACE INTO conversations (conversation_key, platform, state, "
          + "last_inbound_at, created_at, updated_at) VALUES (?, 'messenger', x'00', ?, 0, 0)")) {
        s.setString(1, keys.pseudonym("messenger", PSID));
        s.setLong(2, NOW.minus(ago).toEpochMilli());
        return s.executeUpdate();
      }
    });
  }

  JsonNode sentBody() throws Exception {
    RecordedRequest r = graph.takeRequest();
    assertEquals("/v25.0/me/messages?access_token=TOKEN", r.getPath());
    assertEquals("application/json; charset=utf-8", r.getHeader("Content-Type"));
    return Json.MAPPER.readTree(r.getBody().readUtf8());
  }

  static OutboundMessage bot(String text) {
    return new OutboundMessage(text, List.of());
  }

  @Test
  void aBotReplyInsideTwentyFourHoursIsSentAsAResponse() throws Exception {
    userWrote(Duration.ofHours(23));
    graph.enqueue(new MockResponse().setBody("{\"recipient_id\":\"1\",\"message_id\":\"m\"}"));
    assertInstanceOf(Delivery.Sent.class, sender.deliver(1, PSID, bot("Hello")));
    assertEquals(Json.MAPPER.readTree("{\"recipient\":{\"id\":\"" + PSID + "\"},\"messaging_type\":\"RESPONSE\","
        + "\"message\":{\"text\":\"Hello\"}}"), sentBody());
  }

  @Test
  void aBotReplyAfterTwentyFourHoursIsRefusedWithoutCallingMeta() {
    userWrote(Duration.ofHours(25));
    Delivery d = sender.deliver(1, PSID, bot("Hello"));
    assertTrue(((Delivery.Refused) d).reason().contains("25 hours ago"), d.toString());
    assertEquals(0, graph.getRequestCount());
  }

  @Test
  void aStaffReplyAfterTwentyFourHoursUsesTheHumanAgentTag() throws Exception {
    userWrote(Duration.ofDays(3));
    graph.enqueue(new MockResponse().setBody("{}"));
    assertInstanceOf(Delivery.Sent.class, sender.deliver(1, PSID, new OutboundMessage("We can help", List.of(), true)));
    JsonNode body = sentBody();
    assertEquals("MESSAGE_TAG", body.path("messaging_type").asText());
    assertEquals("HUMAN_AGENT", body.path("tag").asText());
  }

  @Test
  void aStaffReplyAfterSevenDaysIsRefusedWithAReasonForStaff() {
    userWrote(Duration.ofDays(8));
    Delivery d = sender.deliver(1, PSID, new OutboundMessage("We can help", List.of(), true));
    assertTrue(((Delivery.Refused) d).reason().contains("within 7 days"), d.toString());
    assertEquals(0, graph.getRequestCount());
  }

  @Test
  void aStaffReplyInsideTwentyFourHoursIsAPlainResponse() throws Exception {
    userWrote(Duration.ofHours(1));
    graph.enqueue(new MockResponse().setBody("{}"));
    sender.deliver(1, PSID, new OutboundMessage("We can help", List.of(), true));
    JsonNode body = sentBody();
    assertEquals("RESPONSE", body.path("messaging_type").asText());
    assertFalse(body.has("tag"));
  }

  @Test
  void aPersonWhoNeverWroteCannotBeMessaged() {
    assertInstanceOf(Delivery.Refused.class, sender.deliver(1, PSID, bot("Hello")));
  }

  Delivery answer(MockResponse response) {
    userWrote(Duration.ofMinutes(5));
    graph.enqueue(response);
    return sender.deliver(1, PSID, bot("Hello"));
  }

  static MockResponse error(int status, int code, int subcode) {
    return new MockResponse().setResponseCode(status).setBody("{\"error\":{\"message\":\"(#" + code
        + ") something about user " + PSID + "\",\"type\":\"OAuthException\",\"code\":" + code
        + ",\"error_subcode\":" + subcode + ",\"fbtrace_id\":\"AbC\"}}");
  }

  @Test
  void rateLimitErrorsThrottleWithMetasRetryAfter() {
    Delivery d = answer(error(400, 613, 0).setHeader("Retry-After", "7"));
    assertEquals(new Delivery.Throttled(Duration.ofSeconds(7)), d);
    assertEquals(new Delivery.Throttled(GraphErrors.DEFAULT_RETRY_AFTER), answer(error(429, 4, 0)));
  }

  @Test
  void outsideTheWindowErrorIsRefused() {
    assertInstanceOf(Delivery.Refused.class, answer(error(400, 10, 2018278)));
  }

  @Test
  void anUnavailablePersonStopsTheContact() {
    assertInstanceOf(Delivery.ContactStopped.class, answer(error(400, 551, 1545041)));
  }

  @Test
  void otherErrorsAreRetriedAndTheirReasonCarriesCodesButNotMetasMessage() {
    Delivery.Failed failed = (Delivery.Failed) answer(error(400, 190, 460));
    assertTrue(failed.retryable());
    assertTrue(failed.reason().contains("code 190"), failed.reason());
    assertFalse(failed.reason().contains(PSID));
    assertTrue(((Delivery.Failed) answer(new MockResponse().setResponseCode(502).setBody("<html>"))).retryable());
  }

  @Test
  void aNetworkFailureIsRetried() throws Exception {
    userWrote(Duration.ofMinutes(5));
    graph.shutdown();
    Delivery.Failed failed = (Delivery.Failed) sender.deliver(1, PSID, bot("Hello"));
    assertTrue(failed.retryable());
  }

  @Test
  void anOverlongPayloadIsDeadLetteredWithoutCallingMeta() {
    userWrote(Duration.ofMinutes(5));
    Delivery d = sender.deliver(1, PSID, new OutboundMessage("Pick", List.of(new Button("A", "x".repeat(1001)))));
    assertFalse(((Delivery.Failed) d).retryable());
    assertEquals(0, graph.getRequestCount());
  }

  @Test
  void aLongTextGoesOutAsSeveralMessagesInOrder() throws Exception {
    userWrote(Duration.ofMinutes(5));
    for (int i = 0; i < 3; i++) {
      graph.enqueue(new MockResponse().setBody("{}"));
    }
    String text = ("word ".repeat(300).strip() + "\n\n").repeat(3).strip();
    assertInstanceOf(Delivery.Sent.class, sender.deliver(1, PSID, bot(text)));
    int total = 0;
    for (int i = 0; i < graph.getRequestCount(); i++) {
      String part = sentBody().at("/message/text").asText();
      assertTrue(part.length() <= 2000);
      total += part.length();
    }
    assertTrue(graph.getRequestCount() >= 2);
    assertTrue(total >= text.length() - 10);
  }

  @Test
  void aLongReplyWhoseSecondPartFailsIsDeliveredAsThreeDistinctPartsInOrderAfterTheRetry() throws Exception {
    userWrote(Duration.ofMinutes(5));
    List<String> paragraphs = List.of("alpha ".repeat(300).strip(), "bravo ".repeat(300).strip(), "charlie ".repeat(240).strip());
    OutboundMessage reply = bot(String.join("\n\n", paragraphs));
    graph.enqueue(new MockResponse().setBody("{}"));
    graph.enqueue(error(500, 2, 0));
    assertTrue(((Delivery.Failed) sender.deliver(1, PSID, reply)).retryable());
    graph.enqueue(new MockResponse().setBody("{}"));
    graph.enqueue(new MockResponse().setBody("{}"));
    assertInstanceOf(Delivery.Sent.class, sender.deliver(1, PSID, reply));

    assertEquals(4, graph.getRequestCount());
    String first = sentBody().at("/message/text").asText();
    String failed = sentBody().at("/message/text").asText();
    List<String> delivered = List.of(first, sentBody().at("/message/text").asText(), sentBody().at("/message/text").asText());
    assertEquals(paragraphs, delivered);
    assertEquals(paragraphs.get(1), failed);
  }
}
