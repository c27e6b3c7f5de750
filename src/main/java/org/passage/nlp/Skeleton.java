package org.passage.nlp;

import java.util.Map;

/**
 * The spelling-independent form of a folded word, so one lexicon matches Georgian and Russian in
 * their own script and in the many Latin transliterations people type ("pasporti wamartves",
 * "tsamartves", "rabotodatel zabral pasport", "hozyain"). A word in Georgian or Cyrillic letters
 * is first transliterated (ჩ ch, ხ kh, წ c, ш sh, х kh, я ya), then Latin spellings are
 * collapsed by the same rules as typed Latin text: for ka, ch/ts/w/c become c and kh/x become x;
 * for ru, sh/sch become s, ya becomes a, kh/h become x. Other languages are left as folded.
 */
public final class Skeleton {

  private static final Map<Character, String> KA = map(
      "ა=a ბ=b გ=g დ=d ე=e ვ=v ზ=z თ=t ი=i კ=k ლ=l მ=m ნ=n ო=o პ=p ჟ=zh რ=r ს=s ტ=t უ=u ფ=p "
          + "ქ=k ღ=gh ყ=q შ=sh ჩ=ch ც=c ძ=dz წ=c ჭ=ch ხ=kh ჯ=j ჰ=h");
  private static final Map<Character, String> RU = map(
      "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f "
          + "х=kh ц=c ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya");
  /** ts/tz for წ, ც, ц at the start or after a vowel; after a consonant it is ტ+ს, т+с ("pasports"). */
  private static final String VOWEL_TS = "(^|[aeiou])t[sz]";
  private static final String[][] KA_RULES = {{"tch", "c"}, {"ch", "c"}, {"sh", "s"}, {"kh", "x"},
      {"gh", "g"}, {"zh", "j"}, {"dz", "z"}, {VOWEL_TS, "$1c"}, {"th", "t"}, {"ph", "p"},
      {"w", "c"}, {"q", "k"}, {"f", "p"}, {"y", "k"}, {"3", "z"}, {"4", "c"}};
  private static final String[][] RU_RULES = {{"shch", "s"}, {"sch", "s"}, {"zh", "z"}, {"kh", "x"},
      {"ch", "c"}, {"sh", "s"}, {VOWEL_TS, "$1c"}, {"yu", "u"}, {"ju", "u"}, {"(?<=.)ya", "a"},
      {"(?<=.)ja", "a"}, {"ye", "e"}, {"yo", "e"}, {"y", "i"}, {"j", "i"}, {"h", "x"}, {"w", "v"},
      {"f", "p"}, {"q", "k"}, {"4", "c"}};

  private Skeleton() {}

  /** The skeleton of a word already folded by {@link TextNormalizer}, in the given language. */
  public static String of(String foldedWord, String lang) {
    return switch (lang) {
      case "ka" -> collapse(transliterate(foldedWord, KA), KA_RULES);
      case "ru" -> collapse(transliterate(foldedWord, RU), RU_RULES);
      default -> foldedWord;
    };
  }

  private static String transliterate(String word, Map<Character, String> letters) {
    StringBuilder out = new StringBuilder(word.length() + 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(letters.getOrDefault(c, String.valueOf(c)));
    }
    return out.toString();
  }

  private static String collapse(String latin, String[][] rules) {
    String s = latin;
    for (String[] rule : rules) {
      s = s.replaceAll(rule[0], rule[1]);
    }
    return s;
  }

  private static Map<Character, String> map(String pairs) {
    Map<Character, String> map = new java.util.HashMap<>();
    for (String pair : pairs.split(" ")) {
      map.put(pair.charAt(0), pair.substring(2));
    }
    return Map.copyOf(map);
  }
}
