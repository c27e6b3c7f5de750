package org.passage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.passage.channel.OutboundMessage;
import org.passage.outbox.Delivery;
import org.passage.outbox.Sender;

/** A sender that records what it was asked to deliver and answers with scripted outcomes. */
public final class RecordingSender implements Sender {
  public record Sent(String address, OutboundMessage message) {}

  private final String platform;
  public final List<Sent> delivered = new ArrayList<>();
  public final Deque<Delivery> script = new ArrayDeque<>();
  public int attempts;

  public RecordingSender(String platform) {
    this.platform = platform;
  }

  @Override
  public String platform() {
    return platform;
  }

  @Override
  public synchronized Delivery deliver(long deliveryId, String address, OutboundMessage message) {
    attempts++;
    Delivery outcome = script.isEmpty() ? new Delivery.Sent() : script.poll();
    if (outcome instanceof Delivery.Sent) {
      delivered.add(new Sent(address, message));
    }
    return outcome;
  }
}
