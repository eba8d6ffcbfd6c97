package org.chronik.pipeline.quotes;

import java.util.List;

/**
 * One line of {@code lang/<iso>/quotes/words.tsv}.
 *
 * @param words lemmas, or lowercase word beginnings for scare words
 * @param example a sentence the entry must handle, run by a test
 * @param expect what the example must yield (see the README)
 * @param line where the entry stands, for messages
 */
public record QuoteWord(Kind kind, List<String> words, String example, String expect, String line) {
  /** Scare words, name nouns, speaker pronouns, infinitive markers. */
  public enum Kind { SCARE, NAME, PRONOUN, INFINITIVE }

  public QuoteWord {
    words = List.copyOf(words);
  }

  public String pattern() {
    return String.join(" ", words);
  }
}
