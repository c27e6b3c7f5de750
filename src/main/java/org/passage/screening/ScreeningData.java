package org.passage.screening;

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
import org.passage.dialog.ContentException;
import org.passage.dialog.YamlFile;
import org.passage.nlp.Skeleton;
import org.passage.nlp.TextNormalizer;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Everything in {@code dialogs/screening/}: {@code indicators.yaml} (rules) and one
 * {@code <lang>.yaml} lexicon per language. Every mistake is reported at once as a
 * {@link ContentException} naming the file, the line and the key ({@code screening/en.yaml:12:
 * indicators.isolation.strong[3]: ...}); an unknown key is a mistake, since a misspelt one would
 * silently drop its patterns.
 */
record ScreeningData(ScreeningRules rules, Map<String, LanguageLexicon> lexicons) {

  static final List<String> RULES_KEYS = List.of(
      "flag_threshold", "weak_strength", "hedge_factor", "negation_window", "indicators", "urgent_when_together",
      "urgent_with_distress");
  static final List<String> INDICATOR_KEYS = List.of("weight", "hedgeable", "description");
  static final List<String> LEXICON_KEYS = List.of("negation", "negation_after", "clause_breaks", "hedges",
      "indicators", "urgent", "urgent_statements", "resolved", "distress", "except");
  static final List<String> STRENGTHS = List.of("strong", "weak");

  static ScreeningData load(Path screeningDir) {
    List<String> problems = new ArrayList<>();
    String folder = screeningDir.getFileName() == null ? "" : screeningDir.getFileName() + "/";
    YamlFile rulesFile = YamlFile.read(screeningDir.resolve("indicators.yaml"), folder + "indicators.yaml", problems);
    ScreeningRules rules = rulesFile == null ? null : rules(rulesFile);
    Map<String, LanguageLexicon> lexicons = new TreeMap<>();
    try (Stream<Path> files = Files.list(screeningDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("[a-z]{2}\\.yaml")).sorted().toList()) {
        String lang = f.getFileName().toString().substring(0, 2);
        YamlFile file = YamlFile.read(f, folder + f.getFileName(), problems);
        if (file != null) {
          lexicons.put(lang, lexicon(file, lang, rules == null ? 0.5 : rules.weakStrength()));
        }
      }
    } catch (IOException e) {
      problems.add(folder + ": cannot be listed: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new ContentException(problems);
    }
    return new ScreeningData(rules, Map.copyOf(lexicons));
  }

  private static ScreeningRules rules(YamlFile file) {
    Map<String, Node> root = file.mapping(file.root, "");
    file.onlyKeys(root, "", RULES_KEYS);
    Map<String, Node> indicators = root.containsKey("indicators")
        ? file.mapping(root.get("indicators"), "indicators") : Map.of();
    indicators.forEach((id, node) -> known(file, node, "indicators", id));
    Map<String, Double> weights = new LinkedHashMap<>();
    Set<String> unhedged = new HashSet<>();
    for (String id : ScreeningRules.INDICATORS) {
      String key = "indicators." + id;
      Node node = indicators.get(id);
      if (node == null) {
        file.problem(root.getOrDefault("indicators", file.root), key + ".weight", "is missing (every indicator needs one)");
        continue;
      }
      Map<String, Node> entry = file.mapping(node, key);
      file.onlyKeys(entry, key, INDICATOR_KEYS);
      weights.put(id, number(file, entry.get("weight"), node, key + ".weight", 0.01, 1));
      Node hedgeable = entry.get("hedgeable");
      if (hedgeable != null) {
        String value = file.text(hedgeable, key + ".hedgeable");
        if ("false".equalsIgnoreCase(value)) {
          unhedged.add(id);
        } else if (value != null && !"true".equalsIgnoreCase(value)) {
          file.problem(hedgeable, key + ".hedgeable", "must be true or false, was '" + value + "'");
        }
      }
    }
    List<Set<String>> together = new ArrayList<>();
    if (root.containsKey("urgent_when_together")) {
      List<Node> groups = file.sequence(root.get("urgent_when_together"), "urgent_when_together");
      for (int i = 0; i < groups.size(); i++) {
        String key = "urgent_when_together[" + i + "]";
        Set<String> ids = new HashSet<>();
        for (Node id : file.sequence(groups.get(i), key)) {
          String text = file.text(id, key);
          if (text != null && known(file, id, key, text)) {
            ids.add(text);
          }
        }
        together.add(Set.copyOf(ids));
      }
    }
    Set<String> withDistress = new HashSet<>();
    if (root.containsKey("urgent_with_distress")) {
      for (Node id : file.sequence(root.get("urgent_with_distress"), "urgent_with_distress")) {
        String text = file.text(id, "urgent_with_distress");
        if (text != null && known(file, id, "urgent_with_distress", text)) {
          withDistress.add(text);
        }
      }
    }
    return new ScreeningRules(Map.copyOf(weights),
        number(file, root.get("flag_threshold"), file.root, "flag_threshold", 0, 1),
        number(file, root.get("weak_strength"), file.root, "weak_strength", 0, 1),
        number(file, root.get("hedge_factor"), file.root, "hedge_factor", 0, 1),
        whole(file, root.get("negation_window"), file.root, "negation_window", 0, 20),
        List.copyOf(together), Set.copyOf(unhedged), Set.copyOf(withDistress));
  }

