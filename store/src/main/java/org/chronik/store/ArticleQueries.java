package org.chronik.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One article read back with everything stored about it. */
public final class ArticleQueries {
  private final Store store;

  ArticleQueries(Store store) {
    this.store = store;
  }

  /** An article's fields and its layers as rows, each ordered by position in the body. */
  public record ArticleView(Map<String, Object> article, Rows events, Rows actors, Rows quotes, Rows timeExpressions) {}

  public Optional<ArticleView> get(String id) {
    try (Connection c = store.reader()) {
      // one transaction, so the article and its layers come from the same snapshot
      c.setAutoCommit(false);
      try {
        Rows article = new Sql().append(
            "SELECT id, source, url, " + Sql.dateLabel("creation_date", "date_precision") + " AS creation_date, date_precision,"
                + " title, language, status, byline, layers, run_id, ingested_at, body FROM articles WHERE id = ?", id).query(c);
        if (article.size() == 0) {
          return Optional.empty();
        }
        Rows events = new Sql().append(
            "SELECT event_id, " + Sql.dateLabel("event_date", "date_precision") + " AS date, date_precision AS precision, date_source, code, code_name, quad, goldstein,"
                + " source_key, source_name, target_key, target_name, modality, attribution_name AS attribution, rule,"
                + " evidence_begin, evidence_end, trigger_text AS trigger, flagged FROM events WHERE article_id = ?"
                + " ORDER BY evidence_begin, event_id", id).query(c);
        Rows actors = new Sql().append(
            "SELECT actor_key, name, type, country, sector, role, wikidata, mention_count FROM actors WHERE article_id = ?"
                + " ORDER BY first_begin, actor_key", id).query(c);
        Rows quotes = new Sql().append(
            "SELECT span_begin, span_end, type, speaker_name AS speaker, cue_text AS cue, source_name AS source, text"
                + " FROM quotes WHERE article_id = ? ORDER BY span_begin", id).query(c);
        Rows timex = new Sql().append(
            "SELECT span_begin, span_end, text, type, value, mod FROM time_expressions WHERE article_id = ? ORDER BY span_begin", id)
            .query(c);
        Map<String, Object> fields = article.row(0);
        fields.put("title", ArticleTitles.of((String) fields.get("title"), (String) fields.get("body")));
        return Optional.of(new ArticleView(fields, events, actors, quotes, timex));
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + id + " from " + store.folder() + ": " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * The newest articles by their own date, undated ones last (an undated article is never "newest"),
   * then most recently stored; titles as {@link ArticleTitles} makes them.
   */
  public Rows recent(int limit) {
    Rows rows;
    try (Connection c = store.reader()) {
      rows = new Sql().append("SELECT id, " + Sql.dateLabel("creation_date", "date_precision") + " AS creation_date, source, title,"
          + " left(body, 400) AS opening FROM articles ORDER BY articles.creation_date DESC NULLS LAST, ingested_at DESC, id LIMIT ?", limit)
          .query(c);
    } catch (SQLException e) {
      throw new StoreException("cannot list articles of " + store.folder() + ": " + e.getMessage(), e);
    }
    List<List<Object>> titled = new ArrayList<>();
    for (List<Object> r : rows.rows()) {
      titled.add(Arrays.asList(r.get(0), r.get(1), r.get(2), ArticleTitles.of((String) r.get(3), (String) r.get(4))));
    }
    return new Rows(List.of("id", "creation_date", "source", "title"), titled);
  }
}
