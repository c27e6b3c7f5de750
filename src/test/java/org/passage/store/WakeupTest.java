package org.passage.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WakeupTest {

  @Test
  void aSignalBeforeTheWaitIsNotLost() throws InterruptedException {
    Wakeup wakeup = new Wakeup();
    wakeup.signal();
    long start = System.nanoTime();
    wakeup.await(10_000);
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
  }

  @Test
  void aSignalFromAnotherThreadEndsTheWait() throws InterruptedException {
    Wakeup wakeup = new Wakeup();
    Thread other = new Thread(() -> {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      wakeup.signal();
    });
    long start = System.nanoTime();
    other.start();
    wakeup.await(30_000);
    assertTrue(System.nanoTime() - start < 20_000_000_000L);
    other.join();
  }
}
