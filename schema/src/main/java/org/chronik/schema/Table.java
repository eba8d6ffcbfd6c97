package org.chronik.schema;

import java.util.List;
import java.util.Optional;

/**
 * An output table: its name and its columns in storage order. The order is the order of the
 * store's table (older columns first, added ones at the end, as the migrations add them) and of
 * every export; writers should still bind by name ({@link #columnNames()}).
 *
 * @param <R> the row record; one record is one row
 */
public record Table<R>(String name, Class<R> rowType, List<Column<R>> columns) {
  public Table {
    columns = List.copyOf(columns);
    if (columns.stream().map(Column::name).distinct().count() != columns.size()) {
      throw new IllegalArgumentException("table " + name + " names a column twice");
    }
  }

  @SafeVarargs
  static <R> Table<R> of(String name, Class<R> rowType, Column<R>... columns) {
    return new Table<>(name, rowType, List.of(columns));
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  public Optional<Column<R>> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The row's values in column order. */
  public Object[] values(R row) {
    Object[] out = new Object[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = columns.get(i).valueOf(row);
    }
    return out;
  }
}
