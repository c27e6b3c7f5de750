package org.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.channel.InboundMessage;
import org.passage.channel.UserInput;
import org.passage.outbox.Delivery;

/** Inbox to engine to outbox to sender, with a recording sender and no background threads. */
class PipelineTest {
  @TempDir Path data;
  App app;
  RecordingSender sender = new RecordingSender("test");

  App build() {
    FakeUnderstander fake = new FakeUnderstander(TestApps.content());
    App built = App.build(TestApps.config(data, Map.of()), fake, fake);
    built.dispatcher.register(sender);
    return built;
  }

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
  }

  InboundMessage message(String externalId, String user, UserInput input) {
    return new InboundMessage("test", externalId, app.keys.pseudonym("test", user), "chat-" + user,
        Instant.now(), input, Optional.empty());
  }

  void run(InboundMessage m) {
    app.inbox.accept(m);
    app.worker.processConversationNow(m.conversationKey());
    app.dispatcher.flush(m.conversationKey());
  }

  long count(String sql) {
    return TestApps.count(app, sql);
  }

  @Test
  void repliesAreDeliveredInOrderToTheUsersAddress() {
    app = build();
    run(message("1", "u1", new UserInput.Text("/start")));
    run(message("2", "u1", new UserInput.ButtonPress("lang:en")));
    assertEquals(3, sender.delivered.size()); // picker, welcome, menu
    assertEquals("chat-u1", sender.delivered.get(0).address());
    assertEquals(6, sender.delivered.get(0).message().buttons().size());
    assertEquals(TestApps.content().text("en", "main"), sender.delivered.get(2).message().text());
  }

  @Test
  void aRedeliveredMessageIsProcessedOnce() {
    app = build();
    InboundMessage m = message("42", "u1", new UserInput.Text("/start"));
    assertTrue(app.inbox.accept(m));
    assertFalse(app.inbox.accept(m));
    app.worker.processConversationNow(m.conversationKey());
    app.dispatcher.flush(m.conversationKey());
    assertEquals(1, sender.delivered.size());
  }

  @Test
  void nothingIdentifyingIsStoredInClear() {
    app = build();
    run(message("1", "secret-user-7", new UserInput.Text("/start")));
    run(message("2", "secret-user-7", new UserInput.ButtonPress("lang:en")));
    run(message("3", "secret-user-7", new UserInput.Text("my name is Nino Beridze")));
    String dump = app.db.inTransaction(c -> {
      StringBuilder all = new StringBuilder();
      for (String table : new String[] {"conversations", "inbox", "outbox", "transcript", "cases"}) {
        try (ResultSet r = c.createStatement().executeQuery("SELECT * FROM " + table)) {
          while (r.next()) {
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
              byte[] b = r.getBytes(i);
              all.append(b == null ? "" : new String(b, java.nio.charset.StandardCharsets.UTF_8)).append('|');
            }
          }
        }
      }
      return all.toString();
    });
    assertFalse(dump.contains("secret-user-7"));
    assertFalse(dump.contains("Nino"));
    assertFalse(dump.contains("chat-secret"));
    assertEquals(0, count("SELECT count(*) FROM inbox WHERE body IS NOT NULL"));
    assertEquals(0, count("SELECT count(*) FROM outbox WHERE status = 'sent' AND (body IS NOT NULL OR recipient IS NOT NULL)"));
  }

  @Test
  void forgetMeErasesStateTranscriptAndContactButStillConfirms() {
    app = build();
    run(message("1", "u1", new UserInput.ButtonPress("lang:en")));
    run(message("2", "u1", new UserInput.ButtonPress("go:talk_to_person")));
    assertEquals(1, count("SELECT count(*) FROM cases"));
    run(message("3", "u1", new UserInput.Text("/forget")));
    run(message("4", "u1", new UserInput.ButtonPress("forget:yes")));
    assertEquals(0, count("SELECT count(*) FROM conversations"));
    assertEquals(0, count("SELECT count(*) FROM transcript"));
    assertEquals(0, count("SELECT count(*) FROM cases WHERE conversation_key NOT LIKE 'erased:%' OR excerpt IS NOT NULL"));
    String last = sender.delivered.get(sender.delivered.size() - 1).message().text();
    assertEquals(TestApps.content().text("en", "forgotten"), last);
  }

  @Test
  void forgetMeAlsoDeletesRepliesThatCouldNotBeDelivered() {
    app = build();
    sender.script.add(new Delivery.Failed("HTTP 400", false));
    sender.script.add(new Delivery.Refused("outside the messaging window"));
    run(message("1", "u1", new UserInput.ButtonPress("lang:en")));
    assertEquals(1, count("SELECT count(*) FROM outbox WHERE status = 'dead' AND body IS NOT NULL"));
    assertEquals(1, count("SELECT count(*) FROM outbox WHERE status = 'refused' AND body IS NOT NULL"));
    run(message("2", "u1", new UserInput.Text("/forget")));
    run(message("3", "u1", new UserInput.ButtonPress("forget:yes")));
    assertEquals(0, count("SELECT count(*) FROM outbox WHERE status <> 'sent'"));
    assertEquals(1, count("SELECT count(*) FROM outbox"));
    String last = sender.delivered.get(sender.delivered.size() - 1).message().text();
    assertEquals(TestApps.content().text("en", "forgotten"), last);
  }

  @Test
  void aThrottledReplyWaitsAndIsDeliveredOnceLater() {
    app = build();
    sender.script.add(new Delivery.Throttled(Duration.ofMillis(1)));
    InboundMessage m = message("1", "u1", new UserInput.Text("/start"));
    app.inbox.accept(m);
    app.worker.processConversationNow(m.conversationKey());
    app.dispatcher.deliverDue(null);
    assertEquals(0, sender.delivered.size());
    assertEquals(1, count("SELECT count(*) FROM outbox WHERE status = 'pending' AND not_before > "
        + System.currentTimeMillis()));
    app.db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE outbox SET not_before = 0"));
    app.dispatcher.deliverDue(null);
    assertEquals(1, sender.delivered.size());
    assertEquals(2, sender.attempts);
  }

  @Test
  void aFailingPlatformIsRetriedThenDeadLettered() {
    app = build();
    for (int i = 0; i < 20; i++) {
      sender.script.add(new Delivery.Failed("HTTP 502", true));
    }
    InboundMessage m = message("1", "u1", new UserInput.Text("/start"));
    app.inbox.accept(m);
    app.worker.processConversationNow(m.conversationKey());
    for (int i = 0; i < 12; i++) {
      app.db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE outbox SET not_before = 0"));
      app.dispatcher.deliverDue(null);
    }
    assertEquals(10, sender.attempts);
    assertEquals(1, count("SELECT count(*) FROM outbox WHERE status = 'dead' AND last_error = 'HTTP 502' AND body IS NOT NULL"));
  }

  @Test
  void aBlockedContactStopsAllItsPendingReplies() {
    app = build();
    sender.script.add(new Delivery.ContactStopped("bot was blocked by the user"));
    run(message("1", "u1", new UserInput.ButtonPress("lang:en")));
    assertEquals(0, sender.delivered.size());
    assertEquals(0, count("SELECT count(*) FROM outbox WHERE status = 'pending'"));
    assertEquals(1, count("SELECT count(*) FROM conversations WHERE blocked_at IS NOT NULL"));
  }

  @Test
  void undeliveredRepliesSurviveARestart() {
    app = build();
    InboundMessage m = message("1", "u1", new UserInput.Text("/start"));
    app.inbox.accept(m);
    app.worker.processConversationNow(m.conversationKey());
    app.close();
    sender = new RecordingSender("test");
    app = build();
    app.dispatcher.deliverDue(null);
    assertEquals(1, sender.delivered.size());
  }

  @Test
  void acceptedButUnprocessedMessagesSurviveARestart() {
    app = build();
    InboundMessage m = message("1", "u1", new UserInput.Text("/start"));
    app.inbox.accept(m);
    app.close();
    app = build();
    app.worker.processConversationNow(m.conversationKey());
    app.dispatcher.flush(m.conversationKey());
    assertEquals(1, sender.delivered.size());
    assertNull(app.db.inTransaction(c -> {
      try (ResultSet r = c.createStatement().executeQuery("SELECT body FROM inbox")) {
        r.next();
        return r.getBytes(1);
      }
    }));
  }

  @Test
  void twoDeliveryLoopsNeverSendTheSameReplyTwice() throws Exception {
    app = build();
    for (int i = 0; i < 20; i++) {
      InboundMessage m = message("m" + i, "user" + i, new UserInput.Text("/start"));
      app.inbox.accept(m);
      app.worker.processConversationNow(m.conversationKey());
    }
    Thread a = new Thread(() -> app.dispatcher.deliverDue(null));
    Thread b = new Thread(() -> app.dispatcher.deliverDue(null));
    a.start();
    b.start();
    a.join();
    b.join();
    assertEquals(20, sender.delivered.size());
    assertEquals(20, sender.attempts);
  }

  @Test
  void aMessageThatKeepsFailingStillGetsAKindAnswerInTheUsersLanguage() {
    app = build();
    run(message("1", "u1", new UserInput.ButtonPress("lang:ru")));
    int before = sender.delivered.size();
    InboundMessage crash = message("2", "u1", new UserInput.Text("CRASH"));
    app.inbox.accept(crash);
    for (int i = 0; i < 6; i++) {
      app.worker.processConversationNow(crash.conversationKey());
    }
    app.dispatcher.flush(crash.conversationKey());
    assertEquals(1, count("SELECT count(*) FROM inbox WHERE status = 'failed' AND attempts = 5 AND body IS NULL"));
    assertEquals(before + 1, sender.delivered.size());
    assertEquals(TestApps.content().text("ru", "not_understood"), sender.delivered.get(before).message().text());
  }
}
