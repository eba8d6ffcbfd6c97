package org.chronik.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronik.schema.EventRow;
import org.chronik.schema.MergedEventRow;
import org.chronik.schema.Outlets;
import org.chronik.schema.merge.EventMerge;
import org.chronik.schema.merge.MergeRule;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Keeps {@code events} the merge of {@code event_mentions} ({@link EventMerge}, rule in the schema
 * module). After a batch of mentions is inserted, the groups they fall in are merged again, with
 * every mention of those groups and of the events they belonged to, inside the batch's transaction;
 * an older store, or one filled by the benchmark, is merged year by year. Java decides which
 * mentions form an event; SQL copies each event's representative mention into {@code events}.
 */
final class EventMerger {
  static final EventMerge MERGE = new EventMerge(MergeRule.load());
  private static final MergeRule RULE = MergeRule.load();

  /** What a merge changed: events removed and written. */
  record Change(int removed, int written) {
    int net() {
      return written - removed;
    }
  }

  private final DuckDBConnection c;

  EventMerger(DuckDBConnection c) {
    this.c = c;
  }

  /** Merges the groups of the given new mentions again, with everything they touch. */
  Change afterInsert(List<EventRow> added) throws SQLException {
    if (added.isEmpty()) {
      return new Change(0, 0);
    }
    Set<String> articles = added.stream().map(EventRow::articleId).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<List<Object>> groups = new LinkedHashSet<>();
    for (EventRow r : added) {
      if (EventMerge.mergeable(r)) {
        groups.add(MERGE.group(r));
      }
    }
    Sql where = new Sql().append("(m.article_id IN (" + marks(articles.size()) + ")", articles.toArray());
    for (List<Object> g : groups) {
      where.append(" OR ");
      groupCondition(where, g);
    }
    where.append(")");
    // and every mention of an event those mentions belonged to, so no event is rebuilt from part of its mentions
    Sql closure = new Sql().append("(").append(where).append(" OR m.global_event_id IN (SELECT m.global_event_id FROM event_mentions m WHERE ")
        .append(where).append("))");
    return replace(load(closure), false);
  }

