package org.chronik.ingest;

/**
 * Which columns of a CSV file hold an article's text, date and title: a header name ("body") or a
 * column number counted from 1 ("2"); null where the reader should find it (see {@link CsvArticles}).
 */
public record CsvColumns(String text, String date, String title) {
  public static final CsvColumns FIND = new CsvColumns(null, null, null);

  public CsvColumns {
    for (String c : new String[] {text, date, title}) {
      if (c != null && c.isBlank()) {
        throw new IllegalArgumentException("a CSV column is a header name or a number from 1, not blank");
      }
    }
  }

  /** Whether any column was named by the user (stdin is then read as CSV). */
  public boolean given() {
    return text != null || date != null || title != null;
  }
}
