package org.passage.channel.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.passage.config.Config;
import org.passage.inbox.Inbox;
import org.passage.outbox.SendProgress;
import org.passage.outbox.Sender;
import org.passage.privacy.Keys;
import org.passage.store.Database;

/**
 * The Telegram channel: its webhook handler and its outbox sender, built from the configuration.
 * Off (empty) when {@code TELEGRAM_BOT_TOKEN} is unset; refuses to start when the token is set
 * without a valid {@code TELEGRAM_WEBHOOK_SECRET}, since the webhook would then take anyone's posts.
 */
public final class TelegramChannel implements AutoCloseable {
  static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
  private final TelegramWebhook webhook;
  private final TelegramSender sender;
  private final TypingIndicator typing;

  private TelegramChannel(TelegramWebhook webhook, TelegramSender sender, TypingIndicator typing) {
    this.webhook = webhook;
    this.sender = sender;
    this.typing = typing;
  }

  public static Optional<TelegramChannel> create(Config config, Database db, Keys keys, Inbox inbox,
      MeterRegistry metrics) {
    if (config.telegramBotToken().isEmpty()) {
      return Optional.empty();
    }
    String secret = config.telegramWebhookSecret().orElseThrow(() -> new IllegalArgumentException(
        "TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_BOT_TOKEN is (1-256 of A-Z a-z 0-9 _ -)"));
    if (!SECRET.matcher(secret).matches()) {
      throw new IllegalArgumentException("TELEGRAM_WEBHOOK_SECRET must be 1-256 of A-Z a-z 0-9 _ - (Telegram's rule)");
    }
    TelegramApi api = new TelegramApi(httpClient(), config.telegramApiBaseUrl(), config.telegramBotToken().get());
    CallbackData callbacks = new CallbackData(db);
    TelegramSender sender = new TelegramSender(api, callbacks, new SendProgress(db), metrics);
    TypingIndicator typing = new TypingIndicator(api, inbox::hasPending,
        TypingIndicator.AFTER, TypingIndicator.EVERY, TypingIndicator.AT_MOST, metrics);
    TelegramWebhook webhook = new TelegramWebhook(secret, new UpdateMapper(keys, callbacks), inbox, typing, metrics);
    return Optional.of(new TelegramChannel(webhook, sender, typing));
  }

  /** The OkHttp client for the Bot API: bounded timeouts, no retries of its own (the outbox retries). */
  static OkHttpClient httpClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(20))
        .retryOnConnectionFailure(false)
        .build();
  }

  public TelegramWebhook webhook() {
    return webhook;
  }

  public Sender sender() {
    return sender;
  }

  /** Stops the typing indicator; replies still waiting stay in the outbox. */
  @Override
  public void close() {
    typing.close();
  }
}
