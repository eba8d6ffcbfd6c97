package org.chronik.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Maximum bipartite matching (Kuhn's augmenting paths). Left items are tried in the given order, and
 * an augmenting path never unmatches a left item already matched, so putting required gold items
 * first matches as many required items as possible and then as many items in all as possible.
 */
final class MaximumMatching {
  private MaximumMatching() {}

  /** For each left index, the matched right index or -1. */
  static <L, R> int[] match(List<L> left, List<R> right, BiPredicate<L, R> compatible) {
    boolean[][] edge = new boolean[left.size()][right.size()];
    for (int l = 0; l < left.size(); l++) {
      for (int r = 0; r < right.size(); r++) {
        edge[l][r] = compatible.test(left.get(l), right.get(r));
      }
    }
    int[] rightOwner = new int[right.size()];
    Arrays.fill(rightOwner, -1);
    for (int l = 0; l < left.size(); l++) {
      augment(l, edge, rightOwner, new boolean[right.size()]);
    }
    int[] leftMatch = new int[left.size()];
    Arrays.fill(leftMatch, -1);
    for (int r = 0; r < right.size(); r++) {
      if (rightOwner[r] >= 0) {
        leftMatch[rightOwner[r]] = r;
      }
    }
    return leftMatch;
  }

  private static boolean augment(int l, boolean[][] edge, int[] rightOwner, boolean[] seen) {
    for (int r = 0; r < rightOwner.length; r++) {
      if (edge[l][r] && !seen[r]) {
        seen[r] = true;
        if (rightOwner[r] < 0 || augment(rightOwner[r], edge, rightOwner, seen)) {
          rightOwner[r] = l;
          return true;
        }
      }
    }
    return false;
  }
}
