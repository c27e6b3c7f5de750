package org.passage.channel.messenger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.dialog.Content;
import org.passage.dialog.Languages;
import org.passage.store.Json;

/**
 * The page's Messenger profile built from {@code dialogs/}: the Get Started button (payload
 * {@code /start}), a greeting per locale (the opening lines of {@code welcome}, at most 160
 * characters) and a persistent menu per locale (menu, get help, report, language). English is
 * also the {@code default} locale Meta requires.
 */
public final class MessengerProfile {
  static final String GET_STARTED = "/start";
  static final int MAX_GREETING = 160;
  static final int MAX_MENU_TITLE = 30;
  /** Our language to Messenger's locales. */
  static final Map<String, List<String>> LOCALES = localeMap();

  private MessengerProfile() {}

  private static Map<String, List<String>> localeMap() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("en", List.of("default", "en_US"));
    m.put("ka", List.of("ka_GE"));
    m.put("ru", List.of("ru_RU"));
    m.put("tr", List.of("tr_TR"));
    m.put("fa", List.of("fa_IR"));
    m.put("sq", List.of("sq_AL"));
    return m;
  }

  /** The body of {@code POST /me/messenger_profile}. */
  public static ObjectNode build(Content content) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.putObject("get_started").put("payload", GET_STARTED);
    ArrayNode greetings = body.putArray("greeting");
    ArrayNode menus = body.putArray("persistent_menu");
    for (String lang : Languages.ALL) {
      for (String locale : LOCALES.get(lang)) {
        greetings.addObject().put("locale", locale).put("text", greeting(content.text(lang, "welcome")));
        ObjectNode menu = menus.addObject().put("locale", locale).put("composer_input_disabled", false);
        ArrayNode items = menu.putArray("call_to_actions");
        item(items, content.text(lang, "btn.menu"), "/menu");
        item(items, content.text(lang, "btn.get_help"), "go:get_help");
        item(items, content.text(lang, "btn.report"), "/report");
        item(items, "🌐 " + content.text(lang, "language.name"), "/language");
      }
    }
    return body;
  }

  /** Uploads {@code profile}; throws with Meta's codes (never the URL) if it is refused. */
  static void upload(GraphApi graph, ObjectNode profile) throws IOException {
    GraphApi.Answer answer = graph.post("me/messenger_profile", profile.toString());
    if (!answer.ok()) {
      throw new IOException("the Graph API refused the profile (HTTP " + answer.status() + ", code "
          + answer.code() + ", subcode " + answer.subcode() + ")");
    }
  }

  private static void item(ArrayNode items, String title, String payload) {
    String cut = title.codePointCount(0, title.length()) <= MAX_MENU_TITLE ? title
        : title.substring(0, title.offsetByCodePoints(0, MAX_MENU_TITLE - 1)) + "…";
    items.addObject().put("type", "postback").put("title", cut).put("payload", payload);
  }

  /** Whole lines of the welcome text while they fit, else its first line cut at a word. */
  static String greeting(String welcome) {
    StringBuilder out = new StringBuilder();
    for (String line : welcome.strip().split("\n")) {
      if (out.length() + line.length() + 1 > MAX_GREETING) {
        break;
      }
      out.append(out.length() == 0 ? "" : "\n").append(line.strip());
    }
    if (out.length() > 0) {
      return out.toString();
    }
    String first = welcome.strip().split("\n")[0];
    int cut = first.lastIndexOf(' ', MAX_GREETING - 1);
    return first.substring(0, cut > 0 ? cut : MAX_GREETING - 1).strip() + "…";
  }
}
