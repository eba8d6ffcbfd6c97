package org.chronik.ingest;

import org.chronik.model.PartialDate;

/**
 * How to read inputs.
 *
 * @param date creation date for articles whose input gives none (the {@code --date} option), or null
 * @param maxBytes files larger than this are refused with one error line instead of being read
 */
public record ReadOptions(PartialDate date, long maxBytes) {
  /** 20 MB: far above any news article, low enough that a stray dump or binary cannot exhaust the heap. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public ReadOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public static ReadOptions defaults() {
    return new ReadOptions(null, DEFAULT_MAX_BYTES);
  }

  public ReadOptions withDate(PartialDate newDate) {
    return new ReadOptions(newDate, maxBytes);
  }
}
