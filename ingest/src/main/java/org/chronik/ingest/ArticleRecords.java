package org.chronik.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;

/**
 * An article from one record of named fields: a JSON Lines object, or a row of a table with the
 * same columns (Parquet). Only {@code text} is required; a record without {@code id} gets the
 * content hash of its text and source, and one without {@code source} takes the input's name.
 */
public final class ArticleRecords {
  /** The fields a record may have, as JSON Lines names them and as table columns. */
  public static final List<String> FIELDS = List.of("id", "url", "source", "date", "title", "text", "language");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleRecords() {}

  /**
   * One JSON Lines object.
   *
   * @param where the input and position for error lines ({@code file:LINE})
   * @param inputName the input's name, the source of an article that names none
   */
  public static ReadResult fromJson(String line, String where, String inputName, ReadOptions options) {
    try {
      return ReadResult.of(Readers.dated(parseJson(line, where, inputName), options));
    } catch (InputException e) {
      return ReadResult.failed(e);
    }
  }

  /** One row of named string fields (absent or null fields are missing); see {@link #fromJson}. */
  public static ReadResult fromFields(Map<String, String> fields, String where, String inputName, ReadOptions options) {
    try {
      return ReadResult.of(Readers.dated(article(fields, where, inputName), options));
    } catch (InputException e) {
      return ReadResult.failed(e);
    }
  }

  static Article parseJson(String line, String where, String inputName) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(where, "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputException(where, "expected a JSON object");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : FIELDS) {
      fields.put(field, string(node, field, where));
    }
    return article(fields, where, inputName);
  }

  private static Article article(Map<String, String> fields, String where, String inputName) {
    String text = fields.get("text");
    if (text == null || text.isBlank()) {
      throw new InputException(where, "missing or empty \"text\"");
    }
    String dateText = fields.get("date");
    PartialDate date = null;
    if (dateText != null && !dateText.isBlank()) {
      date = Dates.parse(dateText);
      if (date == null) {
        throw new InputException(where, "bad \"date\": \"" + dateText + "\" (expected YYYY-MM-DD or YYYY-MM)");
      }
    }
    String source = fields.get("source");
    String id = fields.get("id");
    return new Article(id != null ? id : ArticleIds.of(text, source), source != null ? source : inputName,
        fields.get("url"), date, fields.get("title"), text, fields.get("language"), null, List.of(), Map.of());
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
