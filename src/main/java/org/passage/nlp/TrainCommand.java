package org.passage.nlp;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code passage train}: retrains the intent models from {@code dialogs/} into {@code nlp-models/}. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Retrain the FAQ intent models from dialogs/intents into nlp-models and print the evaluation.")
public final class TrainCommand implements Callable<Integer> {

  @Mixin
  ModelPaths paths;

  @Override
  public Integer call() throws Exception {
    TrainingManifest manifest = IntentTrainer.train(paths.dialogs, paths.models);
    System.out.printf("trained %d language(s) into %s (threshold %.2f)%n",
        manifest.evaluation().size(), paths.models, manifest.threshold());
    System.out.println("lang  phrases  cv-accuracy  cv-coverage");
    manifest.evaluation().forEach((lang, f) -> System.out.printf("%-5s %7.0f  %11.3f  %11.3f%n",
        lang, f.get("phrases"), f.get("cvAccuracy"), f.get("cvCoverage")));
    OpenNlpUnderstander.load(paths.dialogs, paths.models);
    System.out.println("screening data in " + paths.dialogs.resolve("screening") + " is valid");
    return 0;
  }
}
