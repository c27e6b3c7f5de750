package org.passage.channel.telegram;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.passage.inbox.Inbox;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /webhooks/telegram}. Checks the {@code X-Telegram-Bot-Api-Secret-Token} header in
 * constant time (401, nothing stored), the content type (400) and the size (413), parses the
 * Update (400 if it is not one), and answers 200 only after the message is committed to the
 * inbox; a redelivered update_id is recognised there and stored once. A callback query is
 * answered in the response body ({@code answerCallbackQuery}), so no call to Telegram is made
 * while the webhook waits. A reply slow to prepare shows "typing…" ({@link TypingIndicator}). Counts every update in {@code passage_telegram_updates_total{kind}}.
 */
public final class TelegramWebhook {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  /** Updates are a few KB; anything this large is not one. */
  static final int MAX_BODY = 64 * 1024;

  private final byte[] secret;
  private final UpdateMapper mapper;
  private final Inbox inbox;
  private final TypingIndicator typing;
  private final MeterRegistry metrics;

  TelegramWebhook(String secret, UpdateMapper mapper, Inbox inbox, TypingIndicator typing, MeterRegistry metrics) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.mapper = mapper;
    this.inbox = inbox;
    this.typing = typing;
    this.metrics = metrics;
  }

  public void handle(Context ctx) {
    String given = ctx.header(SECRET_HEADER);
    if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
      reject(ctx, HttpStatus.UNAUTHORIZED, "unauthorized", "missing or wrong secret token");
      return;
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase().startsWith("application/json")) {
      reject(ctx, HttpStatus.BAD_REQUEST, "bad_content_type", "content type must be application/json");
      return;
    }
    if (ctx.contentLength() > MAX_BODY) {
      reject(ctx, HttpStatus.CONTENT_TOO_LARGE, "too_large", "body is larger than " + MAX_BODY + " bytes");
      return;
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY) {
      reject(ctx, HttpStatus.CONTENT_TOO_LARGE, "too_large", "body is larger than " + MAX_BODY + " bytes");
      return;
    }
    Update update;
    try {
      update = UpdateMapper.parse(body);
    } catch (IllegalArgumentException e) {
      reject(ctx, HttpStatus.BAD_REQUEST, "malformed", e.getMessage());
      return;
    }
    Mapped mapped = mapper.map(update);
    String kind = mapped.kind();
    if (mapped instanceof Mapped.Accepted accepted) {
      if (inbox.accept(accepted.message())) {
        typing.watch(accepted.message().conversationKey(), accepted.message().address());
      } else {
        kind = "redelivered";
      }
    }
    count(kind);
    ctx.status(HttpStatus.OK);
    mapped.callbackQueryId().ifPresentOrElse(
        id -> ctx.contentType("application/json").result(TelegramApi.MAPPER.createObjectNode()
            .put("method", "answerCallbackQuery").put("callback_query_id", id).toString()),
        () -> ctx.result(""));
  }

  private void reject(Context ctx, HttpStatus status, String kind, String message) {
    count(kind);
    ctx.status(status).json(Map.of("error", message));
  }

  private void count(String kind) {
    metrics.counter("passage.telegram.updates", "kind", kind).increment();
  }
}
