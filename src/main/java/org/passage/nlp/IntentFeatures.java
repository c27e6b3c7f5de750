package org.passage.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens the intent categorizer sees: the words as {@link Skeleton}s (so Georgian and Russian
 * typed in Latin letters meet the phrases written in their own script) and the character trigrams of each
 * word (with word-boundary marks), so Georgian, Turkish, Russian and Persian inflections and
 * typos still share features with the training phrases. Chosen by 5-fold cross-validation on
 * the English intents (words + trigrams beat words, bigrams and 4- or 5-letter stems). Training
 * and classification must use the same features.
 */
final class IntentFeatures {

  private IntentFeatures() {}

  static String[] of(String text, String lang) {
    List<String> features = new ArrayList<>();
    for (String folded : TextNormalizer.tokens(text)) {
      String w = Skeleton.of(folded, lang);
      features.add(w);
      String marked = "_" + w + "_";
      for (int i = 0; i + 3 <= marked.length(); i++) {
        features.add("c:" + marked.substring(i, i + 3));
      }
    }
    return features.toArray(String[]::new);
  }
}
