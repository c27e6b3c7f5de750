package org.passage.channel.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.passage.channel.Button;
import org.passage.channel.OutboundMessage;
import org.passage.channel.TextSplitter;
import org.passage.outbox.Delivery;
import org.passage.outbox.Sender;
import org.passage.outbox.SendProgress;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Delivers replies with {@code sendMessage}: one button per row as an inline keyboard, a text
 * over 4096 characters as several messages (buttons under the last), each part sent once even
 * when a later one fails and the row is retried. Telegram's answers become a {@link Delivery}:
 * 429 waits {@code retry_after}; 5xx, network errors and a rejected token are retried; 403 and
 * "chat not found" stop the contact; another 400 fails for good. Never logs chats or texts.
 */
public final class TelegramSender implements Sender {
  static final String PLATFORM = "telegram";
  static final int MAX_TEXT = 4096;
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  private final TelegramApi api;
  private final CallbackData callbacks;
  private final SendProgress progress;
  private final MeterRegistry metrics;

  TelegramSender(TelegramApi api, CallbackData callbacks, SendProgress progress, MeterRegistry metrics) {
    this.api = api;
    this.callbacks = callbacks;
    this.progress = progress;
    this.metrics = metrics;
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public double overallPerSecond() {
    return 30;
  }

  @Override
  public double perConversationPerSecond() {
    return 1;
  }

  @Override
  public Delivery deliver(long deliveryId, String chatId, OutboundMessage message) {
    if (message.text() == null || message.text().isBlank()) {
      return count(new Delivery.Failed("empty text", false));
    }
    List<String> parts = TextSplitter.split(message.text(), MAX_TEXT);
    return count(progress.deliver(deliveryId, parts.size(), i -> {
      boolean last = i == parts.size() - 1;
      return send(SendMessage.builder()
          .chatId(chatId)
          .text(parts.get(i))
          .replyMarkup(last && !message.buttons().isEmpty() ? keyboard(message.buttons()) : null)
          .build());
    }));
  }

  private Delivery send(SendMessage send) {
    TelegramApi.Answer answer;
    try {
      answer = api.call("sendMessage", send);
    } catch (IOException e) {
      return new Delivery.Failed("network: " + e.getMessage(), true);
    }
    return outcome(answer);
  }

  /** Telegram's answer as a delivery outcome. */
  static Delivery outcome(TelegramApi.Answer answer) {
    int status = answer.status();
    if (status / 100 == 2 && answer.ok()) {
      return new Delivery.Sent();
    }
    String reason = status + " " + answer.description();
    if (status == 429) {
      return new Delivery.Throttled(answer.retryAfter().orElse(DEFAULT_RETRY_AFTER));
    }
    if (status == 403 || (status == 400 && answer.description().toLowerCase().contains("chat not found"))) {
      return new Delivery.ContactStopped(reason);
    }
    // 401/404 mean a wrong bot token: the operator can fix it, so keep the reply and retry
    boolean retryable = status >= 500 || status == 401 || status == 404 || status / 100 == 2;
    return new Delivery.Failed(reason, retryable);
  }

  private InlineKeyboardMarkup keyboard(List<Button> buttons) {
    List<InlineKeyboardRow> rows = buttons.stream()
        .map(b -> new InlineKeyboardRow(InlineKeyboardButton.builder()
            .text(b.label())
            .callbackData(callbacks.encode(b.payload()))
            .build()))
        .toList();
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private Delivery count(Delivery outcome) {
    metrics.counter("passage.telegram.sends", "outcome", outcome.getClass().getSimpleName().toLowerCase()).increment();
    return outcome;
  }
}
