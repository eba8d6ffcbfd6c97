package org.chronik.schema;

import static org.chronik.schema.ColumnType.BIGINT;
import static org.chronik.schema.ColumnType.DATE;
import static org.chronik.schema.ColumnType.TIMESTAMP;
import static org.chronik.schema.ColumnType.VARCHAR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;

/** A row of {@code articles}: the article's metadata and body, the layers it got, and its status. */
public record ArticleRow(String id, String source, String url, LocalDate creationDate, String datePrecision,
    String title, String body, String language, String byline, String credits, String metadata, String layers,
    Long runId, LocalDateTime ingestedAt, String status) {

  /** The status of a document that went through its language's whole pipeline. */
  public static final String ANNOTATED = "annotated";

  public static final Table<ArticleRow> TABLE = Table.of("articles", ArticleRow.class,
      Column.required("id", VARCHAR, ArticleRow::id),
      Column.of("source", VARCHAR, ArticleRow::source),
      Column.of("url", VARCHAR, ArticleRow::url),
      Column.of("creation_date", DATE, ArticleRow::creationDate),
      Column.of("date_precision", VARCHAR, ArticleRow::datePrecision),
      Column.of("title", VARCHAR, ArticleRow::title),
      Column.required("body", VARCHAR, ArticleRow::body),
      Column.of("language", VARCHAR, ArticleRow::language),
      Column.of("byline", VARCHAR, ArticleRow::byline),
      Column.of("credits", VARCHAR, ArticleRow::credits),
      Column.of("metadata", VARCHAR, ArticleRow::metadata),
      Column.of("layers", VARCHAR, ArticleRow::layers),
      Column.of("run_id", BIGINT, ArticleRow::runId),
      Column.required("ingested_at", TIMESTAMP, ArticleRow::ingestedAt),
      Column.of("status", VARCHAR, ArticleRow::status));

  static ArticleRow of(AnnotatedDocument document, Provenance provenance) {
    Article a = document.article();
    List<String> layers = new ArrayList<>();
    document.layers().forEach(l -> layers.add(l.name()));
    String language = a.language() != null ? a.language() : document.find(Layer.LANGUAGE).orElse(null);
    return new ArticleRow(a.id(), a.source(), a.url(), Values.date(a.creationDate()), Values.precision(a.creationDate()),
        a.title(), a.body(), language, a.byline(), Values.json(a.credits()), Values.json(a.metadata()),
        String.join(",", layers), provenance.runId(), provenance.ingestedAt(), document.find(Layer.STATUS).orElse(ANNOTATED));
  }
}
