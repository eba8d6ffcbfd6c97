package org.chronik.schema;

import static org.chronik.schema.ColumnType.INTEGER;
import static org.chronik.schema.ColumnType.VARCHAR;

import org.chronik.model.Quote;

/** A row of {@code quotes}: a quotation with its cue, speaker and reporting source. */
public record QuoteRow(String articleId, Integer spanBegin, Integer spanEnd, String text, String type, Integer cueBegin,
    Integer cueEnd, String cueText, String speakerKey, String speakerName, Integer speakerBegin, Integer speakerEnd,
    String sourceKey, String sourceName) {

  public static final Table<QuoteRow> TABLE = Table.of("quotes", QuoteRow.class,
      Column.required("article_id", VARCHAR, QuoteRow::articleId),
      Column.required("span_begin", INTEGER, QuoteRow::spanBegin),
      Column.required("span_end", INTEGER, QuoteRow::spanEnd),
      Column.of("text", VARCHAR, QuoteRow::text),
      Column.of("type", VARCHAR, QuoteRow::type),
      Column.of("cue_begin", INTEGER, QuoteRow::cueBegin),
      Column.of("cue_end", INTEGER, QuoteRow::cueEnd),
      Column.of("cue_text", VARCHAR, QuoteRow::cueText),
      Column.of("speaker_key", VARCHAR, QuoteRow::speakerKey),
      Column.of("speaker_name", VARCHAR, QuoteRow::speakerName),
      Column.of("speaker_begin", INTEGER, QuoteRow::speakerBegin),
      Column.of("speaker_end", INTEGER, QuoteRow::speakerEnd),
      Column.of("source_key", VARCHAR, QuoteRow::sourceKey),
      Column.of("source_name", VARCHAR, QuoteRow::sourceName));

  static QuoteRow of(String articleId, Quote q) {
    return new QuoteRow(articleId, q.span().begin(), q.span().end(), q.text(), q.type() == null ? null : q.type().name(),
        Values.begin(q.cue()), Values.end(q.cue()), q.cueText(), Values.key(q.speaker()), Values.name(q.speaker()),
        Values.begin(q.speakerSpan()), Values.end(q.speakerSpan()), Values.key(q.source()), Values.name(q.source()));
  }
}
