package org.passage.channel.messenger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.passage.channel.OutboundMessage;
import org.passage.outbox.Delivery;
import org.passage.outbox.SendProgress;
import org.passage.outbox.Sender;
import org.passage.store.Json;

/**
 * Delivers replies through the Send API ({@code POST /me/messages}). The messaging window decides
 * first: inside 24 hours {@code RESPONSE}; a staff reply up to 7 days {@code MESSAGE_TAG} with
 * {@code HUMAN_AGENT}; later, {@link Delivery.Refused} with a reason for staff. A message laid out
 * in several parts stops at the first part that fails, and a retry resumes there: no part is sent
 * twice ({@link SendProgress}). Never logs the address, the text or the URL.
 */
final class MessengerSender implements Sender {
  private final GraphApi graph;
  private final MessagingWindow window;
  private final SendProgress progress;

  MessengerSender(GraphApi graph, MessagingWindow window, SendProgress progress) {
    this.graph = graph;
    this.window = window;
    this.progress = progress;
  }

  @Override
  public String platform() {
    return MessengerEvents.PLATFORM;
  }

  @Override
  public Delivery deliver(long deliveryId, String psid, OutboundMessage message) {
    MessagingWindow.Permission permission = window.check(psid, message.staffReply());
    if (permission instanceof MessagingWindow.Permission.Closed closed) {
      return new Delivery.Refused(closed.reason());
    }
    List<ObjectNode> parts;
    try {
      parts = MessageLayout.parts(message);
    } catch (IllegalArgumentException e) {
      return new Delivery.Failed(e.getMessage(), false);
    }
    return progress.deliver(deliveryId, parts.size(), i -> {
      ObjectNode body = Json.MAPPER.createObjectNode();
      body.putObject("recipient").put("id", psid);
      if (permission instanceof MessagingWindow.Permission.HumanAgentTag) {
        body.put("messaging_type", "MESSAGE_TAG").put("tag", "HUMAN_AGENT");
      } else {
        body.put("messaging_type", "RESPONSE");
      }
      body.set("message", parts.get(i));
      try {
        return GraphErrors.outcome(graph.post("me/messages", body.toString()));
      } catch (IOException e) {
        return new Delivery.Failed("network error talking to the Graph API (" + e.getClass().getSimpleName() + ")", true);
      }
    });
  }

  /** Meta allows 300 text calls per second per page; stay under it. */
  @Override
  public double overallPerSecond() {
    return 250;
  }

  /** Several messages into one thread in a burst can be throttled; a reply's parts still flow quickly. */
  @Override
  public double perConversationPerSecond() {
    return 5;
  }
}
