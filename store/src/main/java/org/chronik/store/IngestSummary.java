package org.chronik.store;

/** What an ingest run did. */
public record IngestSummary(
    long runId,
    int inputs,
    int readErrors,
    int articlesNew,
    int articlesSkipped,
    int articlesFailed,
    int events,
    int actors,
    double seconds) {

  /** One line for people, e.g. at the end of {@code chronik ingest}. */
  public String line() {
    return String.format(java.util.Locale.ROOT,
        "ingested %d inputs in %.1f s: %d new articles, %d skipped (already stored), %d failed; %d events, %d actors%s",
        inputs, seconds, articlesNew, articlesSkipped, articlesFailed, events, actors,
        readErrors > 0 ? "; " + readErrors + " inputs or records unreadable" : "");
  }
}
