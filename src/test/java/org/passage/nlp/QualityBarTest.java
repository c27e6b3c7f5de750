package org.passage.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passage.screening.WeightedScreener;

/**
 * The quality bar of issue #5 on the held-out sets, per language: flag recall >= 0.90, false
 * flags on benign <= 0.10, urgent recall >= 0.90, language accuracy >= 0.95, FAQ intent accuracy
 * >= 0.85 (for languages with intents), and recall >= 0.80 per indicator over all languages.
 * Writes the table to {@code target/quality-report.md} for the model card.
 */
class QualityBarTest {

  static final List<String> LANGS = List.of("ka", "en", "ru", "tr", "fa", "sq");
  static final List<QualityFigures> FIGURES = new ArrayList<>();
  static final List<QualityFigures> BLIND = new ArrayList<>();
  /** The development set the lexicons were broadened on (src/test/resources/dev): a regression guard. */
  static final List<QualityFigures> DEV = new ArrayList<>();

  @BeforeAll
  static void measure() throws IOException {
    OpenNlpUnderstander understander = OpenNlpUnderstander.load(Path.of("dialogs"), Path.of("nlp-models"));
    IntentClassifier intents = IntentClassifier.load(Path.of("nlp-models"));
    WeightedScreener screener = new WeightedScreener(Path.of("dialogs"));
    for (String lang : LANGS) {
      FIGURES.add(QualityFigures.measure(HeldoutSet.read(lang), understander, screener, intents.supports(lang)));
      BLIND.add(QualityFigures.measure(HeldoutSet.read(HeldoutSet.BLIND, lang), understander, screener, false));
      DEV.add(QualityFigures.measure(HeldoutSet.read(HeldoutSet.DEV, lang), understander, screener, false));
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/quality-report.md"), report());
    System.out.println(report());
  }

  @Test
  void everyLanguageMeetsTheScreeningBar() {
    for (QualityFigures f : FIGURES) {
      assertTrue(f.flagRecall() >= 0.90, f.lang + " flag recall " + f.flagRecall());
      assertTrue(f.falseFlagRate() <= 0.10, f.lang + " false-flag rate " + f.falseFlagRate());
      assertTrue(f.urgentRecall() >= 0.90, f.lang + " urgent recall " + f.urgentRecall());
    }
  }

  /** The development set was tuned on, so it only guards against regressions when patterns change. */
  @Test
  void everyLanguageKeepsItsDevelopmentSetFigures() {
    for (QualityFigures f : DEV) {
      assertTrue(f.flagRecall() >= 0.90, f.lang + " dev flag recall " + f.flagRecall());
      assertTrue(f.falseFlagRate() <= 0.10, f.lang + " dev false-flag rate " + f.falseFlagRate());
      assertTrue(f.urgentRecall() >= 0.80, f.lang + " dev urgent recall " + f.urgentRecall());
    }
  }

  @Test
  void everyLanguageIsRecognisedFromTheTextAlone() {
    FIGURES.forEach(f -> assertTrue(f.langAccuracy() >= 0.95, f.lang + " language accuracy " + f.langAccuracy()));
  }

  @Test
  void everyLanguageWithIntentsAnswersFaqQuestions() {
    FIGURES.stream().filter(f -> !Double.isNaN(f.intentAccuracy())).forEach(f ->
        assertTrue(f.intentAccuracy() >= 0.85, f.lang + " intent accuracy " + f.intentAccuracy()));
  }

  @Test
  void everyIndicatorIsRecalled() {
    pooled(FIGURES).forEach((id, c) ->
        assertTrue(QualityFigures.ratio(c[1], c[0]) >= 0.80, id + " recall " + c[1] + "/" + c[0]));
  }

  private static Map<String, int[]> pooled(List<QualityFigures> figures) {
    Map<String, int[]> pooled = new TreeMap<>();
    figures.forEach(f -> f.indicators.forEach((id, c) -> {
      int[] p = pooled.computeIfAbsent(id, k -> new int[2]);
      p[0] += c[0];
      p[1] += c[1];
    }));
    return pooled;
  }

  static String report() {
    return "### Held-out set (enforced)\n\n" + table(FIGURES)
        + "\n### Development set (lexicons broadened on it; regression guard)\n\n" + table(DEV)
        + "\n### Blind set (written independently after the last tuning, never tuned on; reported only)\n\n" + table(BLIND);
  }

  private static String table(List<QualityFigures> figures) {
    StringBuilder s = new StringBuilder("| lang | risky | benign | flag recall | false flags | urgent recall "
        + "| false urgent | language acc. | intent acc. |\n|---|---|---|---|---|---|---|---|---|\n");
    for (QualityFigures f : figures) {
      s.append(String.format("| %s | %d | %d | %.2f | %.2f | %.2f (%d/%d) | %d | %.2f | %s |%n", f.lang, f.risky,
          f.benign, f.flagRecall(), f.falseFlagRate(), f.urgentRecall(), f.urgentFound, f.urgentExpected,
          f.falseUrgent, f.langAccuracy(),
          Double.isNaN(f.intentAccuracy()) ? "n/a"
              : String.format("%.2f (%d/%d)", f.intentAccuracy(), f.intentCorrect, f.intentRows)));
    }
    s.append("\n| indicator | ").append(String.join(" | ", LANGS)).append(" | all |\n|---|")
        .append("---|".repeat(LANGS.size() + 1)).append('\n');
    pooled(figures).forEach((id, total) -> {
      s.append("| ").append(id).append(" | ");
      for (QualityFigures f : figures) {
        int[] c = f.indicators.get(id);
        s.append(c == null ? "-" : c[1] + "/" + c[0]).append(" | ");
      }
      s.append(String.format("%.2f |%n", QualityFigures.ratio(total[1], total[0])));
    });
    return s.toString();
  }
}
