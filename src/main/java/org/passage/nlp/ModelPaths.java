package org.passage.nlp;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --dialogs} and {@code --models} options shared by the commands that load the models. */
public final class ModelPaths {
  @Option(names = "--dialogs", defaultValue = "${env:DIALOGS_DIR:-dialogs}", description = "dialogs folder (default: ${DEFAULT-VALUE})")
  public Path dialogs;

  @Option(names = "--models", defaultValue = "${env:NLP_MODELS_DIR:-nlp-models}", description = "models folder (default: ${DEFAULT-VALUE})")
  public Path models;
}
