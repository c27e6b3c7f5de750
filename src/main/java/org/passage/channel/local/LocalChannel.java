package org.passage.channel.local;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.passage.channel.InboundMessage;
import org.passage.channel.OutboundMessage;
import org.passage.channel.UserInput;
import org.passage.inbox.Inbox;
import org.passage.inbox.Worker;
import org.passage.outbox.Dispatcher;
import org.passage.outbox.Sender;
import org.passage.privacy.Keys;

/**
 * Talking to the bot without any platform account: the web chat at {@code /} and the
 * {@code chat} command. Messages take the same path as Telegram's (inbox, worker, outbox); the
 * exchange simply waits for the conversation's replies before returning them.
 */
public final class LocalChannel {
  private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{8,64}");
  private final Inbox inbox;
  private final Keys keys;
  private final Worker worker;
  private final Dispatcher dispatcher;
  private final LocalSender sender = new LocalSender();

  public LocalChannel(Inbox inbox, Keys keys, Worker worker, Dispatcher dispatcher) {
    this.inbox = inbox;
    this.keys = keys;
    this.worker = worker;
    this.dispatcher = dispatcher;
  }

  /** The sender the dispatcher uses for local sessions. */
  public Sender sender() {
    return sender;
  }

  public static boolean isValidSession(String session) {
    return session != null && SESSION.matcher(session).matches();
  }

  /** Sends {@code input} as the user of {@code session} and returns the bot's replies, in order. */
  public List<OutboundMessage> exchange(String session, UserInput input) {
    if (!isValidSession(session)) {
      throw new IllegalArgumentException("a session id is 8 to 64 letters, digits, '-' or '_'");
    }
    String conversation = keys.pseudonym(LocalSender.PLATFORM, session);
    inbox.accept(new InboundMessage(LocalSender.PLATFORM, UUID.randomUUID().toString(), conversation,
        session, Instant.now(), input, Optional.empty()));
    worker.processConversationNow(conversation);
    dispatcher.flush(conversation);
    return sender.take(session);
  }
}
