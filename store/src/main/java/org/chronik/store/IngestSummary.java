package org.chronik.store;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an ingest run did.
 *
 * @param notAnnotated new articles stored without annotation, by language (no pipeline reads it)
 */
public record IngestSummary(
    long runId,
    int inputs,
    int readErrors,
    int articlesNew,
    int articlesSkipped,
    int articlesFailed,
    int events,
    int actors,
    double seconds,
    Map<String, Integer> notAnnotated) {

  public IngestSummary {
    notAnnotated = Map.copyOf(notAnnotated);
  }

  public IngestSummary(long runId, int inputs, int readErrors, int articlesNew, int articlesSkipped, int articlesFailed,
      int events, int actors, double seconds) {
    this(runId, inputs, readErrors, articlesNew, articlesSkipped, articlesFailed, events, actors, seconds, Map.of());
  }

  /** One line for people, e.g. at the end of {@code chronik ingest}. */
  public String line() {
    return String.format(java.util.Locale.ROOT,
        "ingested %d inputs in %.1f s: %d new articles, %d skipped (already stored), %d failed; %d events, %d actors%s%s",
        inputs, seconds, articlesNew, articlesSkipped, articlesFailed, events, actors, notAnnotatedPart(),
        readErrors > 0 ? "; " + readErrors + " inputs or records unreadable" : "");
  }

  /** "; 2 new articles not annotated (language en: 1, fr: 1; stored with their metadata only)". */
  private String notAnnotatedPart() {
    int total = notAnnotated.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return "";
    }
    String languages = new java.util.TreeMap<>(notAnnotated).entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    return "; " + total + " new article" + (total == 1 ? "" : "s") + " not annotated (language " + languages
        + "; no pipeline for it, stored with metadata only)";
  }
}
