package org.passage.channel.messenger;

import com.github.messenger4j.Messenger;
import java.time.Clock;
import java.util.Optional;
import org.passage.config.Config;
import org.passage.inbox.Inbox;
import org.passage.outbox.SendProgress;
import org.passage.outbox.Sender;
import org.passage.privacy.Keys;
import org.passage.store.Database;

/**
 * The Messenger channel, built from the configuration: its webhook (for the routes) and its sender
 * (for the outbox). Off when {@code MESSENGER_PAGE_ACCESS_TOKEN} is unset; with it set, the app
 * secret and verify token are required, since an unverifiable webhook must never be open.
 */
public final class MessengerChannel {
  private final MessengerWebhook webhook;
  private final MessengerSender sender;

  private MessengerChannel(MessengerWebhook webhook, MessengerSender sender) {
    this.webhook = webhook;
    this.sender = sender;
  }

  /** The channel if Messenger is configured; throws naming the missing variable if half-configured. */
  public static Optional<MessengerChannel> fromConfig(Config config, Database db, Keys keys, Inbox inbox) {
    return fromConfig(config, db, keys, inbox, Clock.systemUTC());
  }

  static Optional<MessengerChannel> fromConfig(Config config, Database db, Keys keys, Inbox inbox, Clock clock) {
    if (config.messengerPageAccessToken().isEmpty()) {
      return Optional.empty();
    }
    String token = config.messengerPageAccessToken().get();
    String secret = config.messengerAppSecret().orElseThrow(() ->
        new IllegalArgumentException("MESSENGER_APP_SECRET is required when MESSENGER_PAGE_ACCESS_TOKEN is set"));
    String verify = config.messengerVerifyToken().orElseThrow(() ->
        new IllegalArgumentException("MESSENGER_VERIFY_TOKEN is required when MESSENGER_PAGE_ACCESS_TOKEN is set"));
    HubSignature signature = new HubSignature(secret);
    MessengerEvents events = new MessengerEvents(Messenger.create(token, secret, verify), signature, keys);
    GraphApi graph = new GraphApi(config.messengerApiBaseUrl(), config.messengerGraphVersion(), token);
    return Optional.of(new MessengerChannel(
        new MessengerWebhook(verify, signature, events, inbox),
        new MessengerSender(graph, new MessagingWindow(db, keys, clock), new SendProgress(db))));
  }

  public MessengerWebhook webhook() {
    return webhook;
  }

  public Sender sender() {
    return sender;
  }
}
