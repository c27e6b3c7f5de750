package org.passage.outbox;

import java.time.Duration;

/** How a delivery attempt ended; each outcome decides what the outbox does next. */
public sealed interface Delivery {

  /** Delivered: the row's text and address are erased. */
  record Sent() implements Delivery {}

  /** The platform asked to slow down: try again after {@code retryAfter}, not counted as a failure. */
  record Throttled(Duration retryAfter) implements Delivery {}

  /** The user blocked the bot or is gone: stop sending to this conversation. */
  record ContactStopped(String reason) implements Delivery {}

  /** The platform will not take it now (e.g. outside the messaging window): kept, with the reason, for staff. */
  record Refused(String reason) implements Delivery {}

  /** Failed: retried with backoff if {@code retryable}, else (or after too many tries) dead-lettered. */
  record Failed(String reason, boolean retryable) implements Delivery {}
}
