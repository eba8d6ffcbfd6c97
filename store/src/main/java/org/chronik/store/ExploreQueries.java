package org.chronik.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Queries the web explorer needs beyond {@link EventQueries} and {@link ArticleQueries}: the spans
 * to highlight in an article, one actor's profile, and the actor network of a period.
 */
public final class ExploreQueries {
  private final Store store;

  public ExploreQueries(Store store) {
    this.store = store;
  }

  /** Where an article's actors are mentioned and where each event's trigger word is. */
  public record ArticleSpans(Rows mentions, Rows events) {}

  public ArticleSpans spans(String articleId) {
    try (Connection c = store.reader()) {
      return Transaction.snapshot(c, () -> {
        Rows mentions = new Sql().append(
            "SELECT span_begin, span_end, text, actor_key, actor_name, actor_type, kind, rule FROM mentions"
                + " WHERE article_id = ? ORDER BY span_begin, span_end", articleId).query(c);
        Rows events = new Sql().append(
            "SELECT event_id, evidence_begin, evidence_end, trigger_begin, trigger_end FROM event_mentions"
                + " WHERE article_id = ? ORDER BY evidence_begin, event_id", articleId).query(c);
        return new ArticleSpans(mentions, events);
      });
    } catch (SQLException e) {
      throw failure("spans of article " + articleId, e);
    }
  }

  /**
   * One actor by key: identity, the roles it was given with the dates of the articles that gave them,
   * event counts per quad class and side, monthly counts, and its most frequent partners.
   */
  public record ActorProfile(Rows identity, Rows roles, Rows counts, Rows months, Rows partners) {}

  public Optional<ActorProfile> actor(String key, int topPartners) {
    String scope = store.scope().condition();
    String label = Sql.dateLabel("day", "precision");
    try (Connection c = store.reader()) {
      return Transaction.snapshot(c, () -> {
        Rows identity = new Sql().append(
            "WITH seen AS (SELECT source_key AS k, source_name AS name, source_type AS type, source_country AS country,"
                + " source_sector AS sector FROM events WHERE " + scope + " AND source_key = ?"
                + " UNION ALL SELECT target_key, target_name, target_type, target_country, target_sector FROM events"
                + " WHERE " + scope + " AND target_key = ?"
                + " UNION ALL SELECT actor_key, name, type, country, sector FROM actors WHERE actor_key = ?)"
                + " SELECT k AS actor_key, mode(name) AS name, mode(type) AS type, mode(country) AS country, mode(sector) AS sector"
                + " FROM seen GROUP BY k", key, key, key).query(c);
        if (identity.size() == 0) {
          return Optional.empty();
        }
        // dates at their precision: an article of month precision says "2024-06", not a first day nobody wrote
        Rows roles = new Sql().append(
            "WITH r AS (SELECT a.role, ar.creation_date AS day, ar.date_precision AS precision FROM actors a"
                + " JOIN articles ar ON ar.id = a.article_id WHERE a.actor_key = ? AND a.role IS NOT NULL"
                + " UNION ALL SELECT source_role, event_date, date_precision FROM events WHERE " + scope
                + " AND source_key = ? AND source_role IS NOT NULL"
                + " UNION ALL SELECT target_role, event_date, date_precision FROM events WHERE " + scope
                + " AND target_key = ? AND target_role IS NOT NULL)"
                + " SELECT role, arg_min(" + label + ", day) AS first_seen, arg_max(" + label + ", day) AS last_seen,"
                + " count(*) AS mentions FROM r GROUP BY role ORDER BY min(day) NULLS LAST, role", key, key, key).query(c);
        Rows counts = new Sql().append(
            "SELECT count(*) AS events, count(*) FILTER (WHERE source_key = ?) AS as_source,"
                + " count(*) FILTER (WHERE target_key = ?) AS as_target,"
                + " count(*) FILTER (WHERE quad = 1) AS verbal_coop, count(*) FILTER (WHERE quad = 2) AS material_coop,"
                + " count(*) FILTER (WHERE quad = 3) AS verbal_conflict, count(*) FILTER (WHERE quad = 4) AS material_conflict,"
                + " round(avg(goldstein), 2) AS mean_goldstein, count(*) FILTER (WHERE event_date IS NULL) AS undated,"
                + " arg_min(" + Sql.dateLabel("event_date", "date_precision") + ", event_date) AS first_event,"
                + " arg_max(" + Sql.dateLabel("event_date", "date_precision") + ", event_date) AS last_event"
                + " FROM events WHERE NOT flagged AND " + scope + " AND (source_key = ? OR target_key = ?)", key, key, key, key).query(c);
        Rows months = Periods.fill(new Sql().append(
            "SELECT CAST(date_trunc('month', event_date) AS DATE) AS period, count(*) AS events,"
                + " count(*) FILTER (WHERE quad = 1) AS verbal_coop, count(*) FILTER (WHERE quad = 2) AS material_coop,"
                + " count(*) FILTER (WHERE quad = 3) AS verbal_conflict, count(*) FILTER (WHERE quad = 4) AS material_conflict,"
                + " round(avg(goldstein), 2) AS mean_goldstein FROM events"
                + " WHERE NOT flagged AND " + scope + " AND event_date IS NOT NULL AND (source_key = ? OR target_key = ?)"
                + " GROUP BY period ORDER BY period", key, key).query(c), EventQueries.Period.MONTH, null, null);
        Rows partners = new Sql().append(
            "WITH p AS (SELECT target_key AS k, target_name AS name, goldstein FROM events WHERE NOT flagged AND " + scope
                + " AND source_key = ? AND target_key IS NOT NULL AND target_key <> ?"
                + " UNION ALL SELECT source_key, source_name, goldstein FROM events WHERE NOT flagged AND " + scope
                + " AND target_key = ? AND source_key IS NOT NULL AND source_key <> ?)"
                + " SELECT k AS actor_key, mode(name) AS name, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein"
                + " FROM p GROUP BY k ORDER BY events DESC, k LIMIT ?", key, key, key, key, topPartners).query(c);
        return Optional.of(new ActorProfile(identity, roles, counts, months, partners));
      });
    } catch (SQLException e) {
      throw failure("actor " + key, e);
    }
  }

