package org.passage.screening;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The conversation's risk as a noisy-OR of its indicators: each indicator keeps the strongest
 * evidence seen in any message, and risk = 1 - product(1 - weight x strength). So one weak sign
 * stays below the flag threshold, several together pass it, and a strong sign of a grave
 * indicator (passport taken, locked in, threats, sexual exploitation) passes it alone. Once
 * urgent, a conversation stays urgent and flagged. Weights and threshold come from
 * {@code dialogs/screening/indicators.yaml}. Pure and thread-safe.
 */
public final class WeightedScreener implements Screener {

  private final ScreeningRules rules;

  WeightedScreener(ScreeningRules rules) {
    this.rules = rules;
  }

  /** Reads the rules from {@code dialogsDir/screening/indicators.yaml}. */
  public WeightedScreener(Path dialogsDir) {
    this(IndicatorDetector.load(dialogsDir.resolve("screening")).rules());
  }

  @Override
  public RiskProfile accumulate(RiskProfile before, Screening message) {
    Map<String, Double> indicators = new HashMap<>(before.indicators());
    message.indicators().forEach((id, s) -> indicators.merge(id, Math.min(1.0, s), Math::max));
    double keep = 1.0;
    for (var e : indicators.entrySet()) {
      keep *= 1.0 - rules.weights().getOrDefault(e.getKey(), 0.0) * e.getValue();
    }
    boolean urgent = before.urgent() || message.urgent();
    double risk = urgent ? Math.max(1.0 - keep, ScreeningRules.URGENT_RISK) : 1.0 - keep;
    risk = Math.round(risk * 1000) / 1000.0;
    return new RiskProfile(indicators, risk, urgent || risk >= rules.flagThreshold(), urgent);
  }
}
