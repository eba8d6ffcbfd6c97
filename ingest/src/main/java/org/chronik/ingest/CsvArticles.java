package org.chronik.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;

/**
 * A CSV file as articles, one a record. The separator (; , or tab) and quote (" or ') are found
 * from the file. Columns are those the user names ({@link CsvColumns}), else found by header name
 * ({@code csv-columns.tsv}), else — for a file without header of two columns, a short label and a
 * long text, as 10kGNAD's {@code label;'text'} — the second column is the text and the first a
 * label. A file whose text column cannot be told is refused with one line saying how to name it;
 * a record that does not fit (wrong number of fields, empty text, bad date) is one error line.
 * Other columns go into the article's metadata.
 */
final class CsvArticles {
  /** A label column of a headerless label;text file holds no value longer than this. */
  private static final int LABEL_MAX = 40;
  /** Article texts run longer than this (median, in characters; a sentence or two), so a column this long is text, not a label. */
  private static final int TEXT_MIN = 60;

  private CsvArticles() {}

  static List<ReadResult> parse(String content, String name, CsvColumns wanted) {
    CsvRecords dialect = CsvRecords.detect(content, name, name.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv"));
    if (dialect == null) {
      throw new InputException(name, "cannot read it as CSV: no separator (; , or tab) gives its lines one number of fields;"
          + " check its quoting, or write the articles as JSON Lines");
    }
    List<CsvRecords.Row> rows = dialect.parse(content, name);
    int width = CsvRecords.width(rows);
    boolean header = hasHeader(rows, wanted);
    List<String> names = header ? rows.get(0).fields().stream().map(String::strip).toList() : defaultNames(rows, width);
    int text = column(wanted.text(), "text", names, header, name);
    if (text < 0) {
      text = !header && looksLikeLabelAndText(rows) ? 1 : -1;
    }
    if (text < 0) {
      throw new InputException(name, "which column holds the article text? Name it with --csv-text COL (a header name or a number"
          + " from 1; its columns: " + describe(names, header) + ")");
    }
    int date = column(wanted.date(), "date", names, header, name);
    int title = column(wanted.title(), "title", names, header, name);
    int url = header ? CsvHeaderNames.find(names, "url") : -1;
    String file = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
    List<ReadResult> results = new ArrayList<>();
    for (CsvRecords.Row row : rows.subList(header ? 1 : 0, rows.size())) {
      String where = name + " line " + row.line();
      List<String> f = row.fields();
      if (f.size() != width) {
        results.add(ReadResult.failed(where + ": " + f.size() + (f.size() == 1 ? " field" : " fields") + ", expected " + width
            + " like the other lines (a separator inside an unquoted text?)"));
        continue;
      }
      String body = f.get(text).strip();
      if (body.isEmpty()) {
        results.add(ReadResult.failed(where + ": empty text in column " + names.get(text)));
        continue;
      }
      PartialDate created = null;
      if (date >= 0 && !f.get(date).isBlank()) {
        created = Dates.parse(f.get(date));
        if (created == null) {
          results.add(ReadResult.failed(where + ": bad date \"" + f.get(date).strip() + "\" in column " + names.get(date)
              + " (expected YYYY-MM-DD or YYYY-MM)"));
          continue;
        }
      }
      Map<String, String> metadata = new HashMap<>();
      for (int i = 0; i < width; i++) {
        if (i != text && i != date && i != title && i != url && !f.get(i).isBlank()) {
          metadata.put(names.get(i), f.get(i).strip());
        }
      }
      String source = file + ":" + row.line();
      results.add(ReadResult.of(new Article(ArticleIds.of(body, source), source, url >= 0 ? blankToNull(f.get(url)) : null, created,
          title >= 0 ? blankToNull(f.get(title)) : null, body, null, null, List.of(), metadata)));
    }
    return results;
  }

  /**
   * A first record is a header when a column is named by header name, or when it holds a known
   * column name, or when the text column the user numbered is short there and long below.
   */
  private static boolean hasHeader(List<CsvRecords.Row> rows, CsvColumns wanted) {
    for (String c : new String[] {wanted.text(), wanted.date(), wanted.title()}) {
      if (c != null && !c.matches("\\d+")) {
        return true;
      }
    }
    List<String> first = rows.get(0).fields();
    if (first.stream().anyMatch(f -> CsvHeaderNames.role(f) != null)) {
      return true;
    }
    if (rows.size() < 2) {
      return false;
    }
    // numbered columns: a date column that is no date on the first line only, or a text column short there and long below
    List<String> second = rows.get(1).fields();
    if (wanted.date() != null) {
      int d = Integer.parseInt(wanted.date()) - 1;
      if (d >= 0 && d < first.size() && d < second.size() && Dates.parse(first.get(d)) == null && Dates.parse(second.get(d)) != null) {
        return true;
      }
    }
    if (wanted.text() == null) {
      return false;
    }
    int t = Integer.parseInt(wanted.text()) - 1;
    return t >= 0 && t < first.size() && first.get(t).length() <= LABEL_MAX
        && median(rows.subList(1, rows.size()), t) > 3 * Math.max(1, first.get(t).length());
  }

  /** Headerless, two columns: a short label and a long text in every sampled record. */
  private static boolean looksLikeLabelAndText(List<CsvRecords.Row> rows) {
    List<CsvRecords.Row> sample = rows.subList(0, Math.min(50, rows.size()));
    return sample.get(0).fields().size() == 2
        && sample.stream().allMatch(r -> r.fields().size() == 2 && r.fields().get(0).strip().length() <= LABEL_MAX)
        && median(sample, 1) >= TEXT_MIN;
  }

  private static int median(List<CsvRecords.Row> rows, int column) {
    int[] lengths = rows.stream().filter(r -> r.fields().size() > column).mapToInt(r -> r.fields().get(column).length()).sorted().toArray();
    return lengths.length == 0 ? 0 : lengths[lengths.length / 2];
  }

  /** The column the user named (by header name or number from 1), else the one the header names for the role, else -1. */
  private static int column(String wanted, String role, List<String> names, boolean header, String file) {
    if (wanted == null) {
      return header ? CsvHeaderNames.find(names, role) : -1;
    }
    if (wanted.matches("\\d+")) {
      int i = Integer.parseInt(wanted) - 1;
      if (i < 0 || i >= names.size()) {
        throw new InputException(file, "--csv-" + role + " " + wanted + ": it has " + names.size() + " columns (" + describe(names, header) + ")");
      }
      return i;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(wanted.strip())) {
        return i;
      }
    }
    throw new InputException(file, "--csv-" + role + " " + wanted + ": no such column (its header: " + describe(names, true) + ")");
  }

  private static List<String> defaultNames(List<CsvRecords.Row> rows, int width) {
    if (width == 2 && looksLikeLabelAndText(rows)) {
      return List.of("label", "text");
    }
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= width; i++) {
      names.add("column" + i);
    }
    return names;
  }

  private static String describe(List<String> names, boolean header) {
    return header ? String.join(", ", names) : names.size() + " columns, no header";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
