package org.passage.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Brings chat text to one comparable form, the same for training phrases, lexicon patterns and
 * messages: lower case; Turkish dotted and dotless i, Latin diacritics (ş ç ğ ö ü ë) and ё folded;
 * Persian/Arabic letter variants (ي/ی, ك/ک, ة, آ), Arabic diacritics, tatweel and ZWNJ folded;
 * Persian and Arabic-Indic digits to ASCII; apostrophes removed (don't to dont); every other
 * non-letter, non-digit to a space. Clause boundaries (. , ! ? ; : and new lines) are kept
 * apart by {@link #clauses}.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** The folded text of one clause or message, words separated by single spaces. */
  public static String normalize(String text) {
    return String.join(" ", tokens(text));
  }

  /** The folded words of {@code text}, clause boundaries ignored. */
  public static List<String> tokens(String text) {
    List<String> all = new ArrayList<>();
    clauses(text).forEach(all::addAll);
    return all;
  }

  /** The folded words of {@code text}, one list per clause (split at . , ! ? ; : ، ؛ ؟ and line ends). */
  public static List<List<String>> clauses(String text) {
    String folded = fold(text);
    List<List<String>> clauses = new ArrayList<>();
    for (String clause : folded.split("[.,!?;:\\n\\r،؛؟…]+")) {
      String cleaned = clause.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
      if (!cleaned.isEmpty()) {
        clauses.add(List.copyOf(Arrays.asList(cleaned.split(" "))));
      }
    }
    return clauses;
  }

  /** Character folding only; punctuation is kept. */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ı', 'î', 'í', 'ì' -> out.append('i');
        case 'ş', 'ș' -> out.append('s');
        case 'ç', 'ć', 'č' -> out.append('c');
        case 'ğ' -> out.append('g');
        case 'ö', 'ó', 'ò' -> out.append('o');
        case 'ü', 'û', 'ú', 'ù' -> out.append('u');
        case 'ë', 'é', 'è', 'ê' -> out.append('e');
        case 'â', 'á', 'à', 'ä' -> out.append('a');
        case 'ё' -> out.append('е');
        case 'ي', 'ى', 'ئ' -> out.append('ی');
        case 'ك' -> out.append('ک');
        case 'ة' -> out.append('ه');
        case 'آ', 'أ', 'إ' -> out.append('ا');
        case 'ؤ' -> out.append('و');
        case '\'', '’', '‘', '`', '´', '\u0307', '\u0640', '\u200c', '\u200d', '\u200f', '\u200e' -> { }
        default -> {
          if (c >= '\u064b' && c <= '\u065f') {
            continue;
          }
          if (c >= '۰' && c <= '۹') {
            out.append((char) ('0' + (c - '۰')));
          } else if (c >= '٠' && c <= '٩') {
            out.append((char) ('0' + (c - '٠')));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
