package org.passage.store;

import java.sql.SQLException;

/** The database failed; nothing of the failed transaction was written. */
public final class StoreException extends RuntimeException {
  public StoreException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
