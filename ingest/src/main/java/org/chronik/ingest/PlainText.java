package org.chronik.ingest;

import java.util.List;
import java.util.Map;
import org.chronik.model.Article;

/** A plain text file: the whole content is the body; the date, if any, comes from the read options. */
final class PlainText {
  private PlainText() {}

  static Article parse(String content, String name) {
    return new Article(ArticleIds.of(content, null), name, null, null, SeedFormat.headline(content),
        content, null, null, List.of(), Map.of());
  }
}
