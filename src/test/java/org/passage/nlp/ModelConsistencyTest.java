package org.passage.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.Test;

class ModelConsistencyTest {

  static final String RETRAIN = "nlp-models/ does not match dialogs/intents/: run `java -jar target/passage.jar train`"
      + " and commit nlp-models/";

  @Test
  void committedModelsWereTrainedFromTheIntentsInTheRepo() {
    TrainingManifest manifest = TrainingManifest.read(Path.of("nlp-models"));
    assertEquals(TrainingManifest.TRAINER, manifest.trainer(), RETRAIN);
    assertEquals(TrainingManifest.hashes(Path.of("dialogs")), manifest.files(), RETRAIN);
  }

  @Test
  void everyTrainedLanguageHasItsModel() {
    TrainingManifest manifest = TrainingManifest.read(Path.of("nlp-models"));
    IntentClassifier classifier = IntentClassifier.load(Path.of("nlp-models"));
    manifest.files().keySet().forEach(f -> {
      String lang = f.replaceAll(".*/|\\.yaml$", "");
      assertEquals(true, classifier.supports(lang), RETRAIN + " (no model for " + lang + ")");
    });
  }

  @Test
  void trainingIsDeterministic() throws Exception {
    IntentPhrases phrases = IntentPhrases.read(Path.of("dialogs/intents"));
    String lang = phrases.byLang().keySet().iterator().next();
    List<DocumentSample> samples = IntentTrainer.samples(lang, phrases.byLang().get(lang));
    String[] probe = IntentFeatures.of("how can i work abroad legally", lang);
    double[] first = new DocumentCategorizerME(IntentTrainer.fit(lang, samples)).categorize(probe);
    double[] second = new DocumentCategorizerME(IntentTrainer.fit(lang, samples)).categorize(probe);
    assertArrayEquals(first, second, 0.0);
  }
}
