package org.passage.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local Bot API on MockWebServer: answers scripted responses first, then {@code ok} with a new
 * message id. {@link #next} returns what was sent, in order, as (method, JSON body).
 */
final class FakeBotApi implements AutoCloseable {
  static final String TOKEN = "123456:TEST-token_abc";
  final MockWebServer server = new MockWebServer();
  private final Queue<MockResponse> script = new ConcurrentLinkedQueue<>();
  private final AtomicInteger messageIds = new AtomicInteger(100);

  record Sent(String method, JsonNode body) {
    String text() {
      return body.path("text").asText();
    }
  }

  FakeBotApi() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        MockResponse scripted = script.poll();
        return scripted != null ? scripted : json(200,
            "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":1441645600}}");
      }
    });
    server.start();
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  /** The next responses, before the default ok. */
  void script(int status, String body) {
    script.add(json(status, body));
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  /**
   * The next request the bot made other than a "typing…" hint, waiting up to 15 s; fails if none
   * came or its path lacks the token. Hints are skipped because a slow machine shows them anywhere.
   */
  Sent next() throws Exception {
    Sent sent = nextAny();
    while (sent.method().equals("sendChatAction")) {
      sent = nextAny();
    }
    return sent;
  }

  /** The next request the bot made, typing hints included. */
  Sent nextAny() throws Exception {
    RecordedRequest r = server.takeRequest(15, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request reached the fake Bot API");
    }
    String prefix = "/bot" + TOKEN + "/";
    if (!r.getPath().startsWith(prefix)) {
      throw new AssertionError("unexpected path " + r.getPath());
    }
    return new Sent(r.getPath().substring(prefix.length()), TelegramApi.MAPPER.readTree(r.getBody().readUtf8()));
  }

  /** Fails if the bot makes another request, typing hints aside, within {@code millis}. */
  void expectNothingMore(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    for (long left = millis; left > 0; left = deadline - System.currentTimeMillis()) {
      RecordedRequest r = server.takeRequest(left, TimeUnit.MILLISECONDS);
      if (r == null) {
        return;
      }
      if (!r.getPath().endsWith("/sendChatAction")) {
        throw new AssertionError("unexpected extra request: " + r.getPath().replace(TOKEN, "***"));
      }
    }
  }

  /** Fails if the bot makes any request, typing hints included, within {@code millis}. */
  void expectSilence(long millis) throws InterruptedException {
    RecordedRequest r = server.takeRequest(millis, TimeUnit.MILLISECONDS);
    if (r != null) {
      throw new AssertionError("unexpected extra request: " + r.getPath().replace(TOKEN, "***"));
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
