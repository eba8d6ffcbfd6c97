package org.chronik.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Recall over the required gold items of one layer of one document: how many there are, how many
 * the system found, and a description of each it missed, in gold order.
 */
record RequiredRecall(int required, int found, List<String> missed) {
  RequiredRecall {
    missed = List.copyOf(missed);
  }

  /**
   * @param found whether the system found the gold item at an index
   * @param describe the line that names a missed item
   */
  static <G> RequiredRecall of(List<G> gold, Predicate<G> required, IntPredicate found, Function<G, String> describe) {
    int count = 0;
    int hits = 0;
    List<String> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!required.test(gold.get(g))) {
        continue;
      }
      count++;
      if (found.test(g)) {
        hits++;
      } else {
        missed.add(describe.apply(gold.get(g)));
      }
    }
    return new RequiredRecall(count, hits, missed);
  }
}
