package org.chronik.schema;

import static org.chronik.schema.ColumnType.BIGINT;
import static org.chronik.schema.ColumnType.DATE;
import static org.chronik.schema.ColumnType.INTEGER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A row of {@code events}: one happening, however many articles report it (GDELT's event record).
 * It carries its counts and when it was first and last reported, then the columns of its
 * representative mention ({@link EventRow}, without the mention's own {@code global_event_id}):
 * the mention dated most precisely, first reported among those.
 *
 * @param numMentions mentions in all articles (an article may mention it more than once)
 * @param numSources distinct outlets that reported it ({@link Outlets})
 * @param numArticles distinct articles that reported it
 * @param firstSeen the earliest date of an article that reports it (the article's date, else the day it was stored)
 */
public record MergedEventRow(long globalEventId, int numMentions, int numSources, int numArticles, LocalDate firstSeen,
    LocalDate lastSeen, EventRow representative) {

  public MergedEventRow {
    Objects.requireNonNull(representative, "representative");
  }

  public static final Table<MergedEventRow> TABLE = table();

  private static Table<MergedEventRow> table() {
    List<Column<MergedEventRow>> columns = new ArrayList<>(List.of(
        Column.required("global_event_id", BIGINT, MergedEventRow::globalEventId),
        Column.required("num_mentions", INTEGER, MergedEventRow::numMentions),
        Column.required("num_sources", INTEGER, MergedEventRow::numSources),
        Column.required("num_articles", INTEGER, MergedEventRow::numArticles),
        Column.of("first_seen", DATE, MergedEventRow::firstSeen),
        Column.of("last_seen", DATE, MergedEventRow::lastSeen)));
    for (Column<EventRow> c : EventRow.TABLE.columns()) {
      if (!c.name().equals("global_event_id")) {
        columns.add(new Column<>(c.name(), c.type(), c.nullable(), r -> c.field().apply(r.representative())));
      }
    }
    return new Table<>("events", MergedEventRow.class, columns);
  }
}
