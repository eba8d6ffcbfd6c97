package org.chronik.schema;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an output table: its name, type, whether it may be null, and which field of the
 * row record holds its value.
 *
 * @param <R> the row record of the table
 */
public record Column<R>(String name, ColumnType type, boolean nullable, Function<R, ?> field) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
  }

  /** A column that may be null. */
  public static <R> Column<R> of(String name, ColumnType type, Function<R, ?> field) {
    return new Column<>(name, type, true, field);
  }

  /** A column that is never null. */
  public static <R> Column<R> required(String name, ColumnType type, Function<R, ?> field) {
    return new Column<>(name, type, false, field);
  }

  /** The value of this column in a row; checked against the column's type and nullability. */
  public Object valueOf(R row) {
    Object value = field.apply(row);
    if (value == null && !nullable) {
      throw new IllegalStateException("column " + name + " is null in " + row);
    }
    if (value != null && !type.javaType().isInstance(value)) {
      throw new IllegalStateException("column " + name + " (" + type + ") holds a " + value.getClass().getSimpleName());
    }
    return value;
  }
}
