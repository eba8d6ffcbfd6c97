package org.chronik.pipeline.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.chronik.model.Span;

/**
 * Finds the outermost spans in quotation marks. Nested quotations stay inside the outer one; an
 * unclosed quotation is capped at its paragraph end (a line break) unless the next paragraph opens
 * with the same mark (the German convention for quotations over several paragraphs).
 */
public final class QuotationMarks {
  private final List<MarkPair> pairs;

  public QuotationMarks(List<MarkPair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  public List<MarkedSpan> find(String text) {
    List<MarkedSpan> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      MarkPair pair = openerAt(text, i);
      if (pair == null) {
        i++;
        continue;
      }
      int end = scan(text, i, pair);
      boolean closed = end < text.length() && text.charAt(end) != '\n';
      Span inner = trim(text, i + 1, closed ? end : end);
      Span outer = new Span(i, closed ? end + 1 : inner.end());
      if (inner.length() > 0) {
        found.add(new MarkedSpan(outer, inner, closed));
      }
      i = closed ? end + 1 : Math.max(end, i + 1);
    }
    return found;
  }

  /** Index of the closing mark of the quotation opened at {@code start}, or of the line break (or text end) capping it. */
  private int scan(String text, int start, MarkPair first) {
    Deque<MarkPair> open = new ArrayDeque<>();
    open.push(first);
    int j = start + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == '\n') {
        int next = skipBlank(text, j);
        if (open.size() == 1 && next < text.length() && text.charAt(next) == first.open() && next > j) {
          j = next + 1; // the quotation goes on in the next paragraph
          continue;
        }
        return j;
      }
      int depth = closingDepth(text, j, open);
      if (depth >= 0) {
        for (int k = 0; k <= depth; k++) {
          open.pop(); // an unclosed nested quotation ends with the one that closes around it
        }
        if (open.isEmpty()) {
          return j;
        }
      } else {
        MarkPair nested = openerAt(text, j);
        if (nested != null) {
          open.push(nested);
        }
      }
      j++;
    }
    return text.length();
  }

  /** Depth in the stack (0 = innermost) of the quotation the mark at j closes, or -1. */
  private int closingDepth(String text, int j, Deque<MarkPair> open) {
    char c = text.charAt(j);
    int depth = 0;
    for (Iterator<MarkPair> it = open.iterator(); it.hasNext(); depth++) {
      MarkPair p = it.next();
      if (closes(p.open(), c) && (!p.symmetric() || closesAt(text, j))) {
        return depth;
      }
    }
    return -1;
  }

  /** True when some pair opened by {@code open} closes with {@code close} („ closes with “ or ”). */
  private boolean closes(char open, char close) {
    for (MarkPair p : pairs) {
      if (p.open() == open && p.close() == close) {
        return true;
      }
    }
    return false;
  }

  private MarkPair openerAt(String text, int i) {
    char c = text.charAt(i);
    for (MarkPair p : pairs) {
      if (p.open() == c && (!p.symmetric() || opensAt(text, i))) {
        return p;
      }
    }
    return null;
  }

  // A typewriter mark opens after a blank, a line start or a bracket and before a word.
  private static boolean opensAt(String text, int i) {
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{–—-/".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  private static boolean closesAt(String text, int i) {
    return i > 0 && !Character.isWhitespace(text.charAt(i - 1));
  }

  private static int skipBlank(String text, int j) {
    int k = j;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static Span trim(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }
}
