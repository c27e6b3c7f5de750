package org.passage.nlp;

import java.util.Map;
import java.util.TreeMap;
import org.passage.screening.RiskProfile;
import org.passage.screening.Screener;

/**
 * The quality figures of one held-out set. Screening uses the file's language as the
 * conversation's; language accuracy is measured against a misleading prior (en, or tr for the
 * English set), so the text alone has to show the language.
 */
final class QualityFigures {

  final String lang;
  int risky;
  int flagged;
  int benign;
  int falseFlags;
  int urgentExpected;
  int urgentFound;
  int falseUrgent;
  int langCorrect;
  int rows;
  int intentRows;
  int intentCorrect;
  final Map<String, int[]> indicators = new TreeMap<>();

  private QualityFigures(String lang) {
    this.lang = lang;
  }

  static QualityFigures measure(HeldoutSet set, Understander understander, Screener screener, boolean hasIntentModel) {
    QualityFigures f = new QualityFigures(set.lang());
    String misleadingPrior = set.lang().equals("en") ? "tr" : "en";
    for (HeldoutSet.Row row : set.rows()) {
      Understanding u = understander.understand(row.text(), set.lang());
      RiskProfile risk = screener.accumulate(RiskProfile.EMPTY, u.screening());
      f.rows++;
      f.langCorrect += understander.understand(row.text(), misleadingPrior).lang().equals(set.lang()) ? 1 : 0;
      if (row.flag()) {
        f.risky++;
        f.flagged += risk.flag() ? 1 : 0;
      } else {
        f.benign++;
        f.falseFlags += risk.flag() ? 1 : 0;
      }
      if (row.urgent()) {
        f.urgentExpected++;
        f.urgentFound += risk.urgent() ? 1 : 0;
      } else {
        f.falseUrgent += risk.urgent() ? 1 : 0;
      }
      for (String id : row.indicators()) {
        int[] counts = f.indicators.computeIfAbsent(id, k -> new int[2]);
        counts[0]++;
        counts[1] += u.screening().indicators().containsKey(id) ? 1 : 0;
      }
      if (hasIntentModel && !row.intent().equals("-")) {
        f.intentRows++;
        f.intentCorrect += u.intent().map(i -> i.intent().equals(row.intent())).orElse(false) ? 1 : 0;
      }
    }
    return f;
  }

  double flagRecall() {
    return ratio(flagged, risky);
  }

  double falseFlagRate() {
    return ratio(falseFlags, benign);
  }

  double urgentRecall() {
    return ratio(urgentFound, urgentExpected);
  }

  double langAccuracy() {
    return ratio(langCorrect, rows);
  }

  /** NaN when the language has no intent model yet. */
  double intentAccuracy() {
    return intentRows == 0 ? Double.NaN : ratio(intentCorrect, intentRows);
  }

  static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}
