package org.passage.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.passage.channel.Button;
import org.passage.channel.OutboundMessage;

/** Turns content into messages in one language: fills placeholders from contacts, builds buttons. */
final class Renderer {
  private final Content content;

  Renderer(Content content) {
    this.content = content;
  }

  /** The text of {@code key} in {@code lang} with contacts and the given variables filled in. */
  String text(String lang, String key, Map<String, String> vars) {
    String raw = content.text(lang, key);
    Matcher m = TextsChecker.PLACEHOLDER.matcher(raw);
    StringBuilder out = new StringBuilder(raw.length() + 32);
    while (m.find()) {
      String kind = m.group(1);
      String id = m.group(2);
      String value = id == null ? vars.getOrDefault(kind, m.group()) : contactField(lang, kind, id);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  String text(String lang, String key) {
    return text(lang, key, Map.of());
  }

  private String contactField(String lang, String kind, String id) {
    Contact c = content.contacts().get(id);
    return switch (kind) {
      case "phone" -> c.phone().orElseThrow();
      case "address" -> c.address().get(lang);
      case "hours" -> c.hours().get(lang);
      default -> content.text(lang, "contact." + id);
    };
  }

  OutboundMessage node(String lang, Node node) {
    List<Button> buttons = new ArrayList<>();
    for (Node.Link link : node.buttons()) {
      buttons.add(new Button(text(lang, link.label()), Payloads.GO + link.target()));
    }
    return new OutboundMessage(text(lang, node.text()), buttons);
  }

  Button button(String lang, String key, String payload) {
    return new Button(text(lang, key), payload);
  }

  /** The language picker: the prompt in every language, one button per language in its own name. */
  OutboundMessage languagePicker() {
    List<String> prompts = new ArrayList<>();
    List<Button> buttons = new ArrayList<>();
    for (String lang : Languages.ALL) {
      prompts.add(text(lang, "language.pick"));
      buttons.add(new Button(text(lang, "language.name"), Payloads.LANG + lang));
    }
    return new OutboundMessage(String.join("\n", prompts), buttons);
  }
}
