package org.passage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.passage.dialog.Content;
import org.passage.nlp.IntentMatch;
import org.passage.nlp.Understander;
import org.passage.nlp.Understanding;
import org.passage.screening.RiskProfile;
import org.passage.screening.Screener;
import org.passage.screening.Screening;

/**
 * A predictable stand-in for the trained models in engine and channel tests: the script tells the
 * language (Georgian, Cyrillic, Arabic), an exact training phrase tells the intent, and the words
 * DANGER and PASSPORT-TAKEN stand for an urgent message and a document-retention indicator,
 * CRASH for a bug, and SLOW for a message that takes two seconds to understand.
 */
public final class FakeUnderstander implements Understander, Screener {
  private final Content content;

  public FakeUnderstander(Content content) {
    this.content = content;
  }

  @Override
  public Understanding understand(String text, String conversationLang) {
    if (text.contains("CRASH")) {
      throw new IllegalStateException("a bug, for tests");
    }
    if (text.contains("SLOW")) {
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String lang = conversationLang;
    double confidence = 0.5;
    if (text.codePoints().anyMatch(c -> c >= 0x10A0 && c <= 0x10FF)) {
      lang = "ka";
      confidence = 0.99;
    } else if (text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
      lang = "ru";
      confidence = 0.99;
    } else if (text.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)) {
      lang = "fa";
      confidence = 0.99;
    }
    String normal = text.strip().toLowerCase(Locale.ROOT);
    Optional<IntentMatch> intent = Optional.empty();
    for (var entry : content.intents().getOrDefault(lang, Map.of()).entrySet()) {
      for (String phrase : entry.getValue()) {
        if (phrase.toLowerCase(Locale.ROOT).equals(normal)) {
          intent = Optional.of(new IntentMatch(entry.getKey(), 1.0));
        }
      }
    }
    Map<String, Double> indicators = text.contains("PASSPORT-TAKEN") ? Map.of("document_retention", 0.9) : Map.of();
    return new Understanding(lang, confidence, intent, new Screening(indicators, text.contains("DANGER")));
  }

  @Override
  public RiskProfile accumulate(RiskProfile before, Screening message) {
    var indicators = new java.util.HashMap<>(before.indicators());
    message.indicators().forEach((k, v) -> indicators.merge(k, v, Math::max));
    double risk = indicators.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return new RiskProfile(indicators, risk, risk >= 0.5 || before.flag(), before.urgent() || message.urgent());
  }

  /** The first training phrase of {@code intent} in {@code lang}. */
  public static String phrase(Content content, String lang, String intent) {
    List<String> phrases = content.intents().get(lang).get(intent);
    return phrases.get(0);
  }
}
