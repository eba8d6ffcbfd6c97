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
    ResultSetMetaData meta = rs.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
    }
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>(columns.size());
      for (int i = 1; i <= columns.size(); i++) {
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
      rows.add(row);
    }
    return new Rows(columns, rows);
  }

  public int size() {
    return rows.size();
  }

  public Object get(int row, String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
    return rows.get(row).get(i);
  }

  public Map<String, Object> row(int row) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      m.put(columns.get(i), rows.get(row).get(i));
    }
    return m;
  }

  public void print(PrintStream out, Format format) {
    switch (format) {
      case JSONL -> {
        for (int i = 0; i < rows.size(); i++) {
          try {
            out.println(JSON.writeValueAsString(row(i)));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      case CSV -> {
        out.println(String.join(",", columns.stream().map(Rows::csv).toList()));
        for (List<Object> row : rows) {
          out.println(String.join(",", row.stream().map(Rows::csv).toList()));
        }
      }
      case TABLE -> printTable(out);
    }
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

  /** Aligned columns; long cells (evidence) are cut at 80 characters so rows stay one line. */
  private void printTable(PrintStream out) {
    int[] widths = new int[columns.size()];
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : rows) {
      List<String> line = new ArrayList<>();
      for (Object v : row) {
        String s = v == null ? "" : v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d) : v.toString();
        s = s.replaceAll("\\s+", " ");
        line.add(s.length() > 80 ? s.substring(0, 79) + "…" : s);
      }
      cells.add(line);
    }
    for (int i = 0; i < columns.size(); i++) {
      widths[i] = columns.get(i).length();
      for (List<String> line : cells) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    out.println(pad(columns, widths));
    for (List<String> line : cells) {
      out.println(pad(line, widths));
    }
  }

  private static String pad(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
    }
    return sb.toString().stripTrailing();
  }
}
