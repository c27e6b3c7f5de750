package org.passage.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentFeaturesTest {

  private static List<String> lengths(String text) {
    return Arrays.stream(IntentFeatures.of(text, "en")).filter(f -> f.startsWith(IntentFeatures.LENGTH)).toList();
  }

  @Test
  void aMessageHasOneLengthFeatureCappedAtFourWords() {
    assertEquals(List.of("n:1"), lengths("hello!"));
    assertEquals(List.of("n:3"), lengths("is anyone there?"));
    assertEquals(List.of("n:4"), lengths("how do i get a work permit in poland"));
  }

  @Test
  void noWordsMeansNoFeaturesAtAll() {
    assertEquals(0, IntentFeatures.of("?!", "en").length);
    assertEquals(0, IntentFeatures.of("", "ka").length);
  }

  @Test
  void georgianInLatinLettersSharesWordFeaturesWithGeorgianScript() {
    assertTrue(Arrays.asList(IntentFeatures.of("gamarjoba", "ka")).containsAll(
        Arrays.asList(IntentFeatures.of("გამარჯობა", "ka"))));
  }
}
