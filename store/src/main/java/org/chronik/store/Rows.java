package org.chronik.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A query result: column names and rows of plain values, printable as a table, JSON Lines or CSV. */
public record Rows(List<String> columns, List<List<Object>> rows) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public enum Format { TABLE, JSONL, CSV }

  public Rows {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  static Rows read(ResultSet rs) throws SQLException {
    List<String> columns = columns(rs);
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      rows.add(row(rs, columns.size()));
    }
    return new Rows(columns, rows);
  }

  /** Writes a result set row by row as JSON Lines or CSV; returns the rows written. */
  static long stream(ResultSet rs, PrintStream out, Format format) throws SQLException {
    if (format == Format.TABLE) {
      throw new IllegalArgumentException("a table needs every row to size its columns: read the rows first");
    }
    List<String> columns = columns(rs);
    if (format == Format.CSV) {
      out.println(csvLine(columns));
    }
    long n = 0;
    while (rs.next()) {
      printRow(out, format, columns, row(rs, columns.size()));
      n++;
    }
    return n;
  }

  private static List<String> columns(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
    }
    return columns;
  }

  private static List<Object> row(ResultSet rs, int size) throws SQLException {
    List<Object> row = new ArrayList<>(size);
    for (int i = 1; i <= size; i++) {
      Object v = rs.getObject(i);
      if (v instanceof java.sql.Date d) {
        v = d.toLocalDate().toString();
      } else if (v instanceof java.time.LocalDate d) {
        v = d.toString();
      } else if (v instanceof java.sql.Timestamp t) {
        v = t.toLocalDateTime().toString();
      } else if (v instanceof java.math.BigInteger || v instanceof java.math.BigDecimal) {
        v = ((Number) v).longValue();
      }
      row.add(v);
    }
    return row;
  }

  public int size() {
    return rows.size();
  }

  public Object get(int row, String column) {
    return rows.get(row).get(index(column));
  }

  /** The position of a column; an error naming the columns there are. */
  public int index(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
    return i;
  }

  public Map<String, Object> row(int row) {
    return map(columns, rows.get(row));
  }

  private static Map<String, Object> map(List<String> columns, List<Object> values) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      m.put(columns.get(i), values.get(i));
    }
    return m;
  }

  /** Only the named columns, in that order. */
  public Rows select(List<String> names) {
    int[] at = names.stream().mapToInt(this::index).toArray();
    List<List<Object>> picked = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      List<Object> r = new ArrayList<>(at.length);
      for (int i : at) {
        r.add(row.get(i));
      }
      picked.add(r);
    }
    return new Rows(names, picked);
  }

  /** The same rows with one column's values changed (e.g. an empty date shown as "no date"). */
  public Rows withColumn(String column, java.util.function.UnaryOperator<Object> change) {
    int at = index(column);
    List<List<Object>> changed = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      List<Object> r = new ArrayList<>(row);
      r.set(at, change.apply(r.get(at)));
      changed.add(r);
    }
    return new Rows(columns, changed);
  }

  public void print(PrintStream out, Format format) {
    if (format == Format.TABLE) {
      TextTable.print(out, this, TextTable.Layout.UNLIMITED);
      return;
    }
    if (format == Format.CSV) {
      out.println(csvLine(columns));
    }
    for (List<Object> row : rows) {
      printRow(out, format, columns, row);
    }
  }

  private static void printRow(PrintStream out, Format format, List<String> columns, List<Object> row) {
    if (format == Format.CSV) {
      out.println(csvLine(row));
      return;
    }
    try {
      out.println(JSON.writeValueAsString(map(columns, row)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String csvLine(List<?> cells) {
    return String.join(",", cells.stream().map(Rows::csv).toList());
  }

  /**
   * One CSV cell. Text that a spreadsheet would read as a formula (starting with =, +, -, @, a tab
   * or a carriage return; evidence is article text, which anyone can write) gets a leading
   * apostrophe, so opening an export never runs it. Numbers are written as they are, so a negative
   * Goldstein value stays a number. Bulk exports ({@code chronik export}) are for programs and keep text unchanged.
   */
  static String csv(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
