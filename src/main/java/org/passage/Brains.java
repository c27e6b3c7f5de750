package org.passage;

import org.passage.config.Config;
import org.passage.nlp.OpenNlpUnderstander;
import org.passage.screening.WeightedScreener;

/** Builds the app with the trained models from {@code nlp-models/} and the screening data in {@code dialogs/}. */
final class Brains {
  private Brains() {}

  static App build(Config config) {
    return App.build(config, OpenNlpUnderstander.load(config.dialogsDir(), config.nlpModelsDir()),
        new WeightedScreener(config.dialogsDir()));
  }
}
