package org.passage.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The FAQ example questions of {@code dialogs/intents/<lang>.yaml}: a map of intent id to a list
 * of questions. Languages and intents come back sorted, so training is deterministic. A broken
 * file fails with an {@link IllegalArgumentException} naming the file and the key.
 */
public record IntentPhrases(Map<String, Map<String, List<String>>> byLang) {

  public static IntentPhrases read(Path intentsDir) {
    Map<String, Map<String, List<String>>> byLang = new TreeMap<>();
    if (!Files.isDirectory(intentsDir)) {
      return new IntentPhrases(byLang);
    }
    for (Path file : files(intentsDir)) {
      String lang = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      byLang.put(lang, readFile(file));
    }
    return new IntentPhrases(byLang);
  }

  /** The {@code <lang>.yaml} files of {@code intentsDir}, sorted by name. */
  public static List<Path> files(Path intentsDir) {
    if (!Files.isDirectory(intentsDir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(intentsDir)) {
      return s.filter(p -> p.getFileName().toString().matches("[a-z]{2}\\.yaml")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + intentsDir, e);
    }
  }

  private static Map<String, List<String>> readFile(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": expected a map of intent id to example questions");
    }
    Map<String, List<String>> intents = new TreeMap<>();
    root.fields().forEachRemaining(e -> {
      if (!e.getKey().matches("[a-z][a-z0-9_]*") || !e.getValue().isArray() || e.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            file + ": key '" + e.getKey() + "' must be an intent id with a list of example questions");
      }
      List<String> phrases = new ArrayList<>();
      e.getValue().forEach(q -> {
        if (!q.isTextual() || q.asText().isBlank()) {
          throw new IllegalArgumentException(file + ": key '" + e.getKey() + "' has an empty or non-text question");
        }
        phrases.add(q.asText());
      });
      intents.put(e.getKey(), List.copyOf(phrases));
    });
    return intents;
  }
}
