package org.passage.dialog;

import org.passage.channel.OutboundMessage;
import org.passage.screening.RiskProfile;

/** What the engine decided should happen; the worker carries it out in the same transaction. */
public sealed interface Action {

  /** Send this message to the user. */
  record Reply(OutboundMessage message) implements Action {}

  /**
   * The conversation needs staff: the user asked for a person ({@code kind} person), sent
   * something to check (job_offer), or screening found risk (flagged, urgent). An open case of
   * the same kind for the same conversation is updated rather than duplicated.
   *
   * @param excerpt what the user wrote that raised it, or null
   */
  record CaseRaised(String kind, RiskProfile risk, String excerpt, String lang) implements Action {}

  /** The user asked to be forgotten: erase their state, transcript and contact. */
  record Forgotten() implements Action {}
}
