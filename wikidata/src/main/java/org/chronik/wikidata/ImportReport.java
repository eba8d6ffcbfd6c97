package org.chronik.wikidata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of what an import met (lines, entities kept, terms left out and why) and its warnings. Thread-safe. */
final class ImportReport {
  /** Warnings kept word for word; the rest are only counted. */
  static final int KEPT_WARNINGS = 50;

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  private final LongAdder warningCount = new LongAdder();

  void count(String what) {
    add(what, 1);
  }

  void add(String what, long n) {
    counts.computeIfAbsent(what, k -> new LongAdder()).add(n);
  }

  long get(String what) {
    LongAdder a = counts.get(what);
    return a == null ? 0 : a.sum();
  }

  void warn(String warning) {
    warningCount.increment();
    if (warnings.size() < KEPT_WARNINGS) {
      warnings.add(warning);
    }
  }

  /** Warnings met but not worth keeping word for word (beyond the first few of a kind). */
  void countUnkeptWarnings(long n) {
    warningCount.add(n);
  }

  long warningCount() {
    return warningCount.sum();
  }

  List<String> warnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }

  /** All counts by name, sorted. */
  Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** One line per count, then the warnings kept. */
  String text() {
    StringBuilder out = new StringBuilder();
    counts().forEach((k, v) -> out.append(String.format("%-52s %,d%n", k, v)));
    out.append(String.format("%-52s %,d%n", "warnings", warningCount()));
    warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
    if (warningCount() > KEPT_WARNINGS) {
      out.append("(").append(warningCount() - KEPT_WARNINGS).append(" more warnings not shown)\n");
    }
    return out.toString();
  }
}
