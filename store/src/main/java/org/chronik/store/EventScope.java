package org.chronik.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which events an answer is drawn from. A store that holds articles answers from the events read
 * from them; synthetic benchmark events, even when written beside them with --force, never enter
 * those answers. A store without articles but with synthetic events (a benchmark store) answers
 * from those, and says so. No answer ever mixes the two.
 */
public enum EventScope {
  /** Events read from the store's articles. */
  REAL("NOT synthetic"),
  /** Generated benchmark events, in a store that holds no articles. */
  SYNTHETIC("synthetic");

  private final String condition;

  EventScope(String condition) {
    this.condition = condition;
  }

  /** The SQL condition on the events table (a fixed text, no user input). */
  String condition() {
    return condition;
  }

  /** The condition for events aliased as {@code alias} (e.g. "e"). */
  String condition(String alias) {
    return this == REAL ? "NOT " + alias + ".synthetic" : alias + ".synthetic";
  }

  static EventScope of(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM articles), EXISTS (SELECT 1 FROM events WHERE synthetic)")) {
      rs.next();
      boolean articles = rs.getBoolean(1);
      boolean synthetic = rs.getBoolean(2);
      return !articles && synthetic ? SYNTHETIC : REAL;
    }
  }
}
