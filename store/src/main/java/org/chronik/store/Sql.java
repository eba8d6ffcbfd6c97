package org.chronik.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A SQL text built in pieces with its bound parameters kept beside it; values never enter the text. */
final class Sql {
  private final StringBuilder text = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  Sql append(String sql, Object... values) {
    text.append(sql);
    parameters.addAll(List.of(values));
    return this;
  }

  /**
   * Matches one side ("source" or "target") of an event against what a user typed: an actor key
   * with ':' ("country:CHN", "person:xi-jinping"), a country code in capitals ("CHN", "IGO.UN":
   * every actor of that country), or else a name, case-insensitive ("Xi Jinping"). Choosing one
   * column by the argument's shape keeps a scan of a million events to one comparison per row.
   */
  Sql actorMatches(String side, String actor) {
    if (!side.equals("source") && !side.equals("target")) {
      throw new IllegalArgumentException(side);
    }
    String a = actor.strip();
    if (a.contains(":")) {
      return append(side + "_key = ?", a);
    }
    if (a.matches("[A-Z]{3}|IGO\\.[A-Z]+")) {
      return append(side + "_country = ?", a);
    }
    return append("lower(" + side + "_name) = ?", a.toLowerCase(Locale.ROOT));
  }

  Rows query(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(text.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        st.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        return Rows.read(rs);
      }
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
