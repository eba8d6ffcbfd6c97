package org.chronik.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows as aligned text columns for people. A layout can cap columns and give one column the width
 * the others leave within a line length, so a table fits a terminal; cut cells end in "…".
 */
public final class TextTable {
  /**
   * @param width the line length to fit, or 0 for no limit
   * @param caps the most characters a column may take (columns not named: {@link #DEFAULT_CAP})
   * @param stretch the column that takes what is left of {@code width}, or null
   */
  public record Layout(int width, Map<String, Integer> caps, String stretch) {
    /** Every cell whole up to {@link #DEFAULT_CAP} characters. */
    public static final Layout UNLIMITED = new Layout(0, Map.of(), null);
  }

  /** The longest a cell is shown when nothing else is said: long texts (evidence) stay one line. */
  static final int DEFAULT_CAP = 80;
  private static final int GAP = 2;
  private static final int LEAST_STRETCH = 20;

  private TextTable() {}

  public static void print(PrintStream out, Rows rows, Layout layout) {
    List<String> columns = rows.columns();
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : rows.rows()) {
      List<String> line = new ArrayList<>();
      for (Object v : row) {
        line.add(text(v));
      }
      cells.add(line);
    }
    int[] widths = new int[columns.size()];
    int used = 0;
    int stretch = layout.stretch() == null ? -1 : columns.indexOf(layout.stretch());
    for (int i = 0; i < columns.size(); i++) {
      widths[i] = Math.min(natural(columns.get(i), cells, i), Math.max(columns.get(i).length(), layout.caps().getOrDefault(columns.get(i), DEFAULT_CAP)));
      if (i != stretch) {
        used += widths[i] + (i > 0 ? GAP : 0);
      }
    }
    if (stretch >= 0 && layout.width() > 0) {
      int room = layout.width() - used - (stretch > 0 ? GAP : 0);
      widths[stretch] = Math.min(natural(columns.get(stretch), cells, stretch), Math.max(LEAST_STRETCH, room));
    }
    out.println(line(columns, widths));
    for (List<String> line : cells) {
      out.println(line(line, widths));
    }
  }

  private static int natural(String header, List<List<String>> cells, int column) {
    int n = header.length();
    for (List<String> line : cells) {
      n = Math.max(n, line.get(column).length());
    }
    return n;
  }

  private static String text(Object v) {
    String s = v == null ? "" : v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v.toString();
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(" ".repeat(GAP));
      }
      String cell = cut(cells.get(i), widths[i]);
      sb.append(cell).append(" ".repeat(widths[i] - cell.length()));
    }
    return sb.toString().stripTrailing();
  }

  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)).stripTrailing() + "…";
  }
}
