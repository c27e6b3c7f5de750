package org.passage.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passage.channel.InboundMessage;
import org.passage.channel.UserInput;
import org.passage.channel.UserInput.Attachment;
import org.passage.dialog.Languages;
import org.passage.privacy.Keys;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.InaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Turns a Telegram {@link Update} into a {@link Mapped}: private-chat text (commands included),
 * button presses, photos, documents, videos and voice notes are accepted; edits, groups,
 * channels, bots, inaccessible or inline callbacks and every other update type are ignored.
 * This is the edge: names, usernames and profile data go no further than this class; the
 * language code is passed on once as a hint; the conversation is the pseudonym of the user id.
 */
final class UpdateMapper {
  private final Keys keys;
  private final CallbackData callbacks;

  UpdateMapper(Keys keys, CallbackData callbacks) {
    this.keys = keys;
    this.callbacks = callbacks;
  }

  /** Parses a webhook body; throws {@link IllegalArgumentException} with a clear, content-free message. */
  static Update parse(byte[] body) {
    JsonNode tree;
    try {
      tree = TelegramApi.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("body is not valid JSON");
    }
    if (tree == null || !tree.isObject() || !tree.path("update_id").canConvertToInt()) {
      throw new IllegalArgumentException("body is not a Telegram Update: it needs a numeric update_id");
    }
    // Telegram always sends is_bot; its documentation examples omit it and telegrambots requires it
    for (JsonNode user : tree.findValues("from")) {
      if (user.isObject() && !user.has("is_bot")) {
        ((ObjectNode) user).put("is_bot", false);
      }
    }
    try {
      return TelegramApi.MAPPER.treeToValue(tree, Update.class);
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalArgumentException("body is not a Telegram Update this server understands");
    }
  }

  Mapped map(Update update) {
    String externalId = String.valueOf(update.getUpdateId());
    if (update.hasMessage()) {
      return message(externalId, update.getMessage());
    }
    if (update.hasCallbackQuery()) {
      return callback(externalId, update.getCallbackQuery());
    }
    if (update.hasEditedMessage()) {
      return new Mapped.Ignored("edited");
    }
    if (update.hasChannelPost() || update.hasEditedChannelPost()) {
      return new Mapped.Ignored("channel");
    }
    return new Mapped.Ignored("other");
  }

  private Mapped message(String externalId, Message m) {
    if (m.getChat() == null || !"private".equals(m.getChat().getType())) {
      return new Mapped.Ignored("group");
    }
    if (m.getFrom() == null || Boolean.TRUE.equals(m.getFrom().getIsBot())) {
      return new Mapped.Ignored("bot");
    }
    Instant sentAt = m.getDate() == null ? Instant.now() : Instant.ofEpochSecond(m.getDate());
    UserInput input;
    String kind;
    List<Attachment> attachments = attachments(m);
    if (!attachments.isEmpty()) {
      input = new UserInput.Attachments(attachments, Optional.ofNullable(m.getCaption()));
      kind = "attachment";
    } else if (m.getText() != null) {
      input = new UserInput.Text(m.getText());
      kind = m.getText().strip().toLowerCase(Locale.ROOT).startsWith("/start") ? "start" : "text";
    } else {
      return new Mapped.Ignored("other");
    }
    return new Mapped.Accepted(kind, inbound(externalId, m.getFrom(), m.getChatId(), sentAt, input), Optional.empty());
  }

  private Mapped callback(String externalId, CallbackQuery q) {
    Optional<String> id = Optional.ofNullable(q.getId());
    if (q.getFrom() == null || Boolean.TRUE.equals(q.getFrom().getIsBot())) {
      return new Mapped.Ignored("bot", id);
    }
    if (q.getMessage() == null || q.getMessage() instanceof InaccessibleMessage || q.getMessage().getChat() == null) {
      return new Mapped.Ignored("callback_inaccessible", id);
    }
    if (!"private".equals(q.getMessage().getChat().getType())) {
      return new Mapped.Ignored("group", id);
    }
    if (q.getData() == null || q.getData().isEmpty()) {
      return new Mapped.Ignored("other", id);
    }
    UserInput input = new UserInput.ButtonPress(callbacks.decode(q.getData()));
    return new Mapped.Accepted("callback",
        inbound(externalId, q.getFrom(), q.getMessage().getChatId(), Instant.now(), input), id);
  }

  private InboundMessage inbound(String externalId, User from, Long chatId, Instant sentAt, UserInput input) {
    return new InboundMessage(TelegramSender.PLATFORM, externalId,
        keys.pseudonym(TelegramSender.PLATFORM, String.valueOf(from.getId())), String.valueOf(chatId),
        sentAt, input, languageHint(from.getLanguageCode()));
  }

  private static Optional<String> languageHint(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String lang = code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return Languages.isSupported(lang) ? Optional.of(lang) : Optional.empty();
  }

  private static List<Attachment> attachments(Message m) {
    List<Attachment> items = new ArrayList<>();
    if (m.getPhoto() != null && !m.getPhoto().isEmpty()) {
      // Telegram sends one photo in several sizes: pass on the largest
      PhotoSize largest = m.getPhoto().stream()
          .max(Comparator.comparingInt(p -> p.getFileSize() == null ? 0 : p.getFileSize())).get();
      items.add(new Attachment("image", largest.getFileId()));
    }
    if (m.getDocument() != null) {
      items.add(new Attachment("document", m.getDocument().getFileId()));
    }
    if (m.getVideo() != null) {
      items.add(new Attachment("video", m.getVideo().getFileId()));
    }
    if (m.getVoice() != null) {
      items.add(new Attachment("audio", m.getVoice().getFileId()));
    }
    if (m.getAudio() != null) {
      items.add(new Attachment("audio", m.getAudio().getFileId()));
    }
    return items;
  }
}
