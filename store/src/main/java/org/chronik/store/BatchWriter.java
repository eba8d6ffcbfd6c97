package org.chronik.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Layer;
import org.chronik.schema.EventRow;

/**
 * Writes annotated documents, one batch per transaction. Articles already in the store are
 * skipped, so writing the same documents twice adds nothing. The Lucene index is updated only
 * after the database commit: the index never holds an article the database lacks, and
 * {@link IndexReconciler} adds what a crash left out of it.
 */
public final class BatchWriter {
  private final Store store;

  BatchWriter(Store store) {
    this.store = store;
  }

  /**
   * What one batch added.
   *
   * @param events event mentions stored
   * @param actors actor rows (one per actor and article)
   * @param flaggedEvents events stored but left out of answers by default (negated, hypothetical, repeated)
   * @param undatedArticles new articles without a creation date
   * @param actorKeys the distinct actors of the new articles
   * @param notAnnotated new articles stored without annotation, by language (no pipeline reads it)
   * @param newEvents how many more events (happenings) the store holds: mentions of known ones add none
   */
  public record BatchResult(int articlesNew, int articlesSkipped, int events, int actors, int flaggedEvents, int undatedArticles,
      Set<String> actorKeys, Map<String, Integer> notAnnotated, int newEvents) {
    static final BatchResult NONE = new BatchResult(0, 0, 0, 0, 0, 0, Set.of(), Map.of(), 0);

    public BatchResult {
      actorKeys = Set.copyOf(actorKeys);
      notAnnotated = Map.copyOf(notAnnotated);
    }
  }

  public BatchResult write(List<AnnotatedDocument> documents, long runId) {
    org.duckdb.DuckDBConnection c = store.writerConnection();
    List<AnnotatedDocument> fresh = new ArrayList<>();
    BatchResult result;
    try {
      result = Transaction.run(c, () -> insert(c, documents, runId, fresh));
    } catch (SQLException e) {
      throw new StoreException("cannot write batch to " + store.folder() + ": " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
    store.index().add(fresh.stream().map(IndexedArticle::of).toList());
    return result;
  }

  /** Inserts the documents the store lacks (collected in {@code fresh}) and merges their mentions into events. */
  private static BatchResult insert(org.duckdb.DuckDBConnection c, List<AnnotatedDocument> documents, long runId,
      List<AnnotatedDocument> fresh) throws SQLException {
    int events = 0;
    int actors = 0;
    int flagged = 0;
    int undated = 0;
    Set<String> actorKeys = new HashSet<>();
    Map<String, Integer> notAnnotated = new TreeMap<>();
    Set<String> inBatch = new HashSet<>();
    try (RowInserts rows = new RowInserts(c, runId)) {
      for (AnnotatedDocument document : documents) {
        String id = document.article().id();
        if (!inBatch.add(id) || exists(c, id)) {
          continue;
        }
        rows.add(document);
        fresh.add(document);
        events += document.find(Layer.EVENTS).map(List::size).orElse(0);
        flagged += (int) document.find(Layer.EVENTS).orElse(List.of()).stream().filter(EventRow::flagged).count();
        undated += document.article().creationDate() == null ? 1 : 0;
        if (document.has(Layer.STATUS)) {
          notAnnotated.merge(document.find(Layer.LANGUAGE).orElse("?"), 1, Integer::sum);
        }
        for (var actor : document.find(Layer.ACTORS).orElse(List.of())) {
          actors++;
          actorKeys.add(actor.ref().id());
        }
      }
      rows.flush();
      // the same transaction merges the new mentions into events: a crash leaves neither half-done
      int newEvents = new EventMerger(c).afterInsert(rows.events()).net();
      return new BatchResult(fresh.size(), documents.size() - fresh.size(), events, actors, flagged, undated, actorKeys,
          notAnnotated, newEvents);
    }
  }

  static boolean exists(Connection c, String articleId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Starts a row in ingest_runs; returns its id. */
  public long startRun(String inputs) {
    Connection c = store.writerConnection();
    try (PreparedStatement next = c.prepareStatement("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs");
        ResultSet rs = next.executeQuery();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO ingest_runs (run_id, started_at, inputs, status) VALUES (?, current_timestamp, ?, ?)")) {
      rs.next();
      long runId = rs.getLong(1);
      insert.setLong(1, runId);
      insert.setString(2, inputs);
      insert.setString(3, "running");
      insert.executeUpdate();
      return runId;
    } catch (SQLException e) {
      throw new StoreException("cannot record ingest run in " + store.folder() + ": " + e.getMessage(), e);
    }
  }

  public void finishRun(long runId, IngestSummary summary) {
    Connection c = store.writerConnection();
    try (PreparedStatement st = c.prepareStatement(
        "UPDATE ingest_runs SET finished_at = current_timestamp, articles_new = ?, articles_skipped = ?,"
            + " articles_failed = ?, events = ?, status = ? WHERE run_id = ?")) {
      st.setInt(1, summary.articlesNew());
      st.setInt(2, summary.articlesSkipped());
      st.setInt(3, summary.articlesFailed());
      st.setInt(4, summary.events());
      st.setString(5, "finished");
      st.setLong(6, runId);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record ingest run in " + store.folder() + ": " + e.getMessage(), e);
    }
  }
}
