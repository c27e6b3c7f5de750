package org.passage.screening;

import java.util.Map;

/**
 * What a whole conversation has shown so far; kept in the conversation's state.
 *
 * @param indicators indicator id to the strongest evidence seen for it, 0..1
 * @param risk the conversation's risk, 0..1
 * @param flag the risk passed the threshold that makes it a case for staff
 * @param urgent someone was said to be in immediate danger
 */
public record RiskProfile(Map<String, Double> indicators, double risk, boolean flag, boolean urgent) {
  public static final RiskProfile EMPTY = new RiskProfile(Map.of(), 0.0, false, false);

  public RiskProfile {
    indicators = Map.copyOf(indicators);
  }
}
