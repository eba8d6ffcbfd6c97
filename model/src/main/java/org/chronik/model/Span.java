package org.chronik.model;

/** A half-open character range [begin, end) in an article body. */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
