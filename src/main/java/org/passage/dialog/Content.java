package org.passage.dialog;

import java.util.List;
import java.util.Map;

/**
 * Everything the bot says and knows, loaded and validated from {@code dialogs/} by
 * {@link ContentLoader}. Immutable; a reload builds a new one.
 *
 * @param menu the node shown by /menu and after a language is chosen
 * @param texts language to text key to text, complete in every language
 * @param intents language to intent to example phrases
 */
public record Content(
    String menu,
    Map<String, Node> nodes,
    Map<String, Map<String, String>> texts,
    Map<String, Contact> contacts,
    Map<String, Map<String, List<String>>> intents) {

  public Node node(String id) {
    Node node = nodes.get(id);
    if (node == null) {
      throw new IllegalArgumentException("no node " + id);
    }
    return node;
  }

  /** The raw text of {@code key} in {@code lang}, placeholders not yet filled. */
  public String text(String lang, String key) {
    String text = texts.get(lang).get(key);
    if (text == null) {
      throw new IllegalArgumentException("no text " + key + " in " + lang);
    }
    return text;
  }

  /** The node that answers {@code intent}, if any. */
  public java.util.Optional<Node> nodeForIntent(String intent) {
    return nodes.values().stream().filter(n -> n.intent().filter(intent::equals).isPresent()).findFirst();
  }
}
