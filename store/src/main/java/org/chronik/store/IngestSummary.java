package org.chronik.store;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an ingest run did.
 *
 * @param flaggedEvents events stored but hidden by default (negated, hypothetical, repeated)
 * @param actors distinct actors of the new articles
 * @param undatedArticles new articles without a date: their events have none unless the text gives one
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
    int flaggedEvents,
    int actors,
    int undatedArticles,
    double seconds,
    Map<String, Integer> notAnnotated) {

  public IngestSummary {
    notAnnotated = Map.copyOf(notAnnotated);
  }

  public IngestSummary(long runId, int inputs, int readErrors, int articlesNew, int articlesSkipped, int articlesFailed,
      int events, int flaggedEvents, int actors, int undatedArticles, double seconds) {
    this(runId, inputs, readErrors, articlesNew, articlesSkipped, articlesFailed, events, flaggedEvents, actors,
        undatedArticles, seconds, Map.of());
  }

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
    sb.append(String.format(Locale.ROOT, ", %,d distinct %s", actors, actors == 1 ? "actor" : "actors"));
    if (undatedArticles > 0) {
      sb.append(String.format(Locale.ROOT, "; %,d new %s no date (--date gives them one)", undatedArticles,
          undatedArticles == 1 ? "article has" : "articles have"));
    }
    sb.append(notAnnotatedPart());
    if (readErrors > 0) {
      sb.append(String.format(Locale.ROOT, "; %,d %s unreadable", readErrors, readErrors == 1 ? "input or record" : "inputs or records"));
    }
    return sb.toString();
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
