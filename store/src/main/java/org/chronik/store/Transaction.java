package org.chronik.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One write transaction on a connection: committed when the work returns, rolled back when it
 * throws (an SQL or any runtime error), the connection's auto-commit restored either way. So a
 * failed batch, import or migration leaves nothing half-written.
 */
final class Transaction {
  /** The statements of one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Transaction() {}

  static <T> T run(Connection c, Work<T> work) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      T result = work.run();
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }
}
