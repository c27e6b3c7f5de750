package org.passage.nlp;

/**
 * Reads one free-text message: which language it is in, which FAQ intent it asks about, and
 * which signs of trafficking it shows. Implementations are pure and thread-safe: the same
 * text and prior give the same answer, and nothing is logged or stored.
 */
public interface Understander {

  /**
   * @param text the user's message, as typed
   * @param conversationLang the conversation's language (one of ka, en, ru, tr, fa, sq), used
   *     as the prior when the text itself is too short to tell
   */
  Understanding understand(String text, String conversationLang);
}
