package org.passage.screening;

import java.util.Map;

/**
 * The spelling-independent form of a folded word, so one lexicon matches Georgian and Russian in
 * their own script and in the many Latin transliterations people type ("pasporti wamartves",
 * "tsamartves", "rabotodatel zabral pasport", "hozyain"). Both scripts map to the same Latin
 * skeleton: for ka, წ/ც/ჩ/ჭ and w/ts/ch/c all become c, ხ and kh/x become x; for ru, ш/щ and
 * sh/sch become s, я and ya become a, х and kh/h become x. Other languages are left as folded.
 */
final class Skeleton {

  private static final String KA = "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ";
  private static final String KA_LATIN = "abgdevztiklmnopjrstupkgkscczccxjh";
  private static final String RU = "абвгдеёжзийклмнопрстуфхцчшщыэюя";
  private static final String RU_LATIN = "abvgdeezziiklmnoprstupxccssieua";
  private static final Map<String, String[][]> LATIN_RULES = Map.of(
      "ka", new String[][] {{"tch", "c"}, {"ch", "c"}, {"sh", "s"}, {"kh", "x"}, {"gh", "g"}, {"zh", "j"},
          {"dz", "z"}, {"ts", "c"}, {"tz", "c"}, {"th", "t"}, {"ph", "p"}, {"w", "c"}, {"q", "k"},
          {"f", "p"}, {"y", "k"}, {"3", "z"}, {"4", "c"}},
      "ru", new String[][] {{"shch", "s"}, {"sch", "s"}, {"zh", "z"}, {"kh", "x"}, {"ch", "c"}, {"sh", "s"},
          {"ts", "c"}, {"tz", "c"}, {"yu", "u"}, {"ju", "u"}, {"ya", "a"}, {"ja", "a"}, {"ye", "e"},
          {"yo", "e"}, {"y", "i"}, {"j", "i"}, {"h", "x"}, {"w", "v"}, {"f", "p"}, {"q", "k"}, {"4", "c"}});

  private Skeleton() {}

  static String of(String foldedWord, String lang) {
    return switch (lang) {
      case "ka" -> convert(foldedWord, KA, KA_LATIN, LATIN_RULES.get("ka"));
      case "ru" -> convert(foldedWord, RU, RU_LATIN, LATIN_RULES.get("ru"));
      default -> foldedWord;
    };
  }

  private static String convert(String word, String script, String latin, String[][] rules) {
    StringBuilder native_ = new StringBuilder(word.length());
    boolean sawNative = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int at = script.indexOf(c);
      if (at >= 0) {
        native_.append(latin.charAt(at));
        sawNative = true;
      } else if (c != 'ь' && c != 'ъ') {
        native_.append(c);
      } else {
        sawNative = true;
      }
    }
    if (sawNative) {
      return native_.toString();
    }
    String s = word;
    for (String[] rule : rules) {
      s = s.replace(rule[0], rule[1]);
    }
    return s;
  }
}
