package org.chronik.eval;

import java.util.ArrayList;
import java.util.List;
import org.chronik.eval.GoldDocument.GoldTime;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;

/**
 * Time expressions: a system expression matches a gold one when their spans overlap. Extent recall
 * over required gold items, precision over all system expressions. Value accuracy is over matched
 * system expressions, each compared with the gold item it overlaps most (ties: the earlier one);
 * a gold item with an empty value (TIMEX2 allows expressions without one) counts for the extent only.
 */
public final class TimeScorer {
  private TimeScorer() {}

  public static LayerScore score(List<GoldTime> gold, List<TimeExpression> system, String body) {
    int correct = 0;
    int checked = 0;
    int valueRight = 0;
    List<String> unmatched = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (TimeExpression t : system) {
      GoldTime best = null;
      int bestOverlap = 0;
      for (GoldTime g : gold) {
        int overlap = overlap(g.span(), t.span());
        if (overlap > bestOverlap) {
          best = g;
          bestOverlap = overlap;
        }
      }
      if (best == null) {
        unmatched.add(Excerpt.of(body, t.span()) + " = " + t.value());
        continue;
      }
      correct++;
      if (best.value().isEmpty()) {
        continue;
      }
      checked++;
      if (best.value().equalsIgnoreCase(String.valueOf(t.value()))) {
        valueRight++;
      } else {
        wrong.add(Excerpt.of(body, t.span()) + " = " + t.value() + ", gold " + best.value());
      }
    }
    RequiredRecall recall = RequiredRecall.of(gold, GoldTime::required,
        g -> system.stream().anyMatch(t -> overlap(gold.get(g).span(), t.span()) > 0), g -> Excerpt.quote(g.text()) + " = " + g.value());
    return new LayerScore(new Counts(system.size(), correct, recall.required(), recall.found(), checked, valueRight), recall.missed(),
        unmatched, wrong);
  }

  static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
  }
}
