package org.passage.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of {@code dialogs/screening/indicators.yaml}: how much each indicator weighs in a
 * conversation's risk, the risk at which a conversation is flagged, and which indicators seen
 * together in one message mean immediate danger.
 *
 * @param weights indicator id to its weight 0..1 (the risk one certain sign of it alone gives)
 * @param flagThreshold risk at or above which a conversation becomes a case
 * @param weakStrength strength of a "weak" pattern match (a "strong" one is 1.0)
 * @param hedgeFactor strength multiplier for hypothetical or rumoured statements ("what if ...")
 * @param negationWindow how many words before a match a negation word cancels it
 * @param urgentTogether sets of indicators that, all shown strongly in one message, are urgent
 * @param unhedged indicators that hedges do not weaken (threats are said as "if you leave ...")
 * @param urgentWithDistress indicators that, shown strongly in a message that also calls for help
 *     (a {@code distress} word of its language: "help", "помогите"), mean immediate danger
 */
record ScreeningRules(
    Map<String, Double> weights,
    double flagThreshold,
    double weakStrength,
    double hedgeFactor,
    int negationWindow,
    List<Set<String>> urgentTogether,
    Set<String> unhedged,
    Set<String> urgentWithDistress) {

  static final List<String> INDICATORS = List.of(
      "deceptive_recruitment", "recruitment_fees_debt", "document_retention", "movement_restriction",
      "isolation", "threats_violence", "wage_withholding", "abusive_conditions", "sexual_exploitation",
      "child");

  /** Risk given to an urgent conversation, whatever its indicators. */
  static final double URGENT_RISK = 0.95;
}
