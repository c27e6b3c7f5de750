package org.passage.nlp;

/** An FAQ intent (an id from dialogs/intents) and the classifier's confidence in it, 0..1. */
public record IntentMatch(String intent, double confidence) {}
