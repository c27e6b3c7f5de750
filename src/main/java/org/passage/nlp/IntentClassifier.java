package org.passage.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Answers "which FAQ intent is this question?" with one OpenNLP document categorizer per language
 * ({@code nlp-models/intent-<lang>.bin}, listed in the manifest). Below the manifest's threshold,
 * or for a language without a model, there is no intent. Thread-safe: a categorizer is made per
 * call, the models are read-only.
 */
public final class IntentClassifier {

  private final Map<String, DoccatModel> models;
  private final double threshold;

  IntentClassifier(Map<String, DoccatModel> models, double threshold) {
    this.models = Map.copyOf(models);
    this.threshold = threshold;
  }

  /** Loads the models listed in {@code modelsDir/manifest.json}; fails naming a missing or broken file. */
  public static IntentClassifier load(Path modelsDir) {
    TrainingManifest manifest = TrainingManifest.read(modelsDir);
    Map<String, DoccatModel> models = new HashMap<>();
    for (String lang : manifest.evaluation().keySet()) {
      Path file = modelsDir.resolve(modelFile(lang));
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(file + " is missing: run `java -jar target/passage.jar train`");
      }
      try {
        models.put(lang, new DoccatModel(file));
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException(file + ": not a valid OpenNLP doccat model: " + e.getMessage(), e);
      }
    }
    return new IntentClassifier(models, manifest.threshold());
  }

  static String modelFile(String lang) {
    return "intent-" + lang + ".bin";
  }

  public boolean supports(String lang) {
    return models.containsKey(lang);
  }

  /** The best intent and its probability, whatever the threshold; empty without a model. */
  public Optional<IntentMatch> best(String text, String lang) {
    DoccatModel model = models.get(lang);
    String[] features = IntentFeatures.of(text, lang);
    if (model == null || features.length == 0) {
      return Optional.empty();
    }
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    double[] probs = categorizer.categorize(features);
    int best = 0;
    for (int i = 1; i < probs.length; i++) {
      if (probs[i] > probs[best]) {
        best = i;
      }
    }
    return Optional.of(new IntentMatch(categorizer.getCategory(best), probs[best]));
  }

  /** The intent asked about, present only at or above the threshold. */
  public Optional<IntentMatch> classify(String text, String lang) {
    return best(text, lang).filter(m -> m.confidence() >= threshold);
  }
}
