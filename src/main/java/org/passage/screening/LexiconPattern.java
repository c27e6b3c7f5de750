package org.passage.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.passage.nlp.Skeleton;
import org.passage.nlp.TextNormalizer;

/**
 * One lexicon pattern, e.g. {@code took|taken|keep|kept passport|documents}: parts separated by
 * spaces, alternatives within a part by {@code |}. An alternative matches any word that starts
 * with it ({@code pasport} matches {@code pasporti}); {@code =ar} matches the word {@code ar}
 * only. All parts must match different words, in any order, within {@code 3 x parts} words.
 * Words are compared as {@link Skeleton}s of the lexicon's language.
 */
record LexiconPattern(String source, List<List<Alternative>> parts) {

  /** One spelling of a part. */
  record Alternative(String stem, boolean exact) {
    boolean matches(String word) {
      return exact ? word.equals(stem) : word.startsWith(stem);
    }
  }

  static LexiconPattern parse(String source, String lang) {
    List<List<Alternative>> parts = new ArrayList<>();
    for (String part : source.trim().split("\\s+")) {
      List<Alternative> alternatives = new ArrayList<>();
      if (part.startsWith("|") || part.endsWith("|") || part.contains("||")) {
        throw new IllegalArgumentException("pattern '" + source + "' has an empty alternative in '" + part + "'");
      }
      for (String alt : part.split("\\|")) {
        boolean exact = alt.startsWith("=");
        String word = TextNormalizer.normalize(exact ? alt.substring(1) : alt).replace(" ", "");
        if (word.isEmpty()) {
          throw new IllegalArgumentException("pattern '" + source + "' has an empty alternative in '" + part + "'");
        }
        alternatives.add(new Alternative(Skeleton.of(word, lang), exact));
      }
      parts.add(List.copyOf(alternatives));
    }
    if (parts.isEmpty() || parts.get(0).isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    return new LexiconPattern(source, List.copyOf(parts));
  }

  /** Calls {@code found} with the word positions (sorted) of every way the pattern matches {@code words}. */
  void matches(List<String> words, Consumer<int[]> found) {
    int[] chosen = new int[parts.size()];
    search(words, 0, chosen, found);
  }

  private void search(List<String> words, int part, int[] chosen, Consumer<int[]> found) {
    if (part == parts.size()) {
      int[] sorted = chosen.clone();
      Arrays.sort(sorted);
      if (sorted[sorted.length - 1] - sorted[0] < 3 * parts.size()) {
        found.accept(sorted);
      }
      return;
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (isChosen(chosen, part, i) || parts.get(part).stream().noneMatch(a -> a.matches(word))) {
        continue;
      }
      if (part > 0 && Math.abs(i - chosen[0]) >= 3 * parts.size()) {
        continue;
      }
      chosen[part] = i;
      search(words, part + 1, chosen, found);
    }
  }

  private static boolean isChosen(int[] chosen, int upTo, int position) {
    for (int k = 0; k < upTo; k++) {
      if (chosen[k] == position) {
        return true;
      }
    }
    return false;
  }
}
