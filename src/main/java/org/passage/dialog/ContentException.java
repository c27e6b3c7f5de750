package org.passage.dialog;

import java.util.List;

/**
 * {@code dialogs/} has mistakes; the message lists each one as {@code file:line: key: problem}
 * so that whoever edited the file can find and fix it.
 */
public final class ContentException extends RuntimeException {
  private final List<String> problems;

  public ContentException(List<String> problems) {
    super("dialogs/ has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + ":\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
