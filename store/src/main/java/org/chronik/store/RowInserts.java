package org.chronik.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.AnnotatedDocument;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.EventRow;
import org.chronik.schema.Provenance;
import org.chronik.schema.Table;

/**
 * Buffers the rows of documents ({@link DocumentRows}, the public schema) and inserts them in
 * batches, one statement per table and chunk, every column named and every value bound.
 */
final class RowInserts implements AutoCloseable {
  // rows of one statement: many rows per INSERT cost a third of one INSERT per row in DuckDB
  private static final int MAX_PARAMETERS = 8_000;

  private final Connection connection;
  private final Provenance provenance;
  private final Map<Table<?>, List<Object[]>> pending = new LinkedHashMap<>();
  private final List<EventRow> events = new ArrayList<>();

  RowInserts(Connection connection, long runId) {
    this.connection = connection;
    this.provenance = Provenance.now(runId);
    for (Table<?> table : DocumentRows.TABLES) {
      pending.put(table, new ArrayList<>());
    }
  }

  void add(AnnotatedDocument document) {
    DocumentRows rows = DocumentRows.of(document, provenance);
    events.addAll(rows.events());
    for (Table<?> table : DocumentRows.TABLES) {
      addAll(table, rows);
    }
  }

  /** The event mentions added since this object was made, for the merge into events. */
  List<EventRow> events() {
    return events;
  }

  private <R> void addAll(Table<R> table, DocumentRows rows) {
    List<Object[]> out = pending.get(table);
    for (R row : rows.rows(table)) {
      out.add(table.values(row));
    }
  }

  /** Inserts every buffered row, a few hundred rows per statement. */
  void flush() throws SQLException {
    for (Map.Entry<Table<?>, List<Object[]>> entry : pending.entrySet()) {
      Table<?> table = entry.getKey();
      List<Object[]> rows = entry.getValue();
      int columns = table.columns().size();
      int perStatement = Math.max(1, MAX_PARAMETERS / columns);
      String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
      // names come from the schema, never from input
      String into = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columnNames()) + ") VALUES ";
      for (int from = 0; from < rows.size(); from += perStatement) {
        List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
        try (PreparedStatement st = connection.prepareStatement(into + String.join(", ", Collections.nCopies(chunk.size(), row)))) {
          int p = 1;
          for (Object[] values : chunk) {
            for (Object v : values) {
              bind(st, p++, v);
            }
          }
          st.executeUpdate();
        }
      }
      rows.clear();
    }
  }

  private static void bind(PreparedStatement st, int p, Object v) throws SQLException {
    if (v == null) {
      st.setNull(p, Types.VARCHAR);
    } else if (v instanceof LocalDate d) {
      st.setDate(p, Date.valueOf(d));
    } else if (v instanceof LocalDateTime t) {
      st.setTimestamp(p, Timestamp.valueOf(t));
    } else {
      st.setObject(p, v);
    }
  }

  @Override
  public void close() {
    pending.values().forEach(List::clear);
  }
}
