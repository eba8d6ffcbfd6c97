package org.chronik.eval;

import java.util.List;

/**
 * One layer of one document: the tallies, the required gold items the system missed, the system items
 * that matched nothing, and the matched items whose attribute (value, speaker, country/sector) is
 * wrong, each described with its snippet.
 */
public record LayerScore(Counts counts, List<String> missed, List<String> unmatched, List<String> wrong) {
  public LayerScore {
    missed = List.copyOf(missed);
    unmatched = List.copyOf(unmatched);
    wrong = List.copyOf(wrong);
  }

  /** Sums layer scores across documents; the lists are kept per document, not here. */
  public static Counts total(List<LayerScore> scores) {
    Counts sum = Counts.ZERO;
    for (LayerScore s : scores) {
      if (s != null) {
        sum = sum.plus(s.counts());
      }
    }
    return sum;
  }
}
