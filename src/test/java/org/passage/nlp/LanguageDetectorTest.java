package org.passage.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  static final LanguageDetector DETECTOR = LanguageDetector.load();

  @Test
  void georgianCyrillicAndArabicScriptAreNearCertain() {
    assertDetected("ka", "პასპორტი წამართვეს", "en");
    assertDetected("ru", "паспорт забрали", "en");
    assertDetected("fa", "پاسپورتم را گرفتند", "en");
    assertTrue(DETECTOR.detect("პასპორტი წამართვეს", "en").confidence() >= 0.9);
  }

  @Test
  void arabicScriptIsPersianBecauseWeOnlyServePersian() {
    assertDetected("fa", "اين كتاب", "tr");
  }

  @Test
  void georgianInLatinLettersIsGeorgian() {
    assertDetected("ka", "pasporti wamartves", "en");
    assertDetected("ka", "samushao germaniashi", "en");
    assertDetected("ka", "ar mixdian xelfass", "en");
  }

  @Test
  void russianInLatinLettersIsRussian() {
    assertDetected("ru", "rabotodatel zabral pasport", "en");
    assertDetected("ru", "gde rabotat", "en");
  }

  @Test
  void shortTurkishAlbanianAndEnglishAreToldApart() {
    assertDetected("tr", "pasaportumu aldilar", "en");
    assertDetected("sq", "me moren pasaporten", "en");
    assertDetected("en", "they took my passport", "tr");
    assertDetected("tr", "iş arıyorum", "sq");
  }

  @Test
  void textWithoutLettersKeepsTheConversationLanguageWithNoConfidence() {
    LanguageDetector.Detection d = DETECTOR.detect("112 !!", "sq");
    assertEquals("sq", d.lang());
    assertEquals(0.0, d.confidence());
  }

  @Test
  void anAmbiguousWordKeepsTheConversationLanguageWithoutClaimingIt() {
    LanguageDetector.Detection d = DETECTOR.detect("ok", "tr");
    assertEquals("tr", d.lang());
    assertTrue(d.confidence() < 0.9);
  }

  private static void assertDetected(String expected, String text, String prior) {
    assertEquals(expected, DETECTOR.detect(text, prior).lang(), text);
  }
}
