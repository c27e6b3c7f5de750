package org.passage.dialog;

/**
 * The payloads of the engine's buttons. Short on purpose: Telegram allows 64 bytes of
 * callback data, and node ids are short.
 */
final class Payloads {
  static final String GO = "go:";
  static final String LANG = "lang:";
  static final String SWITCH = "switch:";
  static final String KEEP = "keep";
  static final String FORGET_YES = "forget:yes";
  static final String FORGET_NO = "forget:no";

  private Payloads() {}
}
