package org.passage.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database in WAL mode, migrated to the newest schema on open. Every write
 * goes through {@link #inTransaction}, so a change and the rows it causes commit together.
 */
public final class Database implements AutoCloseable {
  private final DataSource dataSource;

  static final int POOL_SIZE = 6;

  private Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens (creating the file and its folder if needed) and migrates the database at {@code url}. */
  public static Database open(String url) {
    return open(url, true);
  }

  private static Database open(String url, boolean migrate) {
    Optional<Path> file = file(url);
    if (file.isPresent()) {
      Path parent = file.get().toAbsolutePath().getParent();
      try {
        Files.createDirectories(parent);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot create the database folder " + parent + ": " + e.getMessage(), e);
      }
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    // take the write lock at BEGIN, so two writers wait for each other instead of failing
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl(url);
    Flyway flyway = Flyway.configure().dataSource(sqlite).locations("classpath:db/migration").load();
    if (migrate) {
      flyway.migrate();
    } else if (flyway.info().pending().length > 0) {
      throw new IllegalStateException("the database at " + url.substring("jdbc:sqlite:".length())
          + " has an older schema than this program: restart the server with this version first (it upgrades the schema)");
    }
    // opening a SQLite connection (file, PRAGMAs) costs more than most of our transactions
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setPoolName("passage-db");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setAutoCommit(true);
    return new Database(new HikariDataSource(pool));
  }

  /**
   * Opens the database a server already uses, for the admin commands: a missing file means the
   * wrong DATA_DIR or DATABASE_URL, and an empty new database would hide that. It never migrates:
   * a newer admin command must not change the schema under a running older server.
   */
  public static Database openExisting(String url) {
    Optional<Path> file = file(url);
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new IllegalArgumentException("no database at " + file.get().toAbsolutePath()
          + ": set DATA_DIR or DATABASE_URL as for serve");
    }
    return open(url, false);
  }

  /** The file of a SQLite URL; empty for an in-memory or {@code file:} URI database. */
  private static Optional<Path> file(String url) {
    if (!url.startsWith("jdbc:sqlite:")) {
      throw new IllegalArgumentException(
          "DATABASE_URL: only jdbc:sqlite: URLs are supported in this version, was " + url.replaceAll("//.*@", "//***@"));
    }
    String file = url.substring("jdbc:sqlite:".length());
    boolean plain = !file.isEmpty() && !file.startsWith(":memory:") && !file.startsWith("file:");
    return plain ? Optional.of(Path.of(file)) : Optional.empty();
  }

  /** Work done with one connection inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in a transaction: committed if it returns, rolled back if it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /**
   * Runs a read in autocommit mode: one statement's snapshot, no write lock, so a frequent read
   * (a gauge, a check) never makes a writer wait. Use {@link #inTransaction} for anything that
   * writes or must see several statements consistently.
   */
  public <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** The single number a {@code SELECT count(*) ...} query gives, read without the write lock. */
  public long count(String sql) {
    return read(c -> {
      try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
        return r.next() ? r.getLong(1) : 0L;
      }
    });
  }

  /** Closes the pool's connections (SQLite then checkpoints its write-ahead log). */
  @Override
  public void close() {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
  }
}
