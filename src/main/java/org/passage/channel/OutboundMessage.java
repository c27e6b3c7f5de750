package org.passage.channel;

import java.util.List;

/** A bot message as every channel understands it: text and buttons. Channels map it to the platform. */
public record OutboundMessage(String text, List<Button> buttons) {
  public OutboundMessage {
    buttons = List.copyOf(buttons);
  }
}
