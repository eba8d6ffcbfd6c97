package org.chronik.eval.quotes;

import java.util.Locale;
import java.util.Map;

/** The figures of {@link QuoteCorpusScorer}: one row per corpus type. */
public record QuoteCorpusScore(int documents, Map<String, Row> rows) {
  public QuoteCorpusScore {
    rows = Map.copyOf(rows);
  }

  /**
   * @param scored false for corpus types Chronik does not produce: only their recall by any quotation means something
   */
  public record Row(String type, int gold, int found, int system, int correct, int speakerJudged, int speakerRight, boolean scored) {
    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double precision() {
      return system == 0 ? 0 : (double) correct / system;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
      return speakerJudged == 0 ? 0 : (double) speakerRight / speakerJudged;
    }
  }

  public Row row(String type) {
    return rows.get(type);
  }

  /** A plain table for people. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "quotations on %d documents (span overlap; Chronik DIRECT+PARTIAL = Direct, INDIRECT = Indirect, REPORTED = Reported)%n", documents));
    b.append(String.format(Locale.ROOT, "%-22s %6s %6s %7s %7s %7s %6s %6s %9s%n", "type", "gold", "found", "recall", "system", "correct", "prec", "F1", "speaker"));
    for (String type : new String[] {"Direct", "Indirect", QuoteCorpusScorer.ANY_INDIRECT, "Reported", "FreeIndirect", "IndirectFreeIndirect"}) {
      Row r = rows.get(type);
      if (r.scored()) {
        b.append(String.format(Locale.ROOT, "%-22s %6d %6d %7.3f %7d %7d %6.3f %6.3f %4.3f/%-4d%n", type, r.gold(), r.found(), r.recall(), r.system(), r.correct(),
            r.precision(), r.f1(), r.speakerAccuracy(), r.speakerJudged()));
      } else {
        b.append(String.format(Locale.ROOT, "%-22s %6d %6d %7.3f   (overlapped by any system quotation; no Chronik type)%n", type, r.gold(), r.found(), r.recall()));
      }
    }
    return b.toString();
  }
}
