package org.passage.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void turkishDottedAndDotlessIFoldToTheSameLetter() {
    assertEquals("isci istanbul", TextNormalizer.normalize("İŞÇİ Istanbul"));
    assertEquals(TextNormalizer.normalize("aldılar"), TextNormalizer.normalize("ALDILAR"));
  }

  @Test
  void albanianAndTurkishDiacriticsAreOptional() {
    assertEquals(TextNormalizer.normalize("pasaportën çfarë"), TextNormalizer.normalize("pasaporten cfare"));
    assertEquals(TextNormalizer.normalize("ödemiyorlar şu"), TextNormalizer.normalize("odemiyorlar su"));
  }

  @Test
  void persianLetterVariantsDigitsAndZwnjAreFolded() {
    assertEquals("یک کار 123", TextNormalizer.normalize("يك كار ۱۲۳"));
    assertEquals(TextNormalizer.normalize("نمی\u200cدهند"), TextNormalizer.normalize("نمیدهند"));
    assertEquals("45", TextNormalizer.normalize("٤٥"));
  }

  @Test
  void punctuationSplitsClausesAndApostrophesJoinWords() {
    assertEquals(List.of(List.of("nobody", "took", "my", "passport"), List.of("i", "lost", "it")),
        TextNormalizer.clauses("Nobody took my passport, I lost it!"));
    assertEquals("dont", TextNormalizer.normalize("don't"));
  }
}
