package org.chronik.spark;

/** The output's partitioning: every row sits in the month of its article's creation date. */
final class Months {
  /** The partition column's name: {@code events/month=2024-06/part-….parquet}. */
  static final String COLUMN = "month";
  /** The partition of articles without a creation date. */
  static final String UNDATED = "undated";

  private Months() {}
}
