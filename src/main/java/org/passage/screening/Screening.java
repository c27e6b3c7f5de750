package org.passage.screening;

import java.util.Map;

/**
 * Signs of trafficking or forced labour found in one message.
 *
 * @param indicators indicator id (see DESIGN.md) to strength 0..1 in this message
 * @param urgent the message says someone is in immediate danger
 */
public record Screening(Map<String, Double> indicators, boolean urgent) {
  public static final Screening NONE = new Screening(Map.of(), false);

  public Screening {
    indicators = Map.copyOf(indicators);
  }
}