  /** Merges mentions no event holds yet (an older store after V006, a benchmark's fill): all of them, year by year. */
  Change catchUp() throws SQLException {
    long open;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM event_mentions WHERE global_event_id IS NULL")) {
      rs.next();
      open = rs.getLong(1);
    }
    if (open == 0) {
      return new Change(0, 0);
    }
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM events");
    }
    List<Integer> years = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT year(event_date) AS y FROM event_mentions WHERE event_date IS NOT NULL ORDER BY y")) {
      while (rs.next()) {
        years.add(rs.getInt(1));
      }
    }
    int written = 0;
    for (int year : years) {
      written += replace(load(new Sql().append("year(m.event_date) = ?", year)), true).written();
    }
    written += replace(load(new Sql().append("m.event_date IS NULL")), true).written();
    Aggregates.rebuild(c);
    return new Change(0, written);
  }

  private void groupCondition(Sql sql, List<Object> group) {
    // the key is the rule's columns (swapped into sorted order for a symmetric act), whether symmetric, and the year
    List<String> same = RULE.same();
    boolean symmetric = (Boolean) group.get(same.size());
    sql.append("(m.event_date IS NOT NULL AND NOT m.flagged AND year(m.event_date) = ?", group.get(same.size() + 1));
    sql.append(symmetric ? " AND m.is_symmetric" : " AND NOT m.is_symmetric");
    for (int i = 0; i < same.size(); i++) {
      String column = same.get(i);
      if (symmetric && RULE.symmetricSwap().contains(column)) {
        continue;
      }
      sql.append(" AND m." + column + " IS NOT DISTINCT FROM ?", group.get(i)); // names come from the validated rule
    }
    if (symmetric) {
      String a = RULE.symmetricSwap().get(0);
      String b = RULE.symmetricSwap().get(1);
      Object x = group.get(same.indexOf(a));
      Object y = group.get(same.indexOf(b));
      sql.append(" AND ((m." + a + " IS NOT DISTINCT FROM ? AND m." + b + " IS NOT DISTINCT FROM ?)", x, y)
          .append(" OR (m." + a + " IS NOT DISTINCT FROM ? AND m." + b + " IS NOT DISTINCT FROM ?))", y, x);
    }
    sql.append(")");
  }

  private record Loaded(List<EventMerge.Mention> mentions, Set<Long> oldIds) {}

  private Loaded load(Sql where) throws SQLException {
    String columns = EventMerge.COLUMNS.stream().map(col -> "m." + col).collect(Collectors.joining(", "));
    Sql sql = new Sql().append("SELECT " + columns + ", m.global_event_id,"
        + " coalesce(a.creation_date, CAST(a.ingested_at AS DATE), m.event_date) AS seen, a.url, a.source"
        + " FROM event_mentions m LEFT JOIN articles a ON a.id = m.article_id WHERE ").append(where);
    List<EventMerge.Mention> mentions = new ArrayList<>();
    Set<Long> old = new HashSet<>();
    try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        EventRow row = EventMerge.row(name -> value(rs, name));
        long id = rs.getLong("global_event_id");
        if (!rs.wasNull()) {
          old.add(id);
        }
        java.sql.Date seen = rs.getDate("seen");
        mentions.add(new EventMerge.Mention(row, seen == null ? null : seen.toLocalDate(),
            Outlets.of(rs.getString("url"), rs.getString("source"), row.articleId())));
      }
    }
    return new Loaded(mentions, old);
  }

  private static Object value(ResultSet rs, String column) {
    try {
      Object v = rs.getObject(column);
      return v instanceof java.sql.Date d ? d.toLocalDate() : v;
    } catch (SQLException e) {
      throw new StoreException("cannot read event_mentions." + column + ": " + e.getMessage(), e);
    }
  }

  /** Writes the merge of the loaded mentions in place of the events they belonged to. */
  private Change replace(Loaded loaded, boolean eventsCleared) throws SQLException {
    List<EventMerge.Merged> merged = MERGE.merge(loaded.mentions());
    try (Statement st = c.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE merge_events (global_event_id BIGINT, num_mentions INTEGER, num_sources INTEGER,"
          + " num_articles INTEGER, first_seen DATE, last_seen DATE, article_id VARCHAR, event_id VARCHAR)");
      st.execute("CREATE OR REPLACE TEMP TABLE merge_mentions (article_id VARCHAR, event_id VARCHAR, global_event_id BIGINT)");
      st.execute("CREATE OR REPLACE TEMP TABLE merge_old (global_event_id BIGINT)");
    }
    try (DuckDBAppender events = c.createAppender("temp", "main", "merge_events");
        DuckDBAppender mentions = c.createAppender("temp", "main", "merge_mentions");
        DuckDBAppender old = c.createAppender("temp", "main", "merge_old")) {
      for (EventMerge.Merged m : merged) {
        MergedEventRow e = m.event();
        events.beginRow().append(e.globalEventId()).append(e.numMentions()).append(e.numSources()).append(e.numArticles());
        date(events, e.firstSeen());
        date(events, e.lastSeen());
        events.append(e.representative().articleId()).append(e.representative().eventId()).endRow();
        for (EventRow r : m.mentions()) {
          mentions.beginRow().append(r.articleId()).append(r.eventId()).append(r.globalEventId()).endRow();
        }
      }
      for (long id : loaded.oldIds()) {
        old.beginRow().append(id).endRow();
      }
    }
    int removed = 0;
    try (Statement st = c.createStatement()) {
      if (!eventsCleared) {
        Aggregates.markBefore(c, "merge_old");
        removed = st.executeUpdate("DELETE FROM events WHERE global_event_id IN (SELECT global_event_id FROM merge_old)");
      }
      String names = String.join(", ", MergedEventRow.TABLE.columnNames());
      String fromMention = MergedEventRow.TABLE.columnNames().stream().skip(6).map(n -> "m." + n).collect(Collectors.joining(", "));
      st.executeUpdate("INSERT INTO events (" + names + ") SELECT t.global_event_id, t.num_mentions, t.num_sources, t.num_articles,"
          + " t.first_seen, t.last_seen, " + fromMention + " FROM merge_events t"
          + " JOIN event_mentions m ON m.article_id = t.article_id AND m.event_id = t.event_id"
          // in date order: the catch-up writes year after year, so the table's blocks cover short spans and date filters skip most
          + " ORDER BY m.event_date NULLS LAST");
      st.executeUpdate("UPDATE event_mentions SET global_event_id = t.global_event_id FROM merge_mentions t"
          + " WHERE event_mentions.article_id = t.article_id AND event_mentions.event_id = t.event_id");
      if (!eventsCleared) {
        // the catch-up rebuilds the aggregates once at its end
        Aggregates.markAfter(c, "merge_events");
        Aggregates.refresh(c);
      }
      st.execute("DROP TABLE merge_events");
      st.execute("DROP TABLE merge_mentions");
      st.execute("DROP TABLE merge_old");
    }
    return new Change(removed, merged.size());
  }

  private static void date(DuckDBAppender a, LocalDate d) throws SQLException {
    if (d == null) {
      a.appendNull();
    } else {
      a.append(d);
    }
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

}
