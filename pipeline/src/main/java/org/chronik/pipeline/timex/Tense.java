package org.chronik.pipeline.timex;

/** The tense of the clause around a time expression, as far as it matters for resolving it. */
public enum Tense {
  PAST,
  /** Past before a past: Plusquamperfekt ("hatte … unterzeichnet"), background to the story's time. */
  PLUPERFECT,
  PRESENT,
  FUTURE,
  UNKNOWN;

  /** Parses "past", "pluperfect", "present", "future" (case-insensitive); anything else is UNKNOWN. */
  public static Tense of(String word) {
    try {
      return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /** True for the past tenses, pluperfect included. */
  public boolean past() {
    return this == PAST || this == PLUPERFECT;
  }
}
