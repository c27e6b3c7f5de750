package org.passage.dialog;

import org.passage.screening.RiskProfile;

/**
 * Where a conversation stands, kept (encrypted) between messages.
 *
 * @param lang the chosen language, null until chosen
 * @param node the node last shown, null before the first
 * @param awaitingInput the last node asked for the user's own words
 * @param pendingText a question kept while the user chooses a language, answered right after
 * @param offeredLang the language offered by the last switch offer
 * @param risk what screening has seen in this conversation
 */
public record DialogState(
    String lang, String node, boolean awaitingInput, String pendingText, String offeredLang,
    RiskProfile risk) {

  public static final DialogState NEW = new DialogState(null, null, false, null, null, RiskProfile.EMPTY);

  public DialogState {
    risk = risk == null ? RiskProfile.EMPTY : risk;
  }

  DialogState withLang(String value) {
    return new DialogState(value, node, awaitingInput, pendingText, offeredLang, risk);
  }

  DialogState at(String value, boolean awaiting) {
    return new DialogState(lang, value, awaiting, null, null, risk);
  }

  DialogState pending(String text, String offered) {
    return new DialogState(lang, node, false, text, offered, risk);
  }

  DialogState withRisk(RiskProfile value) {
    return new DialogState(lang, node, awaitingInput, pendingText, offeredLang, value);
  }
}
