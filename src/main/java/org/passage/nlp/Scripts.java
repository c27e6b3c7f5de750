package org.passage.nlp;

import java.util.Map;

/** Letter counts of a text by script: Georgian (ka), Cyrillic (ru), Arabic (fa) and Latin. */
record Scripts(int ka, int ru, int fa, int latin) {

  static Scripts count(String text) {
    int ka = 0;
    int ru = 0;
    int fa = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case GEORGIAN -> ka++;
        case CYRILLIC -> ru++;
        case ARABIC -> fa++;
        case LATIN -> latin++;
        default -> { }
      }
    }
    return new Scripts(ka, ru, fa, latin);
  }

  int total() {
    return ka + ru + fa + latin;
  }

  /** "ka", "ru", "fa" or "latin", whichever has the most letters (Latin on a tie). */
  String dominant() {
    Map.Entry<String, Integer> best = Map.entry("latin", latin);
    for (Map.Entry<String, Integer> e : Map.of("ka", ka, "ru", ru, "fa", fa).entrySet()) {
      if (e.getValue() > best.getValue()) {
        best = e;
      }
    }
    return best.getKey();
  }

  double share(String script) {
    int n = switch (script) {
      case "ka" -> ka;
      case "ru" -> ru;
      case "fa" -> fa;
      default -> latin;
    };
    return total() == 0 ? 0 : (double) n / total();
  }
}
