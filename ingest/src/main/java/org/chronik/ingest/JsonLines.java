package org.chronik.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one object per line with {@code id, url, source, date, title, text, language}; only
 * {@code text} is required ({@link ArticleRecords}). A bad line gives one error naming the file and
 * line; the others go on.
 */
final class JsonLines {
  private JsonLines() {}

  static List<ReadResult> parse(String content, String name) {
    List<ReadResult> results = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        results.add(ReadResult.of(ArticleRecords.parseJson(lines[i], name + ":" + (i + 1), name)));
      } catch (InputException e) {
        results.add(ReadResult.failed(e));
      }
    }
    return results;
  }
}
