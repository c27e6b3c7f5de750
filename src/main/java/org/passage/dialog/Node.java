package org.passage.dialog;

import java.util.List;
import java.util.Optional;

/**
 * One step of a flow: a text, buttons to other nodes, and optionally the FAQ intent it answers,
 * a request for the user's own words, or a handoff to staff on entering it.
 */
public record Node(
    String id,
    String text,
    List<Link> buttons,
    Optional<String> intent,
    Optional<Input> input,
    Optional<String> handoff) {

  /** A button: the text key of its label and the node it goes to. */
  public record Link(String label, String target) {}

  /** The node waits for free text, passes it to staff as {@code handoff}, then goes to {@code next}. */
  public record Input(String handoff, String next) {}
}
