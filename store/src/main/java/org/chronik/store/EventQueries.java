package org.chronik.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/** Event lists, dyad timelines and actor rankings over the events table. */
public final class EventQueries {
  /** Period of a timeline row. */
  public enum Period { DAY, WEEK, MONTH, YEAR }

  private final Store store;

  EventQueries(Store store) {
    this.store = store;
  }

  /** Events newest first, with evidence and article id. */
  public Rows list(EventFilter f) {
    return list(f, EventOrder.NEWEST);
  }

  /** Events in the given order, with evidence and article id. */
  public Rows list(EventFilter f, EventOrder order) {
    Sql sql = new Sql().append(
        "SELECT event_date AS date, date_precision AS precision, code, code_name, quad, goldstein,"
            + " source_name AS source, target_name AS target, source_key, target_key, modality, date_source,"
            + " evidence_text AS evidence, article_id, event_id, rule, flagged FROM events WHERE true");
    if (!f.includeFlagged()) {
      sql.append(" AND NOT flagged");
    }
    if (f.actor() != null && f.with() == null) {
      sql.append(" AND (").actorMatches("source", f.actor()).append(" OR ").actorMatches("target", f.actor()).append(")");
    } else if (f.actor() != null) {
      sql.append(" AND ((").actorMatches("source", f.actor()).append(" AND ").actorMatches("target", f.with())
          .append(") OR (").actorMatches("source", f.with()).append(" AND ").actorMatches("target", f.actor()).append("))");
    }
    if (f.code() != null) {
      sql.append(" AND starts_with(code, ?)", f.code());
    }
    if (f.quad() != null) {
      sql.append(" AND quad = ?", f.quad());
    }
    dateRange(sql, f.from(), f.to());
    sql.append(" ORDER BY " + order.orderBy() + " LIMIT ?", f.limit());
    return run(sql);
  }

  /**
   * Per period: event counts per quad class and mean Goldstein value, for both directions of the
   * dyad together (direction "both") and for each direction ("A>B", "B>A"). Flagged events are left out.
   */
  public Rows timeline(String a, String b, Period period, LocalDate from, LocalDate to) {
    Sql sql = new Sql().append("WITH t AS (WITH d AS (SELECT CAST(date_trunc(?, event_date) AS DATE) AS period, CASE WHEN ",
            period.name().toLowerCase(Locale.ROOT))
        .actorMatches("source", a).append(" AND ").actorMatches("target", b)
        .append(" THEN ? ELSE ? END AS direction, quad, goldstein FROM events WHERE event_date IS NOT NULL AND NOT flagged",
            a + ">" + b, b + ">" + a)
        .append(" AND ((").actorMatches("source", a).append(" AND ").actorMatches("target", b)
        .append(") OR (").actorMatches("source", b).append(" AND ").actorMatches("target", a).append("))");
    dateRange(sql, from, to);
    // per direction first, then "both" summed from those few rows: cheaper than GROUPING SETS over all events
    sql.append("), g AS (SELECT period, direction, count(*) AS n, count(*) FILTER (WHERE quad = 1) AS q1,"
        + " count(*) FILTER (WHERE quad = 2) AS q2, count(*) FILTER (WHERE quad = 3) AS q3,"
        + " count(*) FILTER (WHERE quad = 4) AS q4, sum(goldstein) AS s FROM d GROUP BY period, direction)"
        + " SELECT period, direction, n, q1, q2, q3, q4, s FROM g"
        + " UNION ALL SELECT period, 'both', sum(n), sum(q1), sum(q2), sum(q3), sum(q4), sum(s) FROM g GROUP BY period)"
        + " SELECT period, direction, n AS events, q1 AS verbal_coop, q2 AS material_coop, q3 AS verbal_conflict,"
        + " q4 AS material_conflict, round(s / n, 2) AS mean_goldstein FROM t"
        + " ORDER BY period, direction = 'both' DESC, direction");
    return run(sql);
  }

  /**
   * The actors most often source or target of (unflagged) events, optionally of one country. The
   * article count is a HyperLogLog estimate (exact counting of distinct ids took 0.6 s over a
   * million events; the estimate 0.1 s).
   */
  public Rows topActors(int top, String country) {
    Sql sql = new Sql().append(
        "WITH sides AS (SELECT source_key AS actor_key, source_name AS name, source_type AS type, source_country AS country,"
            + " 1 AS as_source, 0 AS as_target, goldstein, article_id FROM events WHERE NOT flagged AND source_key IS NOT NULL"
            + " UNION ALL SELECT target_key, target_name, target_type, target_country, 0, 1, goldstein, article_id"
            + " FROM events WHERE NOT flagged AND target_key IS NOT NULL)"
            + " SELECT actor_key, any_value(name) AS name, any_value(type) AS type, any_value(country) AS country,"
            + " count(*) AS events, sum(as_source) AS as_source, sum(as_target) AS as_target,"
            + " approx_count_distinct(article_id) AS articles_approx, round(avg(goldstein), 2) AS mean_goldstein FROM sides");
    if (country != null) {
      sql.append(" WHERE country = ?", country.strip().toUpperCase(Locale.ROOT));
    }
    sql.append(" GROUP BY actor_key ORDER BY events DESC, actor_key LIMIT ?", top);
    return run(sql);
  }

  private static void dateRange(Sql sql, LocalDate from, LocalDate to) {
    if (from != null) {
      sql.append(" AND event_date >= ?", java.sql.Date.valueOf(from));
    }
    if (to != null) {
      sql.append(" AND event_date <= ?", java.sql.Date.valueOf(to));
    }
  }

  private Rows run(Sql sql) {
    try (Connection c = store.reader()) {
      return sql.query(c);
    } catch (SQLException e) {
      throw new StoreException("query failed on " + store.folder() + ": " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
  }
}
