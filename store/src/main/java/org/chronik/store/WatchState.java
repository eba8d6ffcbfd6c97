package org.chronik.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code chronik watch} remembers in the store (tables {@code watch_feeds} and
 * {@code watch_pages}): each feed's validators and failures, and each linked page's fate. Written
 * on the one writer connection, so the watcher that owns the store is its only writer.
 */
public final class WatchState {
  /** A feed's validators for the next conditional request, and its failures. */
  public record Feed(String url, String etag, String lastModified, Instant polledAt, int failures, Instant retryAt,
      String lastError) {
    public static Feed fresh(String url) {
      return new Feed(url, null, null, null, 0, null, null);
    }
  }

  /** What became of a page a feed linked to. */
  public enum PageStatus { STORED, DUPLICATE, RETRY, FAILED, DISALLOWED }

  /**
   * One page.
   *
   * @param url the item's link in canonical form (the key)
   * @param feedDate the feed's date for the item, used when the page gives none
   */
  public record Page(String url, String feedUrl, LocalDate feedDate, String canonicalUrl, String contentHash,
      String articleId, PageStatus status, int failures, Instant retryAt, String lastError) {}

  private final Store store;

  WatchState(Store store) {
    this.store = store;
  }

  public Optional<Feed> feed(String url) {
    try (PreparedStatement st = connection().prepareStatement(
        "SELECT url, etag, last_modified, polled_at, failures, retry_at, last_error FROM watch_feeds WHERE url = ?")) {
      st.setString(1, url);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(new Feed(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getInt(5),
            instant(rs, 6), rs.getString(7))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  public void save(Feed f) {
    try (PreparedStatement st = connection().prepareStatement(
        "INSERT OR REPLACE INTO watch_feeds (url, etag, last_modified, polled_at, failures, retry_at, last_error)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, f.url());
      st.setString(2, f.etag());
      st.setString(3, f.lastModified());
      timestamp(st, 4, f.polledAt());
      st.setInt(5, f.failures());
      timestamp(st, 6, f.retryAt());
      st.setString(7, f.lastError());
      st.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  public Optional<Page> page(String url) {
    List<Page> found = pages("url = ?", url);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Whether a page with this canonical URL or this content was stored before (under any link). */
  public boolean seen(String canonicalUrl, String contentHash) {
    try (PreparedStatement st = connection().prepareStatement(
        "SELECT count(*) FROM watch_pages WHERE status = 'STORED' AND (canonical_url = ? OR content_hash = ?)")) {
      st.setString(1, canonicalUrl);
      st.setString(2, contentHash);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Pages that failed before and are due for another try. */
  public List<Page> due(Instant now) {
    return pages("status = 'RETRY' AND retry_at <= ?", Timestamp.from(now));
  }

  public void save(Page p) {
    try (PreparedStatement st = connection().prepareStatement(
        "INSERT OR REPLACE INTO watch_pages (url, feed_url, feed_date, canonical_url, content_hash, article_id, status, failures,"
            + " retry_at, seen_at, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?)")) {
      st.setString(1, p.url());
      st.setString(2, p.feedUrl());
      if (p.feedDate() == null) {
        st.setNull(3, Types.DATE);
      } else {
        st.setDate(3, java.sql.Date.valueOf(p.feedDate()));
      }
      st.setString(4, p.canonicalUrl());
      st.setString(5, p.contentHash());
      st.setString(6, p.articleId());
      st.setString(7, p.status().name());
      st.setInt(8, p.failures());
      timestamp(st, 9, p.retryAt());
      st.setString(10, p.lastError());
      st.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private List<Page> pages(String condition, Object value) {
    try (PreparedStatement st = connection().prepareStatement(
        "SELECT url, feed_url, feed_date, canonical_url, content_hash, article_id, status, failures, retry_at, last_error"
            + " FROM watch_pages WHERE " + condition + " ORDER BY seen_at, url")) { // conditions are fixed texts above
      st.setObject(1, value);
      List<Page> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          java.sql.Date d = rs.getDate(3);
          out.add(new Page(rs.getString(1), rs.getString(2), d == null ? null : d.toLocalDate(), rs.getString(4), rs.getString(5),
              rs.getString(6), PageStatus.valueOf(rs.getString(7)), rs.getInt(8), instant(rs, 9), rs.getString(10)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private Connection connection() {
    return store.writerConnection();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static void timestamp(PreparedStatement st, int p, Instant value) throws SQLException {
    if (value == null) {
      st.setNull(p, Types.TIMESTAMP);
    } else {
      st.setTimestamp(p, Timestamp.from(value));
    }
  }

  private StoreException failure(SQLException e) {
    return new StoreException("cannot read or write the watch state of " + store.folder() + ": "
        + Store.firstLine(String.valueOf(e.getMessage())), e);
  }
}
