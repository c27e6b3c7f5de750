package org.passage.channel.telegram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.passage.App;
import org.passage.TestApps;

/** A whole app with Telegram on, its Bot API pointed at a {@link FakeBotApi}, posted to over real HTTP. */
final class TelegramHarness implements AutoCloseable {
  static final String SECRET = "test_secret-123";
  final App app;
  private final OkHttpClient client = new OkHttpClient();

  TelegramHarness(Path dataDir, FakeBotApi api) {
    this.app = TestApps.start(dataDir, Map.of(
        "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
        "TELEGRAM_WEBHOOK_SECRET", SECRET,
        "TELEGRAM_API_BASE_URL", api.baseUrl(),
        "WEB_CHAT", "false"));
  }

  record Answer(int status, String body) {}

  Answer post(String body) throws IOException {
    return post(body, SECRET, "application/json");
  }

  Answer post(String body, String secret, String contentType) throws IOException {
    Request.Builder request = new Request.Builder()
        .url("http://localhost:" + app.port() + "/webhooks/telegram")
        .post(RequestBody.create(body, MediaType.get(contentType)));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    try (Response response = client.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }

  String get(String path) throws IOException {
    try (Response response = client.newCall(new Request.Builder()
        .url("http://localhost:" + app.port() + path).build()).execute()) {
      return response.body().string();
    }
  }

  long count(String sql) {
    return TestApps.count(app, sql);
  }

  @Override
  public void close() {
    client.connectionPool().evictAll(); // an idle keep-alive connection makes Jetty's graceful stop wait
    app.close();
  }
}
