package org.chronik.store;

import java.time.LocalDate;

/**
 * A full-text search over title and body, optionally limited to articles written in [from, to]
 * (either may be null) and mentioning an actor (key, key suffix, name or country).
 *
 * @param query plain words, all required, and "quoted phrases"; every other character is text
 *     ("9/11", "USA/China", "(offen")
 * @param advanced read the query in Lucene's syntax instead (AND, OR, NOT, field:word, wildcards)
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, String actor, int limit, boolean advanced) {
  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty search query");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /** A plain-words search. */
  public SearchRequest(String query, LocalDate from, LocalDate to, String actor, int limit) {
    this(query, from, to, actor, limit, false);
  }
}
