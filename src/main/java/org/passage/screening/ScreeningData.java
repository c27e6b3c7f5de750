package org.passage.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.passage.nlp.Skeleton;
import org.passage.nlp.TextNormalizer;

/**
 * Everything in {@code dialogs/screening/}: {@code indicators.yaml} (rules) and one
 * {@code <lang>.yaml} lexicon per language. Any mistake fails with an
 * {@link IllegalArgumentException} naming the file and the key.
 */
record ScreeningData(ScreeningRules rules, Map<String, LanguageLexicon> lexicons) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static ScreeningData load(Path screeningDir) {
    Path rulesFile = screeningDir.resolve("indicators.yaml");
    ScreeningRules rules = rules(rulesFile, read(rulesFile));
    Map<String, LanguageLexicon> lexicons = new TreeMap<>();
    try (Stream<Path> files = Files.list(screeningDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("[a-z]{2}\\.yaml")).sorted().toList()) {
        String lang = f.getFileName().toString().substring(0, 2);
        lexicons.put(lang, lexicon(f, lang, read(f), rules.weakStrength()));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + screeningDir, e);
    }
    return new ScreeningData(rules, Map.copyOf(lexicons));
  }

  private static JsonNode read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " is missing");
    }
    try {
      JsonNode root = YAML.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException(file + ": expected a map at the top");
      }
      return root;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  private static ScreeningRules rules(Path file, JsonNode root) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String id : ScreeningRules.INDICATORS) {
      JsonNode w = root.path("indicators").path(id).path("weight");
      if (!w.isNumber() || w.asDouble() <= 0 || w.asDouble() > 1) {
        throw new IllegalArgumentException(file + ": key 'indicators." + id + ".weight' must be a number in (0, 1]");
      }
      weights.put(id, w.asDouble());
    }
    Set<String> unhedged = new HashSet<>();
    ScreeningRules.INDICATORS.stream()
        .filter(id -> !root.path("indicators").path(id).path("hedgeable").asBoolean(true)).forEach(unhedged::add);
    List<Set<String>> together = new ArrayList<>();
    for (JsonNode group : root.path("urgent_when_together")) {
      Set<String> ids = new HashSet<>();
      group.forEach(id -> ids.add(known(file, "urgent_when_together", id.asText())));
      together.add(Set.copyOf(ids));
    }
    return new ScreeningRules(Map.copyOf(weights), number(file, root, "flag_threshold"),
        number(file, root, "weak_strength"), number(file, root, "hedge_factor"),
        (int) number(file, root, "negation_window"), List.copyOf(together), Set.copyOf(unhedged));
  }

  private static double number(Path file, JsonNode root, String key) {
    if (!root.path(key).isNumber()) {
      throw new IllegalArgumentException(file + ": key '" + key + "' must be a number");
    }
    return root.path(key).asDouble();
  }

  private static String known(Path file, String key, String id) {
    if (!ScreeningRules.INDICATORS.contains(id)) {
      throw new IllegalArgumentException(file + ": key '" + key + "' names unknown indicator '" + id
          + "' (known: " + String.join(", ", ScreeningRules.INDICATORS) + ")");
    }
    return id;
  }

  private static LanguageLexicon lexicon(Path file, String lang, JsonNode root, double weak) {
    Map<String, List<LanguageLexicon.Weighted>> indicators = new TreeMap<>();
    root.path("indicators").fields().forEachRemaining(e -> {
      String id = known(file, "indicators", e.getKey());
      List<LanguageLexicon.Weighted> patterns = new ArrayList<>();
      patterns(file, lang, "indicators." + id + ".strong", e.getValue().path("strong"))
          .forEach(p -> patterns.add(new LanguageLexicon.Weighted(p, 1.0)));
      patterns(file, lang, "indicators." + id + ".weak", e.getValue().path("weak"))
          .forEach(p -> patterns.add(new LanguageLexicon.Weighted(p, weak)));
      indicators.put(id, List.copyOf(patterns));
    });
    return new LanguageLexicon(lang, words(root, "negation", lang), root.path("negation_after").asInt(0), words(root, "clause_breaks", lang),
        words(root, "hedges", lang), Map.copyOf(indicators), patterns(file, lang, "urgent", root.path("urgent")),
        patterns(file, lang, "urgent_statements", root.path("urgent_statements")),
        patterns(file, lang, "resolved", root.path("resolved")));
  }

  private static List<LexiconPattern> patterns(Path file, String lang, String key, JsonNode list) {
    List<LexiconPattern> patterns = new ArrayList<>();
    for (JsonNode p : list) {
      if (!p.isTextual()) {
        throw new IllegalArgumentException(file + ": key '" + key + "' must be a list of patterns (text)");
      }
      try {
        patterns.add(LexiconPattern.parse(p.asText(), lang));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": key '" + key + "': " + e.getMessage(), e);
      }
    }
    return patterns;
  }

  private static Set<String> words(JsonNode root, String key, String lang) {
    Set<String> words = new HashSet<>();
    root.path(key).forEach(w -> TextNormalizer.tokens(w.asText()).forEach(t -> words.add(Skeleton.of(t, lang))));
    return Set.copyOf(words);
  }
}
