package org.chronik.store;

import java.time.LocalDate;

/**
 * A full-text search: Lucene query syntax over title and body, optionally limited to articles
 * written in [from, to] (either may be null) and mentioning an actor (key, key suffix, name or country).
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, String actor, int limit) {
  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty search query");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
