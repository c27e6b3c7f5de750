package org.passage.outbox;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.passage.config.Config;
import org.passage.store.Database;
import picocli.CommandLine.Command;

/**
 * {@code outbox list|retry}: what could not be delivered, and putting dead replies back in the
 * queue. Opens the server's database (DATA_DIR / DATABASE_URL, as {@code serve}), also while the
 * server runs; never reads the keys, so it cannot show a reply's text or address. Exit code 2 on
 * a configuration error or when nothing could be retried.
 */
@Command(name = "outbox", mixinStandardHelpOptions = true,
    description = "Show replies that could not be delivered; retry dead ones.",
    subcommands = {OutboxList.class, OutboxRetry.class})
public final class OutboxCommand implements Runnable {
  private final Map<String, String> env;

  public OutboxCommand() {
    this(System.getenv());
  }

  /** With {@code env} instead of the process environment (tests). */
  public OutboxCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /**
   * Runs {@code work} on the outbox of the server's database and returns its exit code; 2, after
   * saying why on {@code err}, if the configuration is wrong or there is no database.
   */
  int withOutbox(PrintWriter err, ToIntFunction<Undelivered> work) {
    Database db;
    try {
      db = Database.openExisting(Config.from(env).databaseUrl());
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(e.getMessage());
      return 2;
    } catch (org.passage.store.StoreException | org.flywaydb.core.api.FlywayException e) {
      err.println("cannot open the database: " + e.getMessage());
      return 2;
    }
    try (db) {
      return work.applyAsInt(new Undelivered(db));
    } catch (org.passage.store.StoreException e) {
      err.println("the database could not be read or written (is it locked or damaged?): " + e.getMessage());
      return 2;
    }
  }
}
