package org.chronik.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;

/**
 * JSON Lines: one object per line with {@code id, url, source, date, title, text, language}; only
 * {@code text} is required. A bad line gives one error naming the file and line; the others go on.
 */
final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  static List<ReadResult> parse(String content, String name) {
    List<ReadResult> results = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        results.add(ReadResult.of(parseLine(lines[i], name, i + 1)));
      } catch (InputException e) {
        results.add(ReadResult.failed(e));
      }
    }
    return results;
  }

  private static Article parseLine(String line, String name, int number) {
    String where = name + ":" + number;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(where, "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputException(where, "expected a JSON object");
    }
    String text = string(node, "text", where);
    if (text == null || text.isBlank()) {
      throw new InputException(where, "missing or empty \"text\"");
    }
    String dateText = string(node, "date", where);
    PartialDate date = null;
    if (dateText != null && !dateText.isBlank()) {
      date = Dates.parse(dateText);
      if (date == null) {
        throw new InputException(where, "bad \"date\": \"" + dateText + "\" (expected YYYY-MM-DD or YYYY-MM)");
      }
    }
    String source = string(node, "source", where);
    String id = string(node, "id", where);
    return new Article(id != null ? id : ArticleIds.of(text, source), source != null ? source : name,
        string(node, "url", where), date, string(node, "title", where), text,
        string(node, "language", where), null, List.of(), Map.of());
  }

  /** A string field, null when absent or JSON null; an error when it holds something else. */
  private static String string(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InputException(where, "\"" + field + "\" must be a string");
    }
    return value.asText();
  }
}