  /**
   * Directed edges source → target of unflagged events in [from, to] (either may be null) with at
   * least {@code min} events, strongest first, at most {@code limit}; mean Goldstein per edge.
   */
  public Rows network(LocalDate from, LocalDate to, int min, int limit) {
    Sql sql = edges(from, to).append(" HAVING count(*) >= ? ORDER BY events DESC, source_key, target_key LIMIT ?", min, limit);
    try (Connection c = store.reader()) {
      return sql.query(c);
    } catch (SQLException e) {
      throw failure("network", e);
    }
  }

  /** The most events any one edge has in [from, to]: what an empty network with a high minimum is missing. */
  public long strongestEdge(LocalDate from, LocalDate to) {
    Sql sql = new Sql().append("SELECT coalesce(max(events), 0) FROM (").append(edges(from, to))
        .append(")");
    try (Connection c = store.reader()) {
      return sql.scalar(c);
    } catch (SQLException e) {
      throw failure("network", e);
    }
  }

  private Sql edges(LocalDate from, LocalDate to) {
    Sql sql = new Sql().append(
        "SELECT source_key, mode(source_name) AS source_name, target_key, mode(target_name) AS target_name,"
            + " count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein FROM events"
            + " WHERE NOT flagged AND " + store.scope().condition()
            + " AND source_key IS NOT NULL AND target_key IS NOT NULL AND source_key <> target_key");
    EventQueries.dateRange(sql, from, to);
    return sql.append(" GROUP BY source_key, target_key");
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("cannot read " + what + " from " + store.folder() + ": "
        + Store.firstLine(String.valueOf(e.getMessage())), e);
  }
}
