package org.chronik.pipeline.timex;

/** The tense of the clause around a time expression, as far as it matters for resolving it. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN;

  /** Parses "past", "present", "future" (case-insensitive); anything else is UNKNOWN. */
  public static Tense of(String word) {
    try {
      return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}
