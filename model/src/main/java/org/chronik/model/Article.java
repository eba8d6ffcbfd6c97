package org.chronik.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as a reader delivers it. {@code body} is the text every span refers to.
 *
 * @param id stable identifier (hash of normalized text and source unless the input gave one)
 * @param source where it came from: the file path, a feed, a publisher
 * @param url the article's address, or null
 * @param creationDate when it was written, day or month precision; null when undated
 * @param title the headline, or null
 * @param body the full text; all offsets refer to it
 * @param language ISO 639-1 code, or null when the reader did not know
 * @param byline the author line, or null
 * @param credits photo credits, agency tags and similar lines that are not reporting
 * @param metadata anything else a reader or the cleaner learned (dateline place, agency, …)
 */
public record Article(
    String id,
    String source,
    String url,
    PartialDate creationDate,
    String title,
    String body,
    String language,
    String byline,
    List<String> credits,
    Map<String, String> metadata) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    credits = credits == null ? List.of() : List.copyOf(credits);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  public static Article of(String id, PartialDate creationDate, String body) {
    return new Article(id, id, null, creationDate, null, body, null, null, List.of(), Map.of());
  }

  public Article withLanguage(String lang) {
    return new Article(id, source, url, creationDate, title, body, lang, byline, credits, metadata);
  }

  public Article withCreationDate(PartialDate date) {
    return new Article(id, source, url, date, title, body, language, byline, credits, metadata);
  }
}
