package org.passage.nlp;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passage.screening.IndicatorDetector;
import org.passage.screening.Screening;

/**
 * The production {@link Understander}: {@link LanguageDetector} for the language, the OpenNLP
 * {@link IntentClassifier} for the FAQ intent (the detected language's model, else the
 * conversation's), and {@link IndicatorDetector} for screening with the lexicons of the detected
 * language, the conversation's language and, for Latin text, English (people mix languages).
 * Pure and thread-safe; loads everything once; never logs or stores the text.
 */
public final class OpenNlpUnderstander implements Understander {

  static final List<String> LANGS = List.of("ka", "en", "ru", "tr", "fa", "sq");

  private final LanguageDetector languages;
  private final IntentClassifier intents;
  private final IndicatorDetector indicators;

  OpenNlpUnderstander(LanguageDetector languages, IntentClassifier intents, IndicatorDetector indicators) {
    this.languages = languages;
    this.intents = intents;
    this.indicators = indicators;
  }

  /**
   * Loads the language model from the classpath, the intent models listed in
   * {@code nlpModelsDir/manifest.json} and the lexicons of {@code dialogsDir/screening/}.
   *
   * @throws IllegalStateException a model or the manifest is missing or broken (file named)
   * @throws IllegalArgumentException a screening data file is broken (file and key named)
   */
  public static OpenNlpUnderstander load(Path dialogsDir, Path nlpModelsDir) {
    return new OpenNlpUnderstander(LanguageDetector.load(), IntentClassifier.load(nlpModelsDir),
        IndicatorDetector.load(dialogsDir.resolve("screening")));
  }

  @Override
  public Understanding understand(String text, String conversationLang) {
    String prior = LANGS.contains(conversationLang) ? conversationLang : "en";
    LanguageDetector.Detection detected = languages.detect(text, prior);
    String intentLang = intents.supports(detected.lang()) ? detected.lang() : prior;
    Optional<IntentMatch> intent = intents.classify(text, intentLang);
    Set<String> screenLangs = new LinkedHashSet<>(List.of(detected.lang(), prior));
    if (Scripts.count(text).latin() > 0) {
      screenLangs.add("en");
    }
    Screening screening = indicators.screen(text, screenLangs);
    return new Understanding(detected.lang(), detected.confidence(), intent, screening);
  }
}
