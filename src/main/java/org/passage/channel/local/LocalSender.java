package org.passage.channel.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passage.channel.OutboundMessage;
import org.passage.outbox.Delivery;
import org.passage.outbox.Sender;

/** Delivers local-chat replies into a per-session mailbox that the web chat or terminal reads. */
final class LocalSender implements Sender {
  static final String PLATFORM = "local";
  private static final int MAX_WAITING = 200;
  private final Map<String, List<OutboundMessage>> mailboxes = new ConcurrentHashMap<>();

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public boolean onDemand() {
    return true;
  }

  @Override
  public Delivery deliver(long deliveryId, String session, OutboundMessage message) {
    List<OutboundMessage> box = mailboxes.computeIfAbsent(session, s -> new ArrayList<>());
    synchronized (box) {
      if (box.size() >= MAX_WAITING) {
        box.remove(0); // nobody is reading this session; keep memory bounded
      }
      box.add(message);
    }
    return new Delivery.Sent();
  }

  /** Everything delivered to {@code session} since the last call. */
  List<OutboundMessage> take(String session) {
    List<OutboundMessage> box = mailboxes.remove(session);
    if (box == null) {
      return List.of();
    }
    synchronized (box) {
      return List.copyOf(box);
    }
  }
}
