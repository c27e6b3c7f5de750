package org.passage.screening;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passage.nlp.Skeleton;
import org.passage.nlp.TextNormalizer;

/**
 * Finds signs of trafficking in one message with the lexicons of {@code dialogs/screening/}. A
 * match preceded (within the negation window, same clause) by a negation word that is not part of
 * the pattern does not count ("nobody took my passport"); one after a hedge in the same clause
 * ("what if they take my passport") counts at the hedge factor. An indicator match never spans
 * punctuation ("nobody locked me, i can go out" is two statements); an urgent one may ("help,
 * they locked me in"). Statements about other people
 * ("my cousin is forced to ...") count in full. An urgent statement ("they lock us in at night")
 * is read like an indicator match (negation, hedges, one segment) and does not count in a message
 * that marks the situation as past ("years ago ..., now i am home"), which stays a case. A strong sign of being held, hurt or sexually exploited in a
 * message that calls for help ("... we cannot get out, please help") is urgent however far apart
 * the two are. Pure and thread-safe; never logs the text.
 */
public final class IndicatorDetector {

  private final ScreeningData data;

  private IndicatorDetector(ScreeningData data) {
    this.data = data;
  }

  /** Reads {@code screeningDir}; fails naming the file and key of any mistake. */
  public static IndicatorDetector load(Path screeningDir) {
    return new IndicatorDetector(ScreeningData.load(screeningDir));
  }

  /** The rules the lexicons were loaded with, for the {@link Screener} to share. */
  ScreeningRules rules() {
    return data.rules();
  }

  /** Screens {@code text} with the lexicons of {@code langs} (those without a lexicon are skipped). */
  public Screening screen(String text, Collection<String> langs) {
    List<List<String>> clauses = TextNormalizer.clauses(text);
    Map<String, Double> found = new HashMap<>();
    boolean urgent = false;
    boolean distress = false;
    for (String lang : Set.copyOf(langs)) {
      LanguageLexicon lexicon = data.lexicons().get(lang);
      if (lexicon == null) {
        continue;
      }
      Words words = Words.of(clauses, lexicon);
      distress |= words.skeletons().stream().anyMatch(lexicon.distress()::contains);
      lexicon.indicators().forEach((id, patterns) -> {
        for (LanguageLexicon.Weighted w : patterns) {
          double s = w.strength() * best(w.pattern(), words, lexicon, !data.rules().unhedged().contains(id), true);
          if (s > 0) {
            found.merge(id, s, Math::max);
          }
        }
      });
      for (LexiconPattern p : lexicon.urgent()) {
        urgent |= best(p, words, lexicon, false, false) >= 1.0;
      }
      if (!urgent && lexicon.resolved().stream().noneMatch(p -> best(p, words, lexicon, false, false) > 0)) {
        for (LexiconPattern p : lexicon.urgentStatements()) {
          urgent |= best(p, words, lexicon, true, true) >= 1.0;
        }
      }
    }
    // "years ago" may only say when someone arrived ("i came 2 years ago, now he locks us in"): a
    // resolved marker does not silence signs that mean danger together or a call for help
    for (Set<String> together : data.rules().urgentTogether()) {
      urgent |= together.stream().allMatch(id -> found.getOrDefault(id, 0.0) >= 1.0);
    }
    if (distress) {
      urgent |= data.rules().urgentWithDistress().stream().anyMatch(id -> found.getOrDefault(id, 0.0) >= 1.0);
    }
    return new Screening(found, urgent);
  }

  /**
   * 1 for a plain match, the hedge factor for a hedged one, 0 when absent or negated. A match
   * that must lie in one segment ({@code oneSegment}: indicators, urgent statements) does not
   * count when a legitimate context is stated in it or just before it.
   */
  private double best(
      LexiconPattern pattern, Words words, LanguageLexicon lexicon, boolean hedgeable, boolean oneSegment) {
    double[] best = {0};
    pattern.matches(words.skeletons(), positions -> {
      if (best[0] < 1.0 && (!oneSegment || (words.oneSegment(positions) && !words.excepted(positions, data.rules().negationWindow())))
          && !words.negated(positions, lexicon.negation(), data.rules().negationWindow(), lexicon.negationAfter())) {
        best[0] = Math.max(best[0], hedgeable && words.hedged(positions[0], lexicon.hedges()) ? data.rules().hedgeFactor() : 1.0);
      }
    });
    return best[0];
  }

  /**
   * A message's words as skeletons of one language, with the clause each word is in (split at
   * punctuation and conjunctions) and the segment (split at punctuation only).
   */
  /** How many words before a match a hedge in the middle of its clause still reaches. */
  static final int HEDGE_REACH = 4;

