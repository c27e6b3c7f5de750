package org.passage.dialog;

import java.util.List;

/** The languages the bot speaks, in the order they are offered. */
public final class Languages {
  public static final List<String> ALL = List.of("ka", "en", "ru", "tr", "fa", "sq");

  private Languages() {}

  public static boolean isSupported(String code) {
    return code != null && ALL.contains(code);
  }
}
