package org.chronik.wikidata;

import java.util.List;

/**
 * How an import runs.
 *
 * @param since terms that ended before this year, and organisations dissolved before it, are left out
 * @param languages label and alias languages, in order of preference for names
 * @param threads parsing threads
 */
public record ImportOptions(int since, List<String> languages, int threads) {
  public ImportOptions {
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("at least one language");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread");
    }
  }

  public static ImportOptions defaults() {
    return new ImportOptions(1990, List.of("de", "en"), Runtime.getRuntime().availableProcessors());
  }
}
