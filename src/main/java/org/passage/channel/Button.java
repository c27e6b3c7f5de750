package org.passage.channel;

/** A button under a bot message: what it says, and what is sent back when it is pressed. */
public record Button(String label, String payload) {}
