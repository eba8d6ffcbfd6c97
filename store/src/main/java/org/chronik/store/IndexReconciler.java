package org.chronik.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the search index hold exactly the database's articles after a crash: indexes articles a
 * crash left out (between the database commit and the index commit) and deletes documents of
 * articles the database does not have.
 */
final class IndexReconciler {
  private IndexReconciler() {}

  /** Cheap when the counts agree, which, since the index is only written after the database, means the sets agree. */
  static void reconcile(Store store, SearchIndex index) {
    try (Connection c = store.reader()) {
      long inDatabase;
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
        rs.next();
        inDatabase = rs.getLong(1);
      }
      if (inDatabase == index.size()) {
        return;
      }
      Set<String> stray = index.ids();
      Set<String> missing = new TreeSet<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (!stray.remove(id)) {
            missing.add(id);
          }
        }
      }
      index.deleteAndCommit(stray);
      List<IndexedArticle> batch = new ArrayList<>();
      for (String id : missing) {
        batch.add(fromDatabase(c, id));
        if (batch.size() == 500) {
          index.addAndCommit(batch);
          batch.clear();
        }
      }
      index.addAndCommit(batch);
    } catch (SQLException e) {
      throw new StoreException("cannot reconcile search index with " + store.folder() + ": " + e.getMessage(), e);
    }
  }

  private static IndexedArticle fromDatabase(Connection c, String id) throws SQLException {
    Set<String> terms = new TreeSet<>();
    try (PreparedStatement st = c.prepareStatement(
        "SELECT actor_key, name, country FROM actors WHERE article_id = ?"
            + " UNION SELECT actor_key, actor_name, actor_country FROM mentions WHERE article_id = ?"
            + " UNION SELECT source_key, source_name, source_country FROM events WHERE article_id = ?"
            + " UNION SELECT target_key, target_name, target_country FROM events WHERE article_id = ?")) {
      for (int i = 1; i <= 4; i++) {
        st.setString(i, id);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          IndexedArticle.addTerms(terms, rs.getString(1), rs.getString(2), rs.getString(3));
        }
      }
    }
    try (PreparedStatement st = c.prepareStatement("SELECT source, title, body, creation_date, date_precision FROM articles WHERE id = ?")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        java.sql.Date date = rs.getDate(4);
        return new IndexedArticle(id, rs.getString(1), rs.getString(2), rs.getString(3),
            date == null ? null : date.toLocalDate(), rs.getString(5), terms);
      }
    }
  }
}
