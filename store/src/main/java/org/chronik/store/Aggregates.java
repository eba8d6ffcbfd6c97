package org.chronik.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the pre-aggregated tables of V007 equal to a GROUP BY over {@code events}: {@code dyad_days}
 * (dyad × day × root code × quad) and {@code actor_days} (actor × day, per side). {@link EventMerger}
 * calls it inside the transaction that changes events: {@link #markBefore} with the events about to be
 * removed, {@link #markAfter} with those written, then {@link #refresh}, which recomputes exactly the
 * dyad-days (and their actor-days) those events fall in. A whole rebuild serves the catch-up merge.
 */
final class Aggregates {
  /** The columns that key a dyad-day; names lower-cased, as actor filters compare them. */
  private static final String DYAD_DAY = "synthetic, flagged, source_key, source_country, lower(source_name) AS source_name,"
      + " target_key, target_country, lower(target_name) AS target_name, event_date";
  private static final String[] DYAD_COLUMNS = {"synthetic", "flagged", "source_key", "source_country", "source_name",
      "target_key", "target_country", "target_name", "event_date"};
  private static final String[] ACTOR_COLUMNS = {"synthetic", "flagged", "actor_key", "actor_country", "actor_name", "event_date"};

  private static final String DYAD_SELECT = "SELECT synthetic, flagged, source_key, source_country, lower(source_name), target_key,"
      + " target_country, lower(target_name), event_date, root_code, quad, count(*), sum(goldstein) FROM events e";
  private static final String SIDES = "SELECT synthetic, flagged, source_key AS actor_key, source_country AS actor_country,"
      + " lower(source_name) AS actor_name, event_date, 1 AS as_source, 0 AS as_target FROM events"
      + " UNION ALL SELECT synthetic, flagged, target_key, target_country, lower(target_name), event_date, 0, 1 FROM events";

  private Aggregates() {}

  /** Starts a change: remembers the dyad-days of the events whose ids are in {@code idTable} (about to be removed). */
  static void markBefore(Connection c, String idTable) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE agg_touched AS SELECT DISTINCT " + DYAD_DAY
          + " FROM events WHERE global_event_id IN (SELECT global_event_id FROM " + idTable + ")");
    }
  }

  /** Adds the dyad-days of the events whose ids are in {@code idTable} (just written). */
  static void markAfter(Connection c, String idTable) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("INSERT INTO agg_touched SELECT DISTINCT " + DYAD_DAY
          + " FROM events WHERE global_event_id IN (SELECT global_event_id FROM " + idTable + ")");
    }
  }

  /** Recomputes the rows of every marked dyad-day and of the actor-days of its two sides. */
  static void refresh(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE agg_dyads AS SELECT DISTINCT * FROM agg_touched");
      st.execute("CREATE OR REPLACE TEMP TABLE agg_actors AS SELECT DISTINCT * FROM ("
          + "SELECT synthetic, flagged, source_key AS actor_key, source_country AS actor_country, source_name AS actor_name, event_date"
          + " FROM agg_dyads UNION ALL SELECT synthetic, flagged, target_key, target_country, target_name, event_date FROM agg_dyads)");
      st.execute("DELETE FROM dyad_days d WHERE EXISTS (SELECT 1 FROM agg_dyads t WHERE " + same("t", "d", DYAD_COLUMNS) + ")");
      st.execute("INSERT INTO dyad_days " + DYAD_SELECT + " WHERE EXISTS (SELECT 1 FROM agg_dyads t WHERE "
          + sameAsEvent("t", "e") + ") GROUP BY ALL");
      st.execute("DELETE FROM actor_days d WHERE EXISTS (SELECT 1 FROM agg_actors t WHERE " + same("t", "d", ACTOR_COLUMNS) + ")");
      st.execute("INSERT INTO actor_days SELECT synthetic, flagged, actor_key, actor_country, actor_name, event_date,"
          + " sum(as_source), sum(as_target) FROM (" + SIDES + ") s WHERE EXISTS (SELECT 1 FROM agg_actors t WHERE "
          + same("t", "s", ACTOR_COLUMNS) + ") GROUP BY ALL");
      st.execute("DROP TABLE agg_touched");
      st.execute("DROP TABLE agg_dyads");
      st.execute("DROP TABLE agg_actors");
    }
  }

  /** Recomputes both tables from all events, in date order (so date filters skip blocks). */
  static void rebuild(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM dyad_days");
      st.execute("DELETE FROM actor_days");
      st.execute("INSERT INTO dyad_days " + DYAD_SELECT + " GROUP BY ALL ORDER BY event_date");
      st.execute("INSERT INTO actor_days SELECT synthetic, flagged, actor_key, actor_country, actor_name, event_date,"
          + " sum(as_source), sum(as_target) FROM (" + SIDES + ") GROUP BY ALL ORDER BY event_date");
    }
  }

  private static String same(String a, String b, String[] columns) {
    StringBuilder s = new StringBuilder();
    for (String col : columns) {
      if (!s.isEmpty()) {
        s.append(" AND ");
      }
      s.append(a).append('.').append(col).append(" IS NOT DISTINCT FROM ").append(b).append('.').append(col);
    }
    return s.toString();
  }

  private static String sameAsEvent(String t, String e) {
    StringBuilder s = new StringBuilder();
    for (String col : DYAD_COLUMNS) {
      if (!s.isEmpty()) {
        s.append(" AND ");
      }
      String event = col.endsWith("_name") ? "lower(" + e + "." + col + ")" : e + "." + col;
      s.append(t).append('.').append(col).append(" IS NOT DISTINCT FROM ").append(event);
    }
    return s.toString();
  }
}
