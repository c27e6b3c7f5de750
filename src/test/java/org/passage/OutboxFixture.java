package org.passage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.channel.InboundMessage;
import org.passage.channel.OutboundMessage;
import org.passage.channel.UserInput;
import org.passage.outbox.Delivery;
import org.passage.outbox.OutboxCommand;
import org.passage.store.Json;
import picocli.CommandLine;

/** An app whose "test" platform answers with scripted outcomes, and the {@code outbox} command run on its data folder. */
final class OutboxFixture implements AutoCloseable {
  final Path data;
  final RecordingSender sender = new RecordingSender("test");
  final App app;

  /** {@code started}: with the background worker and delivery loop running, as in production. */
  OutboxFixture(Path data, boolean started) {
    this.data = data;
    FakeUnderstander fake = new FakeUnderstander(TestApps.content());
    App built = App.build(TestApps.config(data, Map.of("WEB_CHAT", "false")), fake, fake);
    built.dispatcher.register(sender);
    this.app = started ? built.start() : built;
  }

  static String address(String user) {
    return "addr-" + user + "-5550123";
  }

  String key(String user) {
    return app.keys.pseudonym("test", user);
  }

  /** {@code user} says /start and the platform answers {@code outcome}; returns the reply's outbox row id. */
  long reply(String user, Delivery outcome) {
    sender.script.add(outcome);
    app.inbox.accept(new InboundMessage("test", "m-" + user, key(user), address(user), Instant.now(),
        new UserInput.Text("/start"), Optional.empty()));
    app.worker.processConversationNow(key(user));
    app.dispatcher.deliverDue(null);
    return TestApps.count(app, "SELECT max(id) FROM outbox WHERE conversation_key = '" + key(user) + "'");
  }

  /** The plaintext of every reply still held in the outbox. */
  List<String> heldTexts() {
    return app.db.inTransaction(c -> {
      List<String> texts = new ArrayList<>();
      try (var r = c.createStatement().executeQuery("SELECT body FROM outbox WHERE body IS NOT NULL")) {
        while (r.next()) {
          texts.add(Json.read(app.keys.sealer("outbox.body").open(r.getBytes(1)), OutboundMessage.class).text());
        }
      }
      return texts;
    });
  }

  record Run(int exit, String out) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  /** {@code passage outbox <args>} with DATA_DIR pointing at this app's folder. */
  Run outbox(String... args) {
    return outbox(data, args);
  }

  /** {@code passage outbox <args>} with DATA_DIR={@code dataDir}; standard output and error together. */
  static Run outbox(Path dataDir, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new OutboxCommand(Map.of("DATA_DIR", dataDir.toString())));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    return new Run(cli.execute(args), out.toString());
  }

  @Override
  public void close() {
    app.close();
  }
}