  private static LanguageLexicon lexicon(YamlFile file, String lang, double weak) {
    Map<String, Node> root = file.mapping(file.root, "");
    file.onlyKeys(root, "", LEXICON_KEYS);
    Map<String, List<LanguageLexicon.Weighted>> indicators = new TreeMap<>();
    if (root.containsKey("indicators")) {
      file.mapping(root.get("indicators"), "indicators").forEach((id, node) -> {
        if (!known(file, node, "indicators", id)) {
          return;
        }
        String key = "indicators." + id;
        Map<String, Node> strengths = file.mapping(node, key);
        file.onlyKeys(strengths, key, STRENGTHS);
        List<LanguageLexicon.Weighted> patterns = new ArrayList<>();
        patterns(file, lang, key + ".strong", strengths.get("strong"))
            .forEach(p -> patterns.add(new LanguageLexicon.Weighted(p, 1.0)));
        patterns(file, lang, key + ".weak", strengths.get("weak"))
            .forEach(p -> patterns.add(new LanguageLexicon.Weighted(p, weak)));
        indicators.put(id, List.copyOf(patterns));
      });
    }
    Node after = root.get("negation_after");
    return new LanguageLexicon(lang, words(file, root, "negation", lang),
        after == null ? 0 : whole(file, after, after, "negation_after", 0, 10),
        words(file, root, "clause_breaks", lang), words(file, root, "hedges", lang), Map.copyOf(indicators),
        patterns(file, lang, "urgent", root.get("urgent")),
        patterns(file, lang, "urgent_statements", root.get("urgent_statements")),
        patterns(file, lang, "resolved", root.get("resolved")),
        words(file, root, "distress", lang),
        patterns(file, lang, "except", root.get("except")));
  }

  private static boolean known(YamlFile file, Node at, String key, String id) {
    if (ScreeningRules.INDICATORS.contains(id)) {
      return true;
    }
    file.problem(at, key, "unknown indicator '" + id + "' (known: " + String.join(", ", ScreeningRules.INDICATORS) + ")");
    return false;
  }

  /** A number in [min, max]; {@code NaN} (with the problem recorded) when absent or not one. */
  private static double number(YamlFile file, Node node, Node parent, String key, double min, double max) {
    if (node == null) {
      file.problem(parent, key, "is missing (a number from " + min + " to " + max + ")");
      return Double.NaN;
    }
    String text = file.text(node, key);
    try {
      double value = Double.parseDouble(text == null ? "" : text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    file.problem(node, key, "must be a number from " + min + " to " + max + ", was '" + text + "'");
    return Double.NaN;
  }

  /** A whole number in [min, max]; 0 (with the problem recorded) otherwise. */
  private static int whole(YamlFile file, Node node, Node parent, String key, int min, int max) {
    double value = number(file, node, parent, key, min, max);
    if (Double.isNaN(value)) {
      return 0;
    }
    if (value != Math.rint(value)) {
      file.problem(node, key, "must be a whole number, was " + value);
      return 0;
    }
    return (int) value;
  }

  private static List<LexiconPattern> patterns(YamlFile file, String lang, String key, Node list) {
    List<LexiconPattern> patterns = new ArrayList<>();
    if (list == null) {
      return patterns;
    }
    List<Node> items = file.sequence(list, key);
    for (int i = 0; i < items.size(); i++) {
      String itemKey = key + "[" + i + "]";
      String text = file.text(items.get(i), itemKey);
      if (text == null) {
        continue;
      }
      try {
        patterns.add(LexiconPattern.parse(text, lang));
      } catch (IllegalArgumentException e) {
        file.problem(items.get(i), itemKey, e.getMessage());
      }
    }
    return List.copyOf(patterns);
  }

  private static Set<String> words(YamlFile file, Map<String, Node> root, String key, String lang) {
    Set<String> words = new HashSet<>();
    if (root.containsKey(key)) {
      for (Node w : file.sequence(root.get(key), key)) {
        String text = file.text(w, key);
        if (text != null) {
          TextNormalizer.tokens(text).forEach(t -> words.add(Skeleton.of(t, lang)));
        }
      }
    }
    return Set.copyOf(words);
  }
}
