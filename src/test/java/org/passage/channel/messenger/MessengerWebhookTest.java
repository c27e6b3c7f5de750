package org.passage.channel.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.Response;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.App;
import org.passage.TestApps;
import org.passage.store.Json;

class MessengerWebhookTest {
  @TempDir Path dir;
  MessengerHttp http;

  @BeforeEach
  void start() {
    http = new MessengerHttp(dir);
  }

  @AfterEach
  void stop() throws Exception {
    http.close();
  }

  @Test
  void subscriptionWithTheRightTokenEchoesTheChallenge() throws Exception {
    try (Response r = http.get("/webhooks/messenger?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444")) {
      assertEquals(200, r.code());
      assertEquals("1158201444", r.body().string());
    }
  }

  @Test
  void subscriptionWithAWrongTokenOrModeIsForbidden() throws Exception {
    try (Response r = http.get("/webhooks/messenger?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1")) {
      assertEquals(403, r.code());
    }
    try (Response r = http.get("/webhooks/messenger?hub.mode=unsubscribe&hub.verify_token=verify-me&hub.challenge=1")) {
      assertEquals(403, r.code());
    }
    try (Response r = http.get("/webhooks/messenger")) {
      assertEquals(403, r.code());
    }
  }

  @Test
  void aSignedTextMessageIsStoredAndAnsweredWithAResponse() throws Exception {
    assertEquals(200, http.postSigned(MessengerHttp.now(MessengerHttp.fixture("messenger-text.json"))));
    assertEquals(1, http.inboxRows());
    RecordedRequest sent = http.nextSend();
    assertEquals("POST", sent.getMethod());
    assertEquals("/v25.0/me/messages", sent.getRequestUrl().encodedPath());
    assertEquals(MessengerHttp.TOKEN, sent.getRequestUrl().queryParameter("access_token"));
    JsonNode body = Json.MAPPER.readTree(sent.getBody().readUtf8());
    assertEquals("USER_ID", body.at("/recipient/id").asText());
    assertEquals("RESPONSE", body.path("messaging_type").asText());
    assertTrue(body.at("/message/quick_replies").size() == 6, "the language picker as quick replies: " + body);
  }

  @Test
  void aReplyToAMessageOlderThanADayIsRefusedWithAReasonAndNotSent() throws Exception {
    assertEquals(200, http.postSigned(MessengerHttp.fixture("messenger-text.json")));
    String reason = http.awaitRefusal();
    assertTrue(reason.contains("within 24 hours"), reason);
    assertEquals(0, http.graph.getRequestCount());
  }

  @Test
  void theSignedTestVectorFromTheFixturesIsAccepted() throws Exception {
    String body = MessengerHttp.fixture("messenger-signed-body.json");
    try (Response r = http.post(body, "sha256=2c28be6e4b8c62b732b3487f445dbec6624868db6844b347567ebc86d7da3ad4")) {
      assertEquals(200, r.code());
    }
    assertEquals(1, http.inboxRows());
  }

  @Test
  void aWrongMissingOrSha1SignatureIsForbiddenAndStoresNothing() throws Exception {
    String body = MessengerHttp.fixture("messenger-text.json");
    try (Response r = http.post(body, "sha256=" + "0".repeat(64))) {
      assertEquals(403, r.code());
    }
    try (Response r = http.post(body, null)) {
      assertEquals(403, r.code());
    }
    try (Response r = http.post(MessengerHttp.fixture("messenger-signed-body.json"), "sha1=3daa41999293ff66c3eb313e04bcf77861bb0276")) {
      assertEquals(403, r.code());
    }
    try (Response r = http.post(body + " ", MessengerHttp.sign(body))) {
      assertEquals(403, r.code(), "a signature covers the exact bytes");
    }
    assertEquals(0, http.inboxRows());
  }

  @Test
  void malformedJsonOrANonPageObjectIsABadRequest() throws Exception {
    assertEquals(400, http.postSigned("{\"object\":\"page\",\"entry\":["));
    assertEquals(400, http.postSigned("{\"object\":\"instagram\",\"entry\":[]}"));
    assertEquals(400, http.postSigned("[]"));
    assertEquals(0, http.inboxRows());
  }

  @Test
  void anOversizedBodyIsRefusedAndTheServerCarriesOn() throws Exception {
    String huge = "{\"object\":\"page\",\"entry\":[],\"pad\":\"" + "x".repeat(300 * 1024) + "\"}";
    try (Response r = http.post(huge, MessengerHttp.sign(huge))) {
      assertEquals(413, r.code());
    }
    assertEquals(200, http.postSigned(MessengerHttp.fixture("messenger-text.json")));
  }

  @Test
  void aRedeliveredMessageIsStoredOnce() throws Exception {
    String body = MessengerHttp.fixture("messenger-text.json");
    assertEquals(200, http.postSigned(body));
    assertEquals(200, http.postSigned(body));
    assertEquals(1, http.inboxRows());
  }

  @Test
  void everyEventOfABatchIsProcessedAndEchoesDeliveriesAndReadsAreIgnored() throws Exception {
    assertEquals(200, http.postSigned(MessengerHttp.fixture("messenger-batch.json")));
    // text, quick reply, postback with mid, and the attachment of a type messenger4j does not know
    assertEquals(4, http.inboxRows());
  }

  @Test
  void theRouteIsAbsentWhenMessengerIsNotConfigured(@TempDir Path other) throws Exception {
    try (App app = TestApps.start(other, Map.of("WEB_CHAT", "false"))) {
      try (Response r = http.client.newCall(new okhttp3.Request.Builder()
          .url("http://localhost:" + app.port() + "/webhooks/messenger")
          .post(okhttp3.RequestBody.create(new byte[0], null)).build()).execute()) {
        assertEquals(404, r.code());
      }
    }
  }
}
