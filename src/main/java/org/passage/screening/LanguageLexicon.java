package org.passage.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The screening patterns of one language ({@code dialogs/screening/<lang>.yaml}), parsed.
 *
 * @param lang the language, which also picks the {@link Skeleton} spelling
 * @param negation words that deny a match shortly after them ("nobody", "didnt", "არ")
 * @param negationAfter how many words after a match a negation word still denies it (verb-final
 *     languages: Persian "زندانی نکرده", Turkish "kilitli değil")
 * @param clauseBreaks words that end a negation's or hedge's reach ("and", "but")
 * @param hedges words that make what follows in the clause hypothetical or rumour ("if")
 * @param indicators indicator id to its patterns, each with its strength
 * @param urgent patterns meaning immediate danger, matched even when hedged or across commas
 *     ("if you leave we will kill you", "help, they locked me in")
 * @param urgentStatements statements of immediate danger (locked in, beaten, a child hurt): urgent
 *     when stated like an indicator match, i.e. not negated, not hedged, within one segment
 * @param resolved patterns that mark a past, resolved situation ("years ago", "now i am home"):
 *     when one is in the message, {@code urgentStatements} do not make it urgent
 * @param distress words that call for help ("help", "sos", "помогите"): with a strong sign of
 *     an indicator listed under {@code urgent_with_distress}, anywhere in the message, urgent
 * @param except legitimate contexts ("a copy of my passport", "returned it the next day"): an
 *     indicator match or urgent statement between the same punctuation marks as one of these
 *     does not count
 */
record LanguageLexicon(
    String lang,
    Set<String> negation,
    int negationAfter,
    Set<String> clauseBreaks,
    Set<String> hedges,
    Map<String, List<Weighted>> indicators,
    List<LexiconPattern> urgent,
    List<LexiconPattern> urgentStatements,
    List<LexiconPattern> resolved,
    Set<String> distress,
    List<LexiconPattern> except) {

  /** A pattern and the strength a match gives its indicator. */
  record Weighted(LexiconPattern pattern, double strength) {}
}
