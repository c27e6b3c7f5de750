package org.passage.channel.messenger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.passage.channel.Button;
import org.passage.channel.OutboundMessage;
import org.passage.channel.TextSplitter;
import org.passage.store.Json;

/**
 * Lays an {@link OutboundMessage} out as Send API {@code message} objects, sent in order. Text is
 * split cleanly (paragraph, line, then word) under 2000 characters. Up to 3 buttons become a button
 * template (they stay tappable; its text at most 640); 4 to 13 become quick replies on the last
 * part; a longer menu degrades to several button templates of 3. Titles are cut to 20 characters.
 *
 * @throws IllegalArgumentException if a payload is over Messenger's 1000 characters (a content bug)
 */
final class MessageLayout {
  static final int MAX_TEXT = 2000;
  static final int MAX_TEMPLATE_TEXT = 640;
  static final int MAX_QUICK_REPLIES = 13;
  static final int MAX_TEMPLATE_BUTTONS = 3;
  static final int MAX_TITLE = 20;
  static final int MAX_PAYLOAD = 1000;
  static final String MORE = "…";

  private MessageLayout() {}

  static List<ObjectNode> parts(OutboundMessage message) {
    List<Button> buttons = message.buttons();
    buttons.forEach(b -> {
      if (b.payload().length() > MAX_PAYLOAD) {
        throw new IllegalArgumentException("a button payload is over " + MAX_PAYLOAD + " characters");
      }
    });
    String text = message.text() == null || message.text().isBlank() ? MORE : message.text().strip();
    boolean quick = buttons.size() > MAX_TEMPLATE_BUTTONS && buttons.size() <= MAX_QUICK_REPLIES;
    int lastLimit = buttons.isEmpty() || quick ? MAX_TEXT : MAX_TEMPLATE_TEXT;
    List<String> texts = new ArrayList<>(TextSplitter.split(text, MAX_TEXT));
    String last = texts.remove(texts.size() - 1);
    texts.addAll(TextSplitter.split(last, lastLimit));

    List<ObjectNode> parts = new ArrayList<>();
    for (int i = 0; i < texts.size() - 1; i++) {
      parts.add(Json.MAPPER.createObjectNode().put("text", texts.get(i)));
    }
    String finalText = texts.get(texts.size() - 1);
    if (buttons.isEmpty()) {
      parts.add(Json.MAPPER.createObjectNode().put("text", finalText));
    } else if (quick) {
      ObjectNode part = Json.MAPPER.createObjectNode().put("text", finalText);
      ArrayNode replies = part.putArray("quick_replies");
      buttons.forEach(b -> replies.addObject().put("content_type", "text").put("title", title(b.label())).put("payload", b.payload()));
      parts.add(part);
    } else {
      for (int from = 0; from < buttons.size(); from += MAX_TEMPLATE_BUTTONS) {
        List<Button> group = buttons.subList(from, Math.min(buttons.size(), from + MAX_TEMPLATE_BUTTONS));
        parts.add(template(from == 0 ? finalText : MORE, group));
      }
    }
    return parts;
  }

  private static ObjectNode template(String text, List<Button> buttons) {
    ObjectNode part = Json.MAPPER.createObjectNode();
    ObjectNode payload = part.putObject("attachment").put("type", "template").putObject("payload");
    payload.put("template_type", "button").put("text", text);
    ArrayNode array = payload.putArray("buttons");
    buttons.forEach(b -> array.addObject().put("type", "postback").put("title", title(b.label())).put("payload", b.payload()));
    return part;
  }

  static String title(String label) {
    if (label.codePointCount(0, label.length()) <= MAX_TITLE) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, MAX_TITLE - 1)).strip() + MORE;
  }
}
