package org.chronik.spark;

/**
 * What one run did. Counts come from Spark accumulators: a task that is retried is counted again,
 * so they are exact only for runs without task failures; the tables are the record.
 *
 * @param articles articles annotated and written (articles already in the output are not read again)
 * @param events events among them
 * @param errors rows that went to the errors table in this run (before leaving out ones recorded earlier)
 * @param seconds wall time of the run
 */
public record JobSummary(long articles, long events, long errors, int partitions, double seconds) {
  public String line() {
    return String.format(java.util.Locale.ROOT,
        "chronik-spark: %d articles annotated, %d events, %d errors, %d partitions, %.1f s (%.2f articles/s)",
        articles, events, errors, partitions, seconds, articles / Math.max(seconds, 1e-9));
  }
}
