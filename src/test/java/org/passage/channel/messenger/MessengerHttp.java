package org.passage.channel.messenger;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.passage.App;
import org.passage.TestApps;

/** A whole app with Messenger on, a MockWebServer as the Graph API, and helpers to post signed webhooks. */
final class MessengerHttp implements AutoCloseable {
  static final String SECRET = "60efff025951cddde78c8d03de52cc90";
  static final String VERIFY = "verify-me";
  static final String TOKEN = "PAGE-TOKEN-123";
  final MockWebServer graph = new MockWebServer();
  final OkHttpClient client = new OkHttpClient.Builder().readTimeout(20, TimeUnit.SECONDS).build();
  final App app;

  MessengerHttp(Path dataDir) {
    graph.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setBody("{\"recipient_id\":\"1\",\"message_id\":\"m\"}");
      }
    });
    try {
      graph.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    app = TestApps.start(dataDir, Map.of("WEB_CHAT", "false",
        "MESSENGER_PAGE_ACCESS_TOKEN", TOKEN,
        "MESSENGER_APP_SECRET", SECRET,
        "MESSENGER_VERIFY_TOKEN", VERIFY,
        "MESSENGER_API_BASE_URL", graph.url("/").toString()));
  }

  static String fixture(String name) {
    try (InputStream in = MessengerHttp.class.getResourceAsStream("/messenger/" + name)) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("no fixture " + name, e);
    }
  }

  /** The fixture's 2016 timestamps replaced by now, so the reply is inside the 24-hour window. */
  static String now(String body) {
    return body.replace("1458692752478", String.valueOf(System.currentTimeMillis()));
  }

  /** Waits for the first refused outbox row and returns its reason. */
  String awaitRefusal() throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      String reason = app.db().inTransaction(c -> {
        try (var s = c.prepareStatement("SELECT last_error FROM outbox WHERE status = 'refused'");
            var r = s.executeQuery()) {
          return r.next() ? r.getString(1) : null;
        }
      });
      if (reason != null) {
        return reason;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no reply was refused");
  }

  static String sign(String body) {
    return new HubSignature(SECRET).sign(body.getBytes(UTF_8));
  }

  String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  Response post(String body, String signature) throws IOException {
    Request.Builder b = new Request.Builder().url(url("/webhooks/messenger"))
        .post(RequestBody.create(body.getBytes(UTF_8), MediaType.get("application/json")));
    if (signature != null) {
      b.header("X-Hub-Signature-256", signature);
    }
    return client.newCall(b.build()).execute();
  }

  /** Posts {@code body} signed as Meta would; returns the status. */
  int postSigned(String body) throws IOException {
    try (Response r = post(body, sign(body))) {
      return r.code();
    }
  }

  Response get(String path) throws IOException {
    return client.newCall(new Request.Builder().url(url(path)).build()).execute();
  }

  int inboxRows() {
    return (int) TestApps.count(app, "SELECT count(*) FROM inbox WHERE platform = 'messenger'");
  }

  /** The next request the app sent to the Graph API, or fails after 10 seconds. */
  RecordedRequest nextSend() throws InterruptedException {
    RecordedRequest r = graph.takeRequest(10, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("nothing was sent to the Graph API");
    }
    return r;
  }

  @Override
  public void close() throws IOException {
    client.connectionPool().evictAll(); // an idle keep-alive connection makes Jetty's graceful stop wait
    app.close();
    graph.shutdown();
  }
}
