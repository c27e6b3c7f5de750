package org.passage.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedScreenerTest {

  static final Screener SCREENER = new WeightedScreener(Path.of("dialogs"));

  static RiskProfile once(Map<String, Double> indicators) {
    return SCREENER.accumulate(RiskProfile.EMPTY, new Screening(indicators, false));
  }

  @Test
  void aSingleWeakKeywordDoesNotFlag() {
    assertFalse(once(Map.of("recruitment_fees_debt", 0.5)).flag());
    assertFalse(once(Map.of("child", 1.0)).flag());
  }

  @Test
  void severalIndicatorsTogetherFlag() {
    assertTrue(once(Map.of("deceptive_recruitment", 1.0, "child", 1.0)).flag());
  }

  @Test
  void aStrongSignOfAGraveIndicatorFlagsAlone() {
    assertTrue(once(Map.of("document_retention", 1.0)).flag());
  }

  @Test
  void riskAccumulatesOverTheConversation() {
    RiskProfile first = once(Map.of("deceptive_recruitment", 1.0));
    assertFalse(first.flag());
    RiskProfile second = SCREENER.accumulate(first, new Screening(Map.of("isolation", 0.5), false));
    assertTrue(second.flag());
    assertEquals(Map.of("deceptive_recruitment", 1.0, "isolation", 0.5), second.indicators());
  }

  @Test
  void anUrgentConversationStaysUrgentAndFlagged() {
    RiskProfile urgent = SCREENER.accumulate(RiskProfile.EMPTY, new Screening(Map.of(), true));
    RiskProfile after = SCREENER.accumulate(urgent, Screening.NONE);
    assertTrue(after.urgent() && after.flag());
    assertTrue(after.risk() >= 0.9);
  }

  @Test
  void nothingShownIsNoRisk() {
    assertEquals(RiskProfile.EMPTY, SCREENER.accumulate(RiskProfile.EMPTY, Screening.NONE));
  }

  @Test
  void aStatementOfBeingBeatenOrLockedInMakesTheConversationUrgent() {
    IndicatorDetector detector = IndicatorDetectorTest.DETECTOR;
    java.util.Map<String, String[]> cases = java.util.Map.of(
        "en", new String[] {"the boss hits me", "nobody hits me"},
        "ka", new String[] {"მცემენ ყოველდღე", "არავინ მცემს"},
        "ru", new String[] {"меня избивает хозяин", "меня никто не избивает"},
        "tr", new String[] {"patron beni dövüyor", "patron beni dövmüyor"},
        "fa", new String[] {"منو کتک میزنن", "کسی منو کتک نمیزنه"},
        "sq", new String[] {"shefi më rreh", "shefi nuk më rreh"});
    cases.forEach((lang, texts) -> {
      RiskProfile stated = SCREENER.accumulate(RiskProfile.EMPTY, detector.screen(texts[0], java.util.List.of(lang)));
      RiskProfile denied = SCREENER.accumulate(RiskProfile.EMPTY, detector.screen(texts[1], java.util.List.of(lang)));
      assertTrue(stated.urgent() && stated.flag(), lang + ": " + texts[0]);
      assertFalse(denied.urgent() || denied.flag(), lang + ": " + texts[1]);
    });
  }
}
