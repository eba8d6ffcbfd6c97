package org.chronik.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;

/**
 * An article as it travels between Spark tasks: the model's {@link Article} is not serializable
 * (nor should it be), so its fields cross as plain values, the date as its ISO text.
 */
record ArticleData(String id, String source, String url, String creationDate, String title, String body,
    String language, String byline, List<String> credits, Map<String, String> metadata) implements Serializable {

  ArticleData {
    credits = List.copyOf(credits);
    metadata = new LinkedHashMap<>(metadata); // a HashMap-like map that serializes; Map.copyOf's order is random
  }

  static ArticleData of(Article a) {
    return new ArticleData(a.id(), a.source(), a.url(), a.creationDate() == null ? null : a.creationDate().toString(),
        a.title(), a.body(), a.language(), a.byline(), a.credits(), a.metadata());
  }

  Article article() {
    return new Article(id, source, url, creationDate == null ? null : PartialDate.parse(creationDate), title, body,
        language, byline, credits, metadata);
  }

  /** The output partition of the article and all its rows: {@code 2024-06}, or {@code undated}. */
  String month() {
    return creationDate == null ? Months.UNDATED : creationDate.substring(0, 7);
  }
}
