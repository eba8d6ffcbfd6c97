package org.chronik.pipeline.quotes;

/** An opening and a closing quotation mark, with the example sentence of {@code marks.tsv}. */
public record MarkPair(char open, char close, String example) {
  public boolean symmetric() {
    return open == close;
  }
}
