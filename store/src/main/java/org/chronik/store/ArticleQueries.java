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
      return Transaction.snapshot(c, () -> {
        Rows article = new Sql().append(
            "SELECT id, source, url, " + Sql.dateLabel("creation_date", "date_precision") + " AS creation_date, date_precision,"
                + " title, language, status, byline, layers, run_id, ingested_at, body FROM articles WHERE id = ?", id).query(c);
        if (article.size() == 0) {
          return Optional.empty();
        }
        // the article's own mentions, each with the event it reports and how many reports that event has
        Rows events = new Sql().append(
            "SELECT m.event_id, " + Sql.dateLabel("m.event_date", "m.date_precision") + " AS date, m.date_precision AS precision,"
                + " m.date_source, m.code, m.code_name, m.quad, m.goldstein, m.source_key, m.source_name,"
                + " m.source_from, m.target_key, m.target_name, m.target_from, m.modality, m.attribution_name AS attribution, m.rule, m.evidence_begin, m.evidence_end, m.trigger_text AS trigger,"
                + " m.flagged, m.global_event_id, e.num_mentions, e.num_sources, e.num_articles FROM event_mentions m"
                + " LEFT JOIN events e ON e.global_event_id = m.global_event_id WHERE m.article_id = ?"
                + " ORDER BY m.evidence_begin, m.event_id", id).query(c);
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
      });
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
