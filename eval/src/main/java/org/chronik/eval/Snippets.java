package org.chronik.eval;

import org.chronik.model.Span;

/**
 * Finds gold snippets in a body the way the gold format says: both sides are compared after folding
 * every run of whitespace into one space, and the n-th non-overlapping occurrence is mapped back to
 * its span in the original body.
 */
public final class Snippets {
  private final String folded;
  /** For each character of {@code folded}, its offset in the original body. */
  private final int[] origin;
  /** For each character of {@code folded}, the end offset of the original run it stands for. */
  private final int[] originEnd;

  public Snippets(String body) {
    StringBuilder sb = new StringBuilder(body.length());
    int[] from = new int[body.length()];
    int[] to = new int[body.length()];
    int i = 0;
    while (i < body.length()) {
      int start = i;
      if (isSpace(body.charAt(i))) {
        while (i < body.length() && isSpace(body.charAt(i))) {
          i++;
        }
        from[sb.length()] = start;
        to[sb.length()] = i;
        sb.append(' ');
      } else {
        from[sb.length()] = start;
        to[sb.length()] = i + 1;
        sb.append(body.charAt(i));
        i++;
      }
    }
    this.folded = sb.toString();
    this.origin = from;
    this.originEnd = to;
  }

  /** Folds every run of whitespace (no-break spaces included) into one space. */
  public static String fold(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (!inSpace) {
          sb.append(' ');
        }
        inSpace = true;
      } else {
        sb.append(c);
        inSpace = false;
      }
    }
    return sb.toString();
  }

  /** Line breaks, tabs and every Unicode space, including no-break spaces that news sites use. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The span of the {@code occurrence}-th (1-based) non-overlapping occurrence of {@code snippet},
   * or null when there are fewer occurrences.
   */
  public Span locate(String snippet, int occurrence) {
    String needle = fold(snippet);
    if (needle.isEmpty() || occurrence < 1) {
      return null;
    }
    int at = -1;
    int from = 0;
    for (int n = 0; n < occurrence; n++) {
      at = folded.indexOf(needle, from);
      if (at < 0) {
        return null;
      }
      from = at + needle.length();
    }
    int last = at + needle.length() - 1;
    // a snippet that starts or ends with a folded space covers the whole whitespace run
    int begin = origin[at];
    int end = originEnd[last];
    return new Span(begin, end);
  }
}
