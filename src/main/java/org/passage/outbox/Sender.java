package org.passage.outbox;

import org.passage.channel.OutboundMessage;

/**
 * Delivers replies to one platform. Implementations map the platform's answers to a
 * {@link Delivery}, which decides whether the outbox retries, waits or stops. They never throw
 * for a platform error, and never log the address or the text.
 */
public interface Sender {

  /** The platform name as stored in the outbox (telegram, messenger, local). */
  String platform();

  /**
   * Sends one message to {@code address} (a chat id, a PSID, a local session). {@code deliveryId}
   * names this delivery (its outbox row) and is the same on every retry, so a sender that splits
   * a reply can resume after the parts an earlier attempt delivered ({@link SendProgress}).
   */
  Delivery deliver(long deliveryId, String address, OutboundMessage message);

  /**
   * True for a sender whose replies are delivered only when asked ({@link Dispatcher#flush}), never
   * by the background loop: the local chat collects its replies within the request.
   */
  default boolean onDemand() {
    return false;
  }

  /** Messages per second this platform accepts in total; 0 for no limit. */
  default double overallPerSecond() {
    return 0;
  }

  /** Messages per second this platform accepts per conversation; 0 for no limit. */
  default double perConversationPerSecond() {
    return 0;
  }
}
