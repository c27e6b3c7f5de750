package org.passage;

import java.util.Optional;
import org.passage.config.Config;
import org.passage.nlp.Understanding;
import org.passage.screening.RiskProfile;
import org.passage.screening.Screening;

/** Builds the app with the trained language models from {@code nlp-models/}. */
final class Brains {
  private Brains() {}

  static App build(Config config) {
    // interim until the OpenNLP models land: no intent, no screening
    return App.build(config, (text, lang) -> new Understanding(lang, 0.0, Optional.empty(), Screening.NONE),
        (RiskProfile before, Screening s) -> before);
  }
}
