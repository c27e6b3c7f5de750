package org.passage.nlp;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage train}: retrains the intent models from {@code dialogs/} into {@code nlp-models/}. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Retrain the FAQ intent models from dialogs/intents into nlp-models and print the evaluation.")
public final class TrainCommand implements Callable<Integer> {

  @Option(names = "--dialogs", defaultValue = "${env:DIALOGS_DIR:-dialogs}", description = "dialogs folder (default: ${DEFAULT-VALUE})")
  Path dialogs;

  @Option(names = "--models", defaultValue = "${env:NLP_MODELS_DIR:-nlp-models}", description = "models folder (default: ${DEFAULT-VALUE})")
  Path models;

  @Override
  public Integer call() throws Exception {
    TrainingManifest manifest = IntentTrainer.train(dialogs, models);
    System.out.printf("trained %d language(s) into %s (threshold %.2f)%n",
        manifest.evaluation().size(), models, manifest.threshold());
    System.out.println("lang  phrases  cv-accuracy  cv-coverage");
    manifest.evaluation().forEach((lang, f) -> System.out.printf("%-5s %7.0f  %11.3f  %11.3f%n",
        lang, f.get("phrases"), f.get("cvAccuracy"), f.get("cvCoverage")));
    OpenNlpUnderstander.load(dialogs, models);
    System.out.println("screening data in " + dialogs.resolve("screening") + " is valid");
    return 0;
  }
}
