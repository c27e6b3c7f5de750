package org.passage.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into parts of at most {@code max} UTF-16 units, the unit both platforms count
 * (Telegram after entity parsing, which plain text does not change; Messenger by characters). It
 * cuts at the last paragraph break, else line break, else space in the second half of the
 * window, and never inside a surrogate pair. Parts carry no leading or trailing blanks.
 */
public final class TextSplitter {
  private TextSplitter() {}

  public static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = cutPoint(rest, max);
      String part = rest.substring(0, cut).stripTrailing();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || parts.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  private static int cutPoint(String text, int max) {
    String window = text.substring(0, max + 1);
    for (String separator : new String[] {"\n\n", "\n", " "}) {
      int at = window.lastIndexOf(separator);
      if (at > max / 2) {
        return at + (separator.equals(" ") ? 1 : separator.length());
      }
    }
    return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
  }
}
