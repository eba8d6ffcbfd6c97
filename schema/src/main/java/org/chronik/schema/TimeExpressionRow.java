package org.chronik.schema;

import static org.chronik.schema.ColumnType.INTEGER;
import static org.chronik.schema.ColumnType.VARCHAR;

import org.chronik.model.TimeExpression;

/** A row of {@code time_expressions}: a time expression with its TIMEX type, value and modifier. */
public record TimeExpressionRow(String articleId, Integer spanBegin, Integer spanEnd, String text, String type,
    String value, String mod, String rule) {

  public static final Table<TimeExpressionRow> TABLE = Table.of("time_expressions", TimeExpressionRow.class,
      Column.required("article_id", VARCHAR, TimeExpressionRow::articleId),
      Column.required("span_begin", INTEGER, TimeExpressionRow::spanBegin),
      Column.required("span_end", INTEGER, TimeExpressionRow::spanEnd),
      Column.of("text", VARCHAR, TimeExpressionRow::text),
      Column.of("type", VARCHAR, TimeExpressionRow::type),
      Column.of("value", VARCHAR, TimeExpressionRow::value),
      Column.of("mod", VARCHAR, TimeExpressionRow::mod),
      Column.of("rule", VARCHAR, TimeExpressionRow::rule));

  static TimeExpressionRow of(String articleId, TimeExpression t) {
    return new TimeExpressionRow(articleId, t.span().begin(), t.span().end(), t.text(), t.type(), t.value(), t.mod(), t.rule());
  }
}
