package org.passage.channel.messenger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.passage.privacy.Keys;
import org.passage.store.Database;

/**
 * Messenger's messaging windows, measured from the user's last message
 * ({@code conversations.last_inbound_at}, found through the PSID's pseudonym): the bot may answer
 * within 24 hours ({@code messaging_type=RESPONSE}); staff may answer within 7 days with the
 * {@code HUMAN_AGENT} tag; anything later is closed, with a reason staff can read.
 */
final class MessagingWindow {
  static final Duration STANDARD = Duration.ofHours(24);
  static final Duration HUMAN_AGENT = Duration.ofDays(7);
  private final Database db;
  private final Keys keys;
  private final Clock clock;

  MessagingWindow(Database db, Keys keys, Clock clock) {
    this.db = db;
    this.keys = keys;
    this.clock = clock;
  }

  /** How a message may be sent now. */
  sealed interface Permission {
    record Response() implements Permission {}

    record HumanAgentTag() implements Permission {}

    record Closed(String reason) implements Permission {}
  }

  Permission check(String psid, boolean staffReply) {
    OptionalLong last = lastInbound(keys.pseudonym(MessengerEvents.PLATFORM, psid));
    if (last.isEmpty()) {
      return new Permission.Closed("Not sent: this person has never written to the page, and Messenger only allows replies to people who wrote.");
    }
    Duration since = Duration.ofMillis(Math.max(0, clock.millis() - last.getAsLong()));
    if (since.compareTo(STANDARD) < 0) {
      return new Permission.Response();
    }
    if (staffReply && since.compareTo(HUMAN_AGENT) < 0) {
      return new Permission.HumanAgentTag();
    }
    String ago = since.toHours() < 48 ? since.toHours() + " hours" : since.toDays() + " days";
    return new Permission.Closed(staffReply
        ? "Not sent: the person last wrote " + ago + " ago; Messenger allows a staff reply (Human Agent tag) only within 7 days of their last message. It can be sent when they write again."
        : "Not sent: the person last wrote " + ago + " ago; Messenger allows automated replies only within 24 hours of their last message.");
  }

  private OptionalLong lastInbound(String conversationKey) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT last_inbound_at FROM conversations WHERE conversation_key = ?")) {
        s.setString(1, conversationKey);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            long at = r.getLong(1);
            return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(at);
          }
          return OptionalLong.empty();
        }
      }
    });
  }
}
