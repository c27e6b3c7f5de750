package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.outbox.Delivery;

/** {@code outbox retry} requeues dead replies that still hold their text, and refuses the rest. */
class OutboxRetryTest {
  @TempDir Path data;

  static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertTrue(condition.getAsBoolean(), what);
  }

  @Test
  void aRequeuedDeadReplyIsDeliveredOnceByTheRunningServer() throws Exception {
    try (OutboxFixture fixture = new OutboxFixture(data, true)) {
      long id = fixture.reply("u1", new Delivery.Failed("400 Bad Request: test", false));
      await("the reply went dead", () -> TestApps.count(fixture.app, "SELECT count(*) FROM outbox WHERE status = 'dead'") == 1);

      OutboxFixture.Run run = fixture.outbox("retry", String.valueOf(id));
      assertEquals(0, run.exit(), run.out());
      assertEquals(List.of("#" + id + " requeued (was dead: 400 Bad Request: test)",
          "1 of 1 requeued; a running server sends them within about 2 seconds"), run.lines());
      long requeuedAt = System.currentTimeMillis();
      await("the running server delivered it", () -> fixture.sender.delivered.size() == 1);
      // nothing signals the server: its delivery loop polls at least every 2 s (slack for a busy machine)
      assertTrue(System.currentTimeMillis() - requeuedAt < 4_000);
      Thread.sleep(2_500); // another poll: the sent row is not delivered again
      assertEquals(1, fixture.sender.delivered.size());
      assertEquals(2, fixture.sender.attempts);
      assertEquals(OutboxFixture.address("u1"), fixture.sender.delivered.get(0).address());
      assertEquals(1, TestApps.count(fixture.app, "SELECT count(*) FROM outbox WHERE id = " + id
          + " AND status = 'sent' AND body IS NULL AND recipient IS NULL AND last_error IS NULL"));
    }
  }

  @Test
  void erasedDeliveredWaitingAndUnknownRowsAreNotRetried() {
    try (OutboxFixture fixture = new OutboxFixture(data, false)) {
      long erased = fixture.reply("u1", new Delivery.ContactStopped("403 Forbidden: bot was blocked by the user"));
      long sent = fixture.reply("u2", new Delivery.Sent());
      long waiting = fixture.reply("u3", new Delivery.Failed("502 Bad Gateway", true));
      OutboxFixture.Run run = fixture.outbox("retry", String.valueOf(erased), String.valueOf(sent), String.valueOf(waiting), "999");
      assertEquals(2, run.exit(), run.out());
      assertEquals(List.of(
          "#" + erased + " not retried: its text and address were erased (contact stopped: 403 Forbidden: bot was blocked by the user)",
          "#" + sent + " not retried: it is sent, only dead rows can be retried",
          "#" + waiting + " not retried: it is pending, only dead rows can be retried",
          "#999 not retried: no such row",
          "0 of 4 requeued"), run.lines());
      assertEquals(2, fixture.outbox("retry", "--all-dead").exit());
      assertEquals(0, TestApps.count(fixture.app, "SELECT count(*) FROM outbox WHERE last_error LIKE 'retried%'"));
    }
  }

  @Test
  void aDeadReplyToSomeoneWhoHasSinceBlockedTheBotIsNotRetried() {
    try (OutboxFixture fixture = new OutboxFixture(data, false)) {
      long id = fixture.reply("u1", new Delivery.Failed("400 Bad Request: test", false));
      fixture.app.db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE conversations SET blocked_at = 0"));
      OutboxFixture.Run run = fixture.outbox("retry", String.valueOf(id));
      assertEquals(2, run.exit());
      assertEquals("#" + id + " not retried: the person blocked the bot or became unreachable on 1970-01-01T00:00:00Z",
          run.lines().get(0));
    }
  }

  @Test
  void allDeadRequeuesEveryDeadReplyThatHoldsItsTextOnThePlatform() {
    try (OutboxFixture fixture = new OutboxFixture(data, false)) {
      long one = fixture.reply("u1", new Delivery.Failed("400 Bad Request: test", false));
      long two = fixture.reply("u2", new Delivery.Failed("400 Bad Request: test", false));
      fixture.reply("u3", new Delivery.ContactStopped("403 Forbidden: bot was blocked by the user"));
      assertEquals(2, fixture.outbox("retry", "--all-dead", "--platform", "telegram").exit());
      OutboxFixture.Run run = fixture.outbox("retry", "--all-dead", "--platform", "test");
      assertEquals(0, run.exit(), run.out());
      assertEquals(List.of("#" + one + " requeued (was dead: 400 Bad Request: test)",
          "#" + two + " requeued (was dead: 400 Bad Request: test)",
          "2 of 2 requeued; a running server sends them within about 2 seconds"), run.lines());
      assertEquals(2, TestApps.count(fixture.app, "SELECT count(*) FROM outbox WHERE status = 'pending' AND attempts = 0 "
          + "AND last_error = 'retried by admin; before: 400 Bad Request: test'"));
      fixture.app.dispatcher.deliverDue(null);
      assertEquals(2, fixture.sender.delivered.size());
      assertEquals(2, fixture.outbox("retry", "1", "--platform", "test").exit());
    }
  }
}
