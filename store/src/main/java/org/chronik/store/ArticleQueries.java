package org.chronik.store;

import java.sql.Connection;
import java.sql.SQLException;
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
            "SELECT id, source, url, creation_date, date_precision, title, language, byline, layers, run_id, ingested_at, body"
                + " FROM articles WHERE id = ?", id).query(c);
        if (article.size() == 0) {
          return Optional.empty();
        }
        Rows events = new Sql().append(
            "SELECT event_id, event_date AS date, date_precision AS precision, date_source, code, code_name, quad, goldstein,"
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
        return Optional.of(new ArticleView(article.row(0), events, actors, quotes, timex));
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + id + " from " + store.folder() + ": " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  /** Articles most recently stored first. */
  public Rows recent(int limit) {
    try (Connection c = store.reader()) {
      return new Sql().append("SELECT id, creation_date, source, title FROM articles ORDER BY ingested_at DESC, id LIMIT ?", limit).query(c);
    } catch (SQLException e) {
      throw new StoreException("cannot list articles of " + store.folder() + ": " + e.getMessage(), e);
    }
  }
}
