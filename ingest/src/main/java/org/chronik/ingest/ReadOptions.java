package org.chronik.ingest;

import org.chronik.model.PartialDate;

/**
 * How to read inputs.
 *
 * @param date creation date for articles whose input gives none (the {@code --date} option), or null
 * @param maxBytes files larger than this are refused with one error line instead of being read
 * @param csv the columns of CSV inputs (text, date, title), where the user named them
 */
public record ReadOptions(PartialDate date, long maxBytes, CsvColumns csv) {
  /** 20 MB: far above any news article, low enough that a stray dump or binary cannot exhaust the heap. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (csv == null) {
      csv = CsvColumns.FIND;
    }
  }

  public ReadOptions(PartialDate date, long maxBytes) {
    this(date, maxBytes, CsvColumns.FIND);
  }

  public static ReadOptions defaults() {
    return new ReadOptions(null, DEFAULT_MAX_BYTES);
  }

  public ReadOptions withDate(PartialDate newDate) {
    return new ReadOptions(newDate, maxBytes, csv);
  }

  public ReadOptions withCsv(CsvColumns columns) {
    return new ReadOptions(date, maxBytes, columns);
  }
}
