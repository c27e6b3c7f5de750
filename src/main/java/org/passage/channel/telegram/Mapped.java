package org.passage.channel.telegram;

import java.util.Optional;
import org.passage.channel.InboundMessage;

/**
 * What the webhook does with one Update: accept a normalised message, or ignore it explicitly.
 * Either may carry the id of a callback query to answer, so the user's button stops spinning.
 */
sealed interface Mapped {
  /** The metrics label: text, start, callback, attachment, or why it was ignored. */
  String kind();

  Optional<String> callbackQueryId();

  record Accepted(String kind, InboundMessage message, Optional<String> callbackQueryId) implements Mapped {}

  record Ignored(String kind, Optional<String> callbackQueryId) implements Mapped {
    Ignored(String kind) {
      this(kind, Optional.empty());
    }
  }
}
