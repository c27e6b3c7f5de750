package org.passage.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A bot message as every channel understands it: text and buttons. Channels map it to the platform.
 *
 * @param staffReply written by a person on staff rather than the bot; a platform with a messaging
 *     window may allow it longer (Messenger's Human Agent tag)
 */
public record OutboundMessage(
    String text, List<Button> buttons, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean staffReply) {
  public OutboundMessage {
    buttons = List.copyOf(buttons);
  }

  /** A bot message. */
  public OutboundMessage(String text, List<Button> buttons) {
    this(text, buttons, false);
  }
}
