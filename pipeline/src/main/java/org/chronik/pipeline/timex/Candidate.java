package org.chronik.pipeline.timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One match of a rule before normalization; wraps may move its begin and add their groups. */
final class Candidate {
  final int index;
  final TimexRule rule;
  int begin;
  final int end;
  final Map<String, String> groups;
  final List<TimexWrap> wraps = new ArrayList<>();
  final Map<String, String> wrapGroups = new LinkedHashMap<>();

  boolean setsReference() {
    return rule.setsReference() && wraps.stream().allMatch(TimexWrap::setsReference);
  }

  Candidate(int index, TimexRule rule, int begin, int end, Map<String, String> groups) {
    this.index = index;
    this.rule = rule;
    this.begin = begin;
    this.end = end;
    this.groups = groups;
  }

  /** Longest first, earlier rule on a tie; keeps those that overlap nothing kept before; text order. */
  static List<Candidate> select(List<Candidate> found) {
    if (found.size() < 2) {
      return found;
    }
    found.sort(Comparator.<Candidate>comparingInt(c -> c.begin - c.end).thenComparingInt(c -> c.index).thenComparingInt(c -> c.begin));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : found) {
      if (kept.stream().noneMatch(k -> k.begin < c.end && c.begin < k.end)) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(c -> c.begin));
    return kept;
  }
}
