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

  /** Appends another statement's text with its parameters (a subquery). */
  Sql append(Sql other) {
    text.append(other.text);
    parameters.addAll(other.parameters);
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

  /** Either side of an event is {@code actor}. */
  Sql eitherSide(String actor) {
    return append("(").actorMatches("source", actor).append(" OR ").actorMatches("target", actor).append(")");
  }

  /** One side is {@code a} and the other {@code b}, in either direction. */
  Sql dyad(String a, String b) {
    return append("((").actorMatches("source", a).append(" AND ").actorMatches("target", b)
        .append(") OR (").actorMatches("source", b).append(" AND ").actorMatches("target", a).append("))");
  }

  /**
   * A date column shown at its precision: "2022" for a year, "2022-02" for a month, "2022-02-14"
   * for a day. Partial dates are stored as their first day, which read alone claims a day nobody wrote.
   */
  static String dateLabel(String dateColumn, String precisionColumn) {
    return "CASE " + precisionColumn + " WHEN 'YEAR' THEN strftime(" + dateColumn + ", '%Y') WHEN 'MONTH' THEN strftime("
        + dateColumn + ", '%Y-%m') ELSE strftime(" + dateColumn + ", '%Y-%m-%d') END";
  }

  Rows query(Connection c) throws SQLException {
    try (PreparedStatement st = prepare(c); ResultSet rs = st.executeQuery()) {
      return Rows.read(rs);
    }
  }

  /** Writes the result row by row (nothing held in memory), for outputs of any size; returns the rows written. */
  long print(Connection c, java.io.PrintStream out, Rows.Format format) throws SQLException {
    try (PreparedStatement st = prepare(c); ResultSet rs = st.executeQuery()) {
      return Rows.stream(rs, out, format);
    }
  }

  long scalar(Connection c) throws SQLException {
    try (PreparedStatement st = prepare(c); ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private PreparedStatement prepare(Connection c) throws SQLException {
    PreparedStatement st = c.prepareStatement(text.toString());
    try {
      for (int i = 0; i < parameters.size(); i++) {
        st.setObject(i + 1, parameters.get(i));
      }
      return st;
    } catch (SQLException | RuntimeException e) {
      st.close();
      throw e;
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
