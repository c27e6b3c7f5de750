package org.passage.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.store.Database;

/** A reply sent in parts: each part of a row once, across retries; other rows unaffected. */
class SendProgressTest {
  @TempDir Path dir;
  List<Integer> sent = new ArrayList<>();

  Delivery send(int part, int failing) {
    if (part == failing) {
      return new Delivery.Failed("HTTP 502", true);
    }
    sent.add(part);
    return new Delivery.Sent();
  }

  @Test
  void partsDeliveredBeforeAFailureAreNotSentAgain() {
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"))) {
      SendProgress progress = new SendProgress(db);
      assertEquals(new Delivery.Failed("HTTP 502", true), progress.deliver(7, 3, i -> send(i, 1)));
      assertEquals(new Delivery.Sent(), progress.deliver(7, 3, i -> send(i, -1)));
      assertEquals(List.of(0, 1, 2), sent);
      // done: a retry of the same row would start again, a new row goes out whole
      progress.deliver(8, 3, i -> send(i, -1));
      assertEquals(List.of(0, 1, 2, 0, 1, 2), sent);
    }
  }

  @Test
  void anotherRowWithTheSameTextIsSentWholeWhileAnEarlierOneIsHalfDelivered() {
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"))) {
      SendProgress progress = new SendProgress(db);
      progress.deliver(7, 3, i -> send(i, 1)); // row 7 dies after part 0
      sent.clear();
      progress.deliver(9, 3, i -> send(i, -1)); // the same reply again, a new row
      assertEquals(List.of(0, 1, 2), sent);
      sent.clear();
      progress.deliver(7, 3, i -> send(i, -1)); // an admin retries row 7
      assertEquals(List.of(1, 2), sent);
    }
  }
}
