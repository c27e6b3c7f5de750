package org.passage.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Calls one Bot API method with a JSON body: {@code POST <base>/bot<token>/<method>}. Returns
 * Telegram's answer as an {@link Answer} whatever the status; throws {@link IOException} only
 * when no answer arrived. The URL carries the bot token, so nothing here logs, and an exception
 * never carries the URL.
 */
public final class TelegramApi {
  /** The official Bot API host, used when {@code TELEGRAM_API_BASE_URL} is unset. */
  public static final String DEFAULT_BASE_URL = "https://api.telegram.org";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final OkHttpClient http;
  private final String base;
  private final String token;

  public TelegramApi(OkHttpClient http, String baseUrl, String token) {
    this.http = http;
    this.base = baseUrl.replaceAll("/+$", "");
    this.token = token;
  }

  /**
   * Telegram's answer to a call.
   *
   * @param status the HTTP status
   * @param ok Telegram's {@code ok} field (false if the body was not Telegram's JSON)
   * @param result the {@code result} field, or a missing node
   * @param description Telegram's error description, never containing the token
   * @param retryAfter {@code parameters.retry_after}, when Telegram asks to wait
   */
  public record Answer(int status, boolean ok, JsonNode result, String description, Optional<Duration> retryAfter) {}

  /** Posts {@code body} (a telegrambots-meta method object or a map) as JSON to {@code method}. */
  public Answer call(String method, Object body) throws IOException {
    Request request = new Request.Builder()
        .url(base + "/bot" + token + "/" + method)
        .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody raw = response.body();
      JsonNode json;
      try {
        json = MAPPER.readTree(raw == null ? "" : raw.string());
      } catch (IOException e) {
        json = null;
      }
      if (json == null || !json.isObject()) {
        return new Answer(response.code(), false, MAPPER.missingNode(), "HTTP " + response.code(), Optional.empty());
      }
      JsonNode retry = json.path("parameters").path("retry_after");
      return new Answer(response.code(), json.path("ok").asBoolean(false), json.path("result"),
          json.path("description").asText("HTTP " + response.code()).replace(token, "***"),
          retry.isNumber() ? Optional.of(Duration.ofSeconds(retry.asLong())) : Optional.empty());
    } catch (IOException e) {
      // OkHttp may put the URL, and so the token, in a message: keep only the type
      throw new IOException(e.getClass().getSimpleName());
    }
  }
}
