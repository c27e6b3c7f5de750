package org.passage.channel.messenger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.passage.store.Json;

/**
 * POSTs JSON to the Graph API at {@code MESSENGER_API_BASE_URL/MESSENGER_GRAPH_VERSION/<path>}.
 * The page token is added by an interceptor as the {@code access_token} query parameter, so URLs
 * and requests carry a secret: never log them. A non-2xx answer is returned, not thrown; only
 * network failures throw {@link IOException}.
 *
 * <p>We send with OkHttp rather than messenger4j 1.0.0: its {@code MessageTag} enum has no
 * HUMAN_AGENT and its {@code MessengerApiException} drops {@code error_subcode}, which tells
 * "outside the window" and "user unavailable" apart.
 */
final class GraphApi {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private final OkHttpClient http;
  private final HttpUrl base;

  GraphApi(String baseUrl, String version, String pageToken) {
    HttpUrl parsed = HttpUrl.parse(baseUrl);
    if (parsed == null) {
      throw new IllegalArgumentException("MESSENGER_API_BASE_URL is not an http(s) URL");
    }
    this.base = parsed.newBuilder().addPathSegment(version).build();
    this.http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(20))
        .callTimeout(Duration.ofSeconds(20))
        .retryOnConnectionFailure(false) // the outbox retries, with backoff
        .addInterceptor(accessToken(pageToken))
        .build();
  }

  /** The Graph API's answer: HTTP status and, for errors, Meta's code and subcode (0 when absent). */
  record Answer(int status, int code, int subcode, Optional<Duration> retryAfter) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  Answer post(String path, String json) throws IOException {
    Request request = new Request.Builder()
        .url(base.newBuilder().addPathSegments(path).build())
        .post(RequestBody.create(json, JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      Optional<Duration> retryAfter = Optional.ofNullable(response.header("Retry-After"))
          .filter(v -> v.matches("\\d{1,6}")).map(v -> Duration.ofSeconds(Long.parseLong(v)));
      if (response.isSuccessful()) {
        return new Answer(response.code(), 0, 0, retryAfter);
      }
      JsonNode error = error(response.body());
      return new Answer(response.code(), error.path("code").asInt(0), error.path("error_subcode").asInt(0), retryAfter);
    }
  }

  private static JsonNode error(ResponseBody body) {
    try {
      return body == null ? Json.MAPPER.missingNode() : Json.MAPPER.readTree(body.string()).path("error");
    } catch (IOException e) {
      return Json.MAPPER.missingNode();
    }
  }

  private static Interceptor accessToken(String pageToken) {
    return chain -> chain.proceed(chain.request().newBuilder()
        .url(chain.request().url().newBuilder().addQueryParameter("access_token", pageToken).build())
        .build());
  }
}
