package org.chronik.schema;

import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;

/**
 * An annotated document as rows of the output tables. A layer the document lacks gives no rows
 * (the article row lists the layers it had). Sentences are the lemmatized ones, or the raw parse
 * when there are none.
 */
public record DocumentRows(ArticleRow article, List<SentenceRow> sentences, List<MentionRow> mentions,
    List<ActorRow> actors, List<EventRow> events, List<QuoteRow> quotes, List<TimeExpressionRow> timeExpressions) {

  /** Every output table, in the order a writer fills them. */
  public static final List<Table<?>> TABLES = List.of(ArticleRow.TABLE, SentenceRow.TABLE, MentionRow.TABLE,
      ActorRow.TABLE, EventRow.TABLE, QuoteRow.TABLE, TimeExpressionRow.TABLE);

  public DocumentRows {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    timeExpressions = List.copyOf(timeExpressions);
  }

  public static DocumentRows of(AnnotatedDocument document, Provenance provenance) {
    Article a = document.article();
    String id = a.id();
    List<Sentence> sentences = document.find(Layer.SENTENCES).or(() -> document.find(Layer.PARSE)).orElse(List.of());
    return new DocumentRows(
        ArticleRow.of(document, provenance),
        sentences.stream().map(s -> SentenceRow.of(id, s)).toList(),
        document.find(Layer.MENTIONS).orElse(List.of()).stream().map(m -> MentionRow.of(id, m)).toList(),
        document.find(Layer.ACTORS).orElse(List.of()).stream().map(x -> ActorRow.of(id, x)).toList(),
        document.find(Layer.EVENTS).orElse(List.of()).stream().map(e -> EventRow.of(id, a.body(), e)).toList(),
        document.find(Layer.QUOTES).orElse(List.of()).stream().map(q -> QuoteRow.of(id, q)).toList(),
        document.find(Layer.TIMEX).orElse(List.of()).stream().map(t -> TimeExpressionRow.of(id, t)).toList());
  }

  /** The rows of one of {@link #TABLES}. */
  @SuppressWarnings("unchecked")
  public <R> List<R> rows(Table<R> table) {
    Object rows;
    if (table == ArticleRow.TABLE) {
      rows = List.of(article);
    } else if (table == SentenceRow.TABLE) {
      rows = sentences;
    } else if (table == MentionRow.TABLE) {
      rows = mentions;
    } else if (table == ActorRow.TABLE) {
      rows = actors;
    } else if (table == EventRow.TABLE) {
      rows = events;
    } else if (table == QuoteRow.TABLE) {
      rows = quotes;
    } else if (table == TimeExpressionRow.TABLE) {
      rows = timeExpressions;
    } else {
      throw new IllegalArgumentException("not an output table: " + table.name());
    }
    return (List<R>) rows;
  }
}
