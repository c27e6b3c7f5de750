package org.passage;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.passage.channel.local.LocalChannel;
import org.passage.channel.messenger.MessengerChannel;
import org.passage.channel.telegram.TelegramChannel;
import org.passage.config.Config;
import org.passage.dialog.Content;
import org.passage.dialog.ContentLoader;
import org.passage.dialog.ContentWatcher;
import org.passage.dialog.DialogEngine;
import org.passage.http.Routes;
import org.passage.inbox.ActionWriter;
import org.passage.inbox.Inbox;
import org.passage.inbox.Worker;
import org.passage.nlp.Understander;
import org.passage.outbox.Dispatcher;
import org.passage.outbox.Outbox;
import org.passage.outbox.Sender;
import org.passage.outbox.Undelivered;
import org.passage.privacy.Keys;
import org.passage.screening.Screener;
import org.passage.store.Database;
import org.passage.store.Retention;
import org.passage.triage.Cases;
import org.passage.triage.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole server as a value built from its configuration: database, keys, engine, inbox worker,
 * outbox dispatcher and HTTP routes. Built by {@link #build}, run by {@link #start}, stopped by
 * {@link #close} (in-flight messages finish first). Tests build it on port 0.
 */
public final class App implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(App.class);

  final Config config;
  final Database db;
  final Keys keys;
  final Inbox inbox;
  final Worker worker;
  final Dispatcher dispatcher;
  final LocalChannel local;
  final Optional<MessengerChannel> messenger;
  final Optional<TelegramChannel> telegram;
  final AtomicReference<DialogEngine> engine;
  final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  final Javalin http;
  final Retention retention;
  /** Held here: a Micrometer gauge keeps only a weak reference to what it reads. */
  final Undelivered undelivered;
  final ContentWatcher contentWatcher;

  private App(Config config, Understander understander, Screener screener) {
    this.config = config;
    Content content = ContentLoader.load(config.dialogsDir());
    logUnverifiedContacts(content);
    this.engine = new AtomicReference<>(new DialogEngine(content, understander, screener));
    this.db = Database.open(config.databaseUrl());
    this.keys = Keys.loadOrCreate(config.dataDir().resolve("keys"));
    this.inbox = new Inbox(db, keys);
    Outbox outbox = new Outbox(keys);
    List<Sender> senders = new ArrayList<>();
    this.dispatcher = new Dispatcher(db, outbox, senders);
    ActionWriter writer = new ActionWriter(outbox, new Cases(keys), new Transcript(keys));
    this.worker = new Worker(db, inbox, engine::get, writer, keys, 4, dispatcher::wake);
    this.local = new LocalChannel(inbox, keys, worker, dispatcher);
    dispatcher.register(local.sender());
    this.telegram = TelegramChannel.create(config, db, keys, inbox, metrics);
    telegram.ifPresent(t -> dispatcher.register(t.sender()));
    this.messenger = MessengerChannel.fromConfig(config, db, keys, inbox);
    messenger.ifPresent(m -> dispatcher.register(m.sender()));
    this.retention = new Retention(db, config.retentionDays());
    try {
      this.contentWatcher = new ContentWatcher(config.dialogsDir(),
          fresh -> engine.set(new DialogEngine(fresh, understander, screener)));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot watch " + config.dialogsDir() + ": " + e.getMessage(), e);
    }
    metrics.gauge("passage_inbox_pending", db, d -> d.count("SELECT count(*) FROM inbox WHERE status = 'pending'"));
    metrics.gauge("passage_outbox_pending", db, d -> d.count("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')"));
    this.undelivered = new Undelivered(db);
    metrics.gauge("passage_outbox_dead", undelivered, Undelivered::dead);
    metrics.gauge("passage_outbox_refused", undelivered, Undelivered::refused);
    inbox.onIntake((platform, fresh) -> metrics.counter("passage_inbox_messages",
        "platform", platform, "kind", fresh ? "accepted" : "redelivery").increment());
    dispatcher.onOutcome((platform, outcome) -> metrics.counter("passage_outbox_deliveries",
        "platform", platform, "outcome", outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)).increment());
    this.http = Routes.create(this);
  }

  /** Builds the app; throws with a clear message if dialogs/, the database or the keys are unusable. */
  public static App build(Config config, Understander understander, Screener screener) {
    return new App(config, understander, screener);
  }

  public App start() {
    worker.start();
    dispatcher.start();
    retention.start();
    contentWatcher.start();
    http.start(config.port());
    log.info("Passage listening on port {} (web chat {}, telegram {}, messenger {})", http.port(),
        config.webChat() ? "on" : "off", config.telegramBotToken().isPresent() ? "on" : "off",
        config.messengerPageAccessToken().isPresent() ? "on" : "off");
    return this;
  }

  public int port() {
    return http.port();
  }

  public Config config() {
    return config;
  }

  public Database db() {
    return db;
  }

  public Keys keys() {
    return keys;
  }

  public Inbox inbox() {
    return inbox;
  }

  public LocalChannel local() {
    return local;
  }

  public Optional<MessengerChannel> messenger() {
    return messenger;
  }

  /** The Telegram channel, when TELEGRAM_BOT_TOKEN is set. */
  public Optional<TelegramChannel> telegram() {
    return telegram;
  }

  public PrometheusMeterRegistry metrics() {
    return metrics;
  }

  public DialogEngine engine() {
    return engine.get();
  }

  private static void logUnverifiedContacts(Content content) {
    content.contacts().values().stream().filter(c -> !c.verified()).forEach(c ->
        log.warn("contact '{}' is NOT verified (source: {}); confirm it and set verified: true in dialogs/contacts.yaml",
            c.id(), c.source()));
  }

  /** Stops taking requests, finishes messages in progress, then stops delivering. */
  @Override
  public void close() {
    log.info("Passage stopping: no new requests; finishing messages in progress");
    http.stop();
    retention.close();
    contentWatcher.close();
    worker.close();
    telegram.ifPresent(TelegramChannel::close);
    dispatcher.close();
    db.close();
    log.info("Passage stopped");
  }
}
