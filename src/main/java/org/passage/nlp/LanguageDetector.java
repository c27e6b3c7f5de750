package org.passage.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which of the served languages (ka, en, ru, tr, fa, sq) a short message is in. Script
 * first: Georgian letters mean ka, Cyrillic ru, Arabic script fa. Latin text is scored by
 * {@link LanguageCues} (including transliterated Georgian and Russian) plus the OpenNLP
 * language-detection model for en/tr/sq, and the conversation's language breaks ties. The
 * confidence reflects the text alone, never the prior. Thread-safe.
 */
public final class LanguageDetector {

  /** A detected language and how clearly the text alone shows it, 0..1. */
  public record Detection(String lang, double confidence) {}

  static final List<String> LATIN = List.of("en", "tr", "sq", "ka", "ru");
  private static final Map<String, String> ISO3 = Map.of("eng", "en", "tur", "tr", "sqi", "sq");

  private final LanguageDetectorModel model;
  private final LanguageCues cues;

  private LanguageDetector(LanguageDetectorModel model, LanguageCues cues) {
    this.model = model;
    this.cues = cues;
  }

  /** Loads {@code langdetect-183.bin} from the opennlp-models-langdetect jar on the classpath. */
  public static LanguageDetector load() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException(
            "langdetect-183.bin not on the classpath (dependency opennlp-models-langdetect)");
      }
      return new LanguageDetector(new LanguageDetectorModel(in), LanguageCues.load());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read langdetect-183.bin", e);
    }
  }

  public Detection detect(String text, String prior) {
    Scripts scripts = Scripts.count(text);
    if (scripts.total() == 0) {
      return new Detection(prior, 0.0);
    }
    String script = scripts.dominant();
    if (!script.equals("latin")) {
      double share = scripts.share(script);
      return new Detection(script, Math.min(0.99, 0.5 + 0.49 * share * Math.min(1.0, scripts.total() / 4.0)));
    }
    Map<String, Double> scores = latinScores(text);
    String bestText = best(scores, null);
    Map<String, Double> withPrior = new HashMap<>(scores);
    List<String> tokens = TextNormalizer.tokens(text);
    withPrior.computeIfPresent(prior, (k, v) -> v + (tokens.size() <= 2 ? 0.8 : 0.5));
    String lang = best(withPrior, bestText);
    double margin = scores.get(lang) - scores.entrySet().stream()
        .filter(e -> !e.getKey().equals(lang)).mapToDouble(Map.Entry::getValue).max().orElse(0);
    return new Detection(lang, margin <= 0 ? 0.0 : 1.0 - Math.exp(-margin));
  }

  private Map<String, Double> latinScores(String text) {
    List<String> tokens = TextNormalizer.tokens(text);
    Map<String, Double> scores = new HashMap<>();
    LATIN.forEach(l -> scores.put(l, 0.0));
    for (String token : tokens) {
      List<String> byWord = LATIN.stream().filter(l -> cues.byLang().get(l).words().contains(token)).toList();
      if (!byWord.isEmpty()) {
        byWord.forEach(l -> scores.merge(l, 1.0 / byWord.size(), Double::sum));
        continue;
      }
      List<String> byEnding = LATIN.stream().filter(l -> cues.byLang().get(l).endings().stream()
          .anyMatch(end -> token.length() > end.length() + 1 && token.endsWith(end))).toList();
      byEnding.forEach(l -> scores.merge(l, 0.6 / byEnding.size(), Double::sum));
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String l : LATIN) {
      String letters = cues.byLang().get(l).letters();
      long hits = lower.chars().filter(c -> letters.indexOf(c) >= 0).count();
      scores.merge(l, Math.min(3.0, 1.5 * hits), Double::sum);
    }
    if (tokens.size() >= 2) {
      Language[] predicted = new LanguageDetectorME(model).predictLanguages(text);
      double top = predicted[0].getConfidence();
      double weight = 0.8 * Math.min(1.0, tokens.size() / 5.0);
      for (Language p : predicted) {
        String ours = ISO3.get(p.getLang());
        if (ours != null) {
          scores.merge(ours, weight * p.getConfidence() / top, Double::sum);
        }
      }
    }
    return scores;
  }

  private static String best(Map<String, Double> scores, String tieBreak) {
    String best = tieBreak;
    double max = tieBreak == null ? Double.NEGATIVE_INFINITY : scores.get(tieBreak);
    for (String l : LATIN) {
      if (scores.get(l) > max) {
        max = scores.get(l);
        best = l;
      }
    }
    return best;
  }
}
