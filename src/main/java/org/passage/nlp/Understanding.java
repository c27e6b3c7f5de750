package org.passage.nlp;

import java.util.Optional;
import org.passage.screening.Screening;

/**
 * What was understood of one message.
 *
 * @param lang the detected language (ka, en, ru, tr, fa, sq), or the conversation's language when
 *     the text does not tell
 * @param langConfidence 0..1; at least 0.9 means the text itself shows the language clearly
 * @param intent the FAQ intent asked about, present only above the classifier's threshold
 * @param screening signs of trafficking in this message alone
 */
public record Understanding(
    String lang, double langConfidence, Optional<IntentMatch> intent, Screening screening) {}
