package org.passage.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code texts/<lang>.yaml} and checks each text: placeholders name real contacts,
 * no phone number is written by hand, and, across languages, that every needed key exists in all.
 */
final class TextsChecker {
  static final int MAX_TEXT = 1000;
  static final int MAX_LABEL = 20;
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)(?::([a-z0-9_]+))?}");
  /** A phone-like run of digits (any script's digits), or the emergency number written out. */
  static final Pattern PHONE_LIKE =
      Pattern.compile("\\+\\s?\\p{Nd}|\\p{Nd}[\\p{Nd} ()\\-]{4,}\\p{Nd}|(?<!\\p{Nd})112(?!\\p{Nd})");
  /** Texts used as button labels: Messenger cuts labels over 20 characters. */
  static final Set<String> ENGINE_LABELS = Set.of("language.switch_yes", "language.keep",
      "forget.confirm_yes", "forget.cancel", "btn.menu", "btn.back", "btn.talk_to_person");

  private TextsChecker() {}

  static Map<String, String> read(YamlFile file, String lang, Map<String, Contact> contacts) {
    Map<String, String> texts = new LinkedHashMap<>();
    file.mapping(file.root, "").forEach((key, yaml) -> {
      if (!FlowsReader.ID.matcher(key).matches()) {
        file.problem(yaml, key, "a text key uses only a-z, 0-9, '_' and '.'");
      }
      String text = file.text(yaml, key);
      if (text == null) {
        return;
      }
      text = text.strip();
      check(file, yaml, key, text, lang, contacts);
      texts.put(key, text);
    });
    return texts;
  }

  private static void check(YamlFile file, org.yaml.snakeyaml.nodes.Node at, String key, String text,
      String lang, Map<String, Contact> contacts) {
    if (text.length() > MAX_TEXT) {
      file.problem(at, key, "is " + text.length() + " characters; keep texts under " + MAX_TEXT);
    }
    boolean label = key.startsWith("btn.") || ENGINE_LABELS.contains(key);
    if (label && text.codePointCount(0, text.length()) > MAX_LABEL) {
      file.problem(at, key, "a button label has at most " + MAX_LABEL + " characters");
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String kind = m.group(1);
      String id = m.group(2);
      if (id == null) {
        if (!kind.equals("language") && !kind.equals("max")) {
          file.problem(at, key, "unknown placeholder {" + kind + "}");
        }
        continue;
      }
      Contact contact = contacts.get(id);
      if (contact == null) {
        file.problem(at, key, "{" + kind + ":" + id + "}: no contact '" + id + "' in contacts.yaml");
        continue;
      }
      boolean has = switch (kind) {
        case "phone" -> contact.phone().isPresent();
        case "address" -> contact.address().containsKey(lang);
        case "hours" -> contact.hours().containsKey(lang);
        case "name" -> true;
        default -> {
          file.problem(at, key, "unknown placeholder {" + kind + ":" + id + "}; use phone, address, hours or name");
          yield true;
        }
      };
      if (!has) {
        file.problem(at, key, "{" + kind + ":" + id + "}: contacts.yaml has no " + kind + " for '" + id + "' in " + lang);
      }
    }
    String withoutPlaceholders = PLACEHOLDER.matcher(text).replaceAll("");
    if (PHONE_LIKE.matcher(withoutPlaceholders).find()) {
      file.problem(at, key, "looks like a phone number written by hand; use {phone:<contact>} from contacts.yaml");
    }
  }

  /** Every required key is in every language, and no language has a key the others lack. */
  static void checkComplete(Map<String, Map<String, String>> texts, Set<String> required, List<String> problems) {
    Set<String> all = new java.util.TreeSet<>(required);
    texts.values().forEach(t -> all.addAll(t.keySet()));
    for (String lang : Languages.ALL) {
      Map<String, String> t = texts.get(lang);
      if (t.isEmpty()) {
        continue; // the file itself is reported as missing or broken
      }
      for (String key : all) {
        if (!t.containsKey(key)) {
          String why = required.contains(key) ? "missing (it is used by flows.yaml or the engine)"
              : "missing here but present in another language (a typo, or a translation to add?)";
          problems.add("texts/" + lang + ".yaml: " + key + ": " + why);
        }
      }
    }
  }
}
