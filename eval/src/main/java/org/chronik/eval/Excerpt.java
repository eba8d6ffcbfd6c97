package org.chronik.eval;

import org.chronik.model.Span;

/** Short quoted snippets of the body for reports. */
final class Excerpt {
  private static final int MAX = 90;

  private Excerpt() {}

  static String of(String body, Span span) {
    if (span == null || span.end() > body.length()) {
      return "\"?\"";
    }
    return quote(span.of(body));
  }

  static String quote(String text) {
    String folded = Snippets.fold(text).strip();
    if (folded.length() > MAX) {
      folded = folded.substring(0, MAX - 1) + "…";
    }
    return "\"" + folded + "\"";
  }
}
