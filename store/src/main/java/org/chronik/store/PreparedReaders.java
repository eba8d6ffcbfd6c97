package org.chronik.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBConnection;

/**
 * One reader connection per thread, each keeping the statements it prepared (by SQL text, the
 * {@value #PER_CONNECTION} most recent): DuckDB spends about 2 ms of CPU preparing an event query,
 * as much as running it on a narrow filter, so a server thread prepares each query shape once.
 * Only for a store opened read-only, whose data cannot change under a prepared plan.
 */
final class PreparedReaders implements AutoCloseable {
  static final int PER_CONNECTION = 64;

  private final DuckDBConnection origin;
  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<Session> local = new ThreadLocal<>();
  private volatile boolean closed;

  PreparedReaders(DuckDBConnection origin) {
    this.origin = origin;
  }

  private final class Session {
    final Connection connection;
    final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
        if (size() > PER_CONNECTION) {
          closeQuietly(eldest.getValue());
          return true;
        }
        return false;
      }
    };

    final Thread owner = Thread.currentThread();

    Session() throws SQLException {
      connection = origin.duplicate();
    }

    PreparedStatement statement(Sql sql) throws SQLException {
      String text = sql.toString();
      PreparedStatement st = statements.get(text);
      if (st == null) {
        st = connection.prepareStatement(text);
        statements.put(text, st);
      }
      st.clearParameters();
      sql.bind(st);
      return st;
    }

    void close() {
      statements.values().forEach(PreparedReaders::closeQuietly);
      statements.clear();
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing a reader that already failed
      }
    }
  }

  Rows query(Sql sql) throws SQLException {
    return run(sql, st -> {
      try (ResultSet rs = st.executeQuery()) {
        return Rows.read(rs);
      }
    });
  }

  long scalar(Sql sql) throws SQLException {
    return run(sql, st -> {
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  private interface Use<T> {
    T apply(PreparedStatement st) throws SQLException;
  }

  private <T> T run(Sql sql, Use<T> use) throws SQLException {
    if (closed) {
      throw new SQLException("store closed");
    }
    Session s = local.get();
    if (s == null) {
      // a server's pool ends idle threads and starts new ones: their readers are closed here, so none is left open
      sessions.removeIf(other -> {
        if (other.owner.isAlive()) {
          return false;
        }
        other.close();
        return true;
      });
      s = new Session();
      sessions.add(s);
      local.set(s);
    }
    try {
      return use.apply(s.statement(sql));
    } catch (SQLException | RuntimeException e) {
      // a failed connection is not trusted again: the next query on this thread starts a new one
      local.remove();
      sessions.remove(s);
      s.close();
      throw e;
    }
  }

  /** Readers open now (one per thread that queried and is alive, or ended since the last new reader). */
  int open() {
    return sessions.size();
  }

  @Override
  public void close() {
    closed = true;
    for (Session s : sessions) {
      s.close();
    }
    sessions.clear();
  }

  private static void closeQuietly(PreparedStatement st) {
    try {
      st.close();
    } catch (SQLException ignored) {
      // evicted or closing: nothing left to do with it
    }
  }
}
