package org.passage.dialog;

import java.util.List;

/** The engine's answer to one message: the state to keep and what to do, in order. */
public record Outcome(DialogState state, List<Action> actions) {
  public Outcome {
    actions = List.copyOf(actions);
  }
}
