package org.chronik.pipeline.timex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which rules can match at a word start, by its first one or two characters. Speed comes from trying
 * only these instead of every rule at every character. A rule qualifies for a prefix when its pattern
 * matches the prefix alone or runs out of input trying ({@code hitEnd}). Rules with a branch that
 * begins with a lookbehind cannot be judged so; they scan every region.
 */
final class RuleIndex {
  /** Characters below this get a precomputed list of rules. */
  private static final int INDEXED = 0x3000;
  /** Characters indexed in pairs: letters, digits and the punctuation rules start with. */
  private static final String PAIR_ALPHABET =
      "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789.,:;/-–() ";

  private final int[][] byFirstChar;
  /** Key {@code c1 << 16 | c2}. */
  private final Map<Integer, int[]> byPair;
  private final int[] scanRules;
  private final int[] allRules;

  RuleIndex(List<TimexRule> rules) {
    this.allRules = IntStream.range(0, rules.size()).toArray();
    this.scanRules = IntStream.range(0, rules.size()).filter(i -> leadingLookbehind(rules.get(i).pattern().pattern())).toArray();
    Set<Integer> scan = Arrays.stream(scanRules).boxed().collect(Collectors.toSet());
    this.byFirstChar = new int[INDEXED][];
    for (int c = 0; c < INDEXED; c++) {
      List<Integer> ids = new ArrayList<>();
      String one = String.valueOf((char) c);
      for (int i = 0; i < rules.size(); i++) {
        if (!scan.contains(i) && canStart(rules.get(i), one)) {
          ids.add(i);
        }
      }
      byFirstChar[c] = ids.stream().mapToInt(Integer::intValue).toArray();
    }
    Map<Integer, int[]> pairs = new HashMap<>();
    for (char c1 : PAIR_ALPHABET.toCharArray()) {
      for (char c2 : PAIR_ALPHABET.toCharArray()) {
        String two = "" + c1 + c2;
        // a lookbehind after the first characters fails on two characters alone: keep such rules
        pairs.put(c1 << 16 | c2, Arrays.stream(byFirstChar[c1])
            .filter(i -> rules.get(i).pattern().pattern().contains("(?<=") || canStart(rules.get(i), two)).toArray());
      }
    }
    this.byPair = Map.copyOf(pairs);
  }

  private static boolean canStart(TimexRule rule, String prefix) {
    Matcher m = rule.pattern().matcher(prefix);
    return m.lookingAt() || m.hitEnd();
  }

  /** True when a branch of the rule begins with a lookbehind, so its first character says nothing. */
  private static boolean leadingLookbehind(String regex) {
    return regex.contains("(?:(?<=") || regex.contains("|(?<=");
  }

  /** The rules to try at {@code at}, a word start before {@code end}. */
  int[] candidates(String text, int at, int end) {
    char c = text.charAt(at);
    if (c >= INDEXED) {
      return allRules;
    }
    if (at + 1 < end) {
      int[] pair = byPair.get(c << 16 | text.charAt(at + 1));
      if (pair != null) {
        return pair;
      }
    }
    return byFirstChar[c];
  }

  /** Rules that must scan every region with {@code find}. */
  int[] scanRules() {
    return scanRules;
  }
}
