package org.chronik.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Table;

/**
 * What annotating one article gave: its month and its rows of every output table (values in the
 * schema's column order, one list per table of {@link DocumentRows#TABLES}), or the failure.
 */
record Outcome(String month, List<List<Object[]>> tables, Failure failure, int events) implements Serializable {

  static Outcome of(String month, DocumentRows rows) {
    List<List<Object[]>> tables = new ArrayList<>();
    for (Table<?> table : DocumentRows.TABLES) {
      tables.add(values(table, rows));
    }
    return new Outcome(month, tables, null, rows.events().size());
  }

  static Outcome failed(Failure failure) {
    return new Outcome(null, List.of(), failure, 0);
  }

  private static <R> List<Object[]> values(Table<R> table, DocumentRows rows) {
    List<Object[]> out = new ArrayList<>();
    for (R row : rows.rows(table)) {
      out.add(table.values(row));
    }
    return out;
  }

  /** The rows of the table at this index of {@link DocumentRows#TABLES}; none for a failure. */
  List<Object[]> rows(int table) {
    return failure != null ? List.of() : tables.get(table);
  }
}
