package org.passage.channel.messenger;

import java.time.Duration;
import org.passage.outbox.Delivery;

/**
 * Maps a Send API answer to what the outbox does next. Codes from Meta's error reference and
 * vendor tables (platform-spec §2): 4/17/32/613 and HTTP 429 throttle; 10 with subcode 2018278 is
 * outside the messaging window; 551, subcode 1545041 and 100/2018001 mean the person is not
 * reachable; anything else is retried with backoff and then dead-lettered. Reasons carry codes
 * only, never Meta's message (it may quote ids).
 */
final class GraphErrors {
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

  private GraphErrors() {}

  static Delivery outcome(GraphApi.Answer a) {
    if (a.ok()) {
      return new Delivery.Sent();
    }
    String codes = "Graph API error (HTTP " + a.status() + ", code " + a.code() + ", subcode " + a.subcode() + ")";
    if (a.status() == 429 || a.code() == 4 || a.code() == 17 || a.code() == 32 || a.code() == 613) {
      return new Delivery.Throttled(a.retryAfter().orElse(DEFAULT_RETRY_AFTER));
    }
    if (a.subcode() == 2018278) {
      return new Delivery.Refused("Messenger refused: outside the allowed messaging window. " + codes);
    }
    if (a.code() == 551 || a.subcode() == 1545041 || (a.code() == 100 && a.subcode() == 2018001)) {
      return new Delivery.ContactStopped("the person is not available on Messenger. " + codes);
    }
    return new Delivery.Failed(codes, true);
  }
}
