package org.passage.store;

/**
 * Lets a loop that polls stored rows sleep until there is new work or its next deadline: a
 * {@link #signal} between two waits is never lost.
 */
public final class Wakeup {
  private boolean signalled;

  public synchronized void signal() {
    signalled = true;
    notifyAll();
  }

  /** Waits up to {@code millis} unless signalled since the last wait, then clears the signal. */
  public synchronized void await(long millis) throws InterruptedException {
    if (!signalled) {
      wait(Math.max(1, millis));
    }
    signalled = false;
  }
}
