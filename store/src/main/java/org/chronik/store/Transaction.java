package org.chronik.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Transactions on a connection. {@link #run}: one write transaction, committed when the work
 * returns, rolled back when it throws (an SQL or any runtime error), the connection's auto-commit
 * restored either way, so a failed batch, import or migration leaves nothing half-written.
 * {@link #snapshot}: several reads from one state of the store.
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

  /**
   * Reads in one snapshot: every statement of the work sees the same state of the store, and
   * nothing is kept (the transaction is rolled back). For a reader connection of its own.
   */
  static <T> T snapshot(Connection c, Work<T> work) throws SQLException {
    c.setAutoCommit(false);
    try {
      return work.run();
    } finally {
      c.rollback();
    }
  }
}
