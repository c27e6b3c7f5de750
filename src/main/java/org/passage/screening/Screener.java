package org.passage.screening;

/**
 * Turns what one message showed into the conversation's risk. Pure: the engine keeps the
 * {@link RiskProfile} in the conversation's state and passes it back in.
 */
public interface Screener {

  /** The conversation's risk after a message that showed {@code message}. */
  RiskProfile accumulate(RiskProfile before, Screening message);
}
