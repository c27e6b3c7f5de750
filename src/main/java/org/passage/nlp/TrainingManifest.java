package org.passage.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code nlp-models/manifest.json}: which training data the models in the folder were trained
 * from (SHA-256 of each {@code dialogs/intents/<lang>.yaml}), with which trainer version and
 * threshold, and the cross-validated figures. A test compares it with the data in the repo.
 *
 * @param trainer version of the training procedure; a change means the models must be retrained
 * @param threshold the intent confidence below which no intent is returned
 * @param files data file (relative to the dialogs folder) to its SHA-256
 * @param evaluation language to cross-validation figures printed by {@code train}
 */
public record TrainingManifest(
    String trainer, double threshold, Map<String, String> files, Map<String, Map<String, Double>> evaluation) {

  public static final String TRAINER = "intent-doccat-maxent-qn-skeleton-trigrams-length-l2-v2";
  public static final String FILE = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Reads {@code modelsDir/manifest.json}; fails naming the file and what to run when absent. */
  public static TrainingManifest read(Path modelsDir) {
    Path file = modelsDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: run `java -jar target/passage.jar train`");
    }
    try {
      return JSON.readValue(file.toFile(), TrainingManifest.class);
    } catch (IOException e) {
      throw new IllegalStateException(file + ": not a valid manifest: " + e.getMessage(), e);
    }
  }

  public void write(Path modelsDir) throws IOException {
    Files.createDirectories(modelsDir);
    Files.writeString(modelsDir.resolve(FILE), JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
  }

  /** Relative path (e.g. {@code intents/en.yaml}) to SHA-256 of the training files now in {@code dialogsDir}. */
  public static Map<String, String> hashes(Path dialogsDir) {
    Map<String, String> hashes = new TreeMap<>();
    List<Path> files = IntentPhrases.files(dialogsDir.resolve("intents"));
    for (Path f : files) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        hashes.put(dialogsDir.relativize(f).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
      } catch (IOException | NoSuchAlgorithmException e) {
        throw new IllegalStateException("cannot hash " + f, e);
      }
    }
    return hashes;
  }
}