  private record Words(List<String> skeletons, int[] clause, int[] segment, List<int[]> excepts) {

    static Words of(List<List<String>> clauses, LanguageLexicon lexicon) {
      List<String> skeletons = new ArrayList<>();
      List<Integer> clauseOf = new ArrayList<>();
      List<Integer> segmentOf = new ArrayList<>();
      int c = 0;
      int segment = 0;
      for (List<String> clause : clauses) {
        if (!clause.isEmpty() && !lexicon.clauseBreaks().contains(Skeleton.of(clause.get(0), lexicon.lang()))) {
          segment++;
        }
        for (String w : clause) {
          String s = Skeleton.of(w, lexicon.lang());
          if (lexicon.clauseBreaks().contains(s)) {
            c++;
          }
          skeletons.add(s);
          clauseOf.add(c);
          segmentOf.add(segment);
        }
        c++;
      }
      Words words = new Words(skeletons, clauseOf.stream().mapToInt(Integer::intValue).toArray(),
          segmentOf.stream().mapToInt(Integer::intValue).toArray(), new ArrayList<>());
      // where legitimate contexts ("a copy of", lexicon.except) are stated, each within one clause
      for (LexiconPattern p : lexicon.except()) {
        p.matches(skeletons, positions -> {
          if (words.oneClause(positions)) {
            words.excepts().add(positions);
          }
        });
      }
      return words;
    }

    /**
     * Whether a legitimate context qualifies a match: one of its words (other than the match's own)
     * lies inside the match or at most {@code window} words before it, in the same clause. "kept
     * a <copy of> my passport" is excepted; "took my passport and sent my photos" is not (the
     * photo comes after), nor "sent them photos and they took my passport" (another clause). A
     * context that shares a word with the match counts only when its other words stand within
     * the window of that shared word.
     */
    boolean excepted(int[] match, int window) {
      int first = match[0];
      int last = match[match.length - 1];
      for (int[] context : excepts) {
        int shared = -1;
        for (int p : context) {
          if (contains(match, p)) {
            shared = p;
          }
        }
        for (int p : context) {
          if (contains(match, p) || p < first - window || p > last || clause[p] != clause[first]) {
            continue;
          }
          if (shared < 0 || Math.abs(p - shared) <= window) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * A negation word shortly before a matched word (or, in verb-final languages, just after the
     * match), in the same clause as that word and not part of the match. A pattern that contains a
     * negation itself ("dont pay", "ar mixdian") is never denied: "nobody ... cant call" is
     * negative concord, not a double negative.
     */
    boolean negated(int[] positions, Set<String> negation, int window, int after) {
      for (int p : positions) {
        if (negation.contains(skeletons.get(p))) {
          return false;
        }
      }
      int last = positions[positions.length - 1];
      for (int i = Math.max(0, positions[0] - window); i <= Math.min(skeletons.size() - 1, last + after); i++) {
        if (!negation.contains(skeletons.get(i)) || contains(positions, i)) {
          continue;
        }
        int target = i > last ? last : next(positions, i);
        if (clause[i] == clause[target] && (i > last || target - i <= window)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether all matched words are between the same punctuation marks: "nobody locked me, i can
     * go out" is two statements, but ", but"/", а" continues the statement before it.
     */
    boolean oneSegment(int[] positions) {
      return segment[positions[0]] == segment[positions[positions.length - 1]];
    }

    /** Whether all matched words are in one clause (not split by punctuation or a conjunction). */
    boolean oneClause(int[] positions) {
      return clause[positions[0]] == clause[positions[positions.length - 1]];
    }

    /** The first matched position after {@code i}. */
    private static int next(int[] positions, int i) {
      for (int p : positions) {
        if (p > i) {
          return p;
        }
      }
      return positions[positions.length - 1];
    }

    /**
     * A hedge in the match's clause before the match, among the clause's first two words ("what if
     * ...", "heard that ...") or at most {@link #HEDGE_REACH} words before the match ("what should
     * i do if they take ...", "is it legal if the boss keeps ...").
     */
    boolean hedged(int first, Set<String> hedges) {
      int start = first;
      while (start > 0 && clause[start - 1] == clause[first]) {
        start--;
      }
      for (int i = start; i < first; i++) {
        if ((i < start + 2 || first - i <= HEDGE_REACH) && hedges.contains(skeletons.get(i))) {
          return true;
        }
      }
      return false;
    }

    private static boolean contains(int[] positions, int i) {
      for (int p : positions) {
        if (p == i) {
          return true;
        }
      }
      return false;
    }
  }
}
