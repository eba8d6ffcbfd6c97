package org.chronik.store;

import java.util.Locale;

/**
 * What an ingest run did.
 *
 * @param flaggedEvents events stored but hidden by default (negated, hypothetical, repeated)
 * @param actors distinct actors of the new articles
 * @param undatedArticles new articles without a date: their events have none unless the text gives one
 */
public record IngestSummary(
    long runId,
    int inputs,
    int readErrors,
    int articlesNew,
    int articlesSkipped,
    int articlesFailed,
    int events,
    int flaggedEvents,
    int actors,
    int undatedArticles,
    double seconds) {

  /** One line for people, e.g. at the end of {@code chronik ingest}. */
  public String line() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "ingested %,d %s in %.1f s: %,d new %s, %,d already stored, %,d failed; %,d %s", inputs, inputs == 1 ? "input" : "inputs",
        seconds, articlesNew, articlesNew == 1 ? "article" : "articles", articlesSkipped, articlesFailed, events,
        events == 1 ? "event" : "events"));
    if (flaggedEvents > 0) {
      sb.append(String.format(Locale.ROOT, " (%,d of them negated, hypothetical or repeated: hidden unless --include-flagged)",
          flaggedEvents));
    }
    sb.append(String.format(Locale.ROOT, ", %,d distinct actors", actors));
    if (undatedArticles > 0) {
      sb.append(String.format(Locale.ROOT, "; %,d new articles have no date (--date gives them one)", undatedArticles));
    }
    if (readErrors > 0) {
      sb.append(String.format(Locale.ROOT, "; %,d inputs or records unreadable", readErrors));
    }
    return sb.toString();
  }
}
