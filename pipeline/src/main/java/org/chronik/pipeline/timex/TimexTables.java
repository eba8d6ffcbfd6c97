package org.chronik.pipeline.timex;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/** Normalization tables (tables/*.tsv): word to value, looked up case-insensitively. */
final class TimexTables {
  private final Map<String, Map<String, String>> tables;
  private final Map<String, List<String>> keys;

  TimexTables(Map<String, Map<String, String>> rawTables) {
    Map<String, Map<String, String>> folded = new LinkedHashMap<>();
    Map<String, List<String>> keyLists = new LinkedHashMap<>();
    rawTables.forEach(
        (name, table) -> {
          Map<String, String> f = new LinkedHashMap<>();
          table.forEach((k, v) -> f.put(k.toLowerCase(Locale.ROOT), v));
          folded.put(name, Map.copyOf(f));
          keyLists.put(name, List.copyOf(table.keySet()));
        });
    this.tables = Map.copyOf(folded);
    this.keys = Map.copyOf(keyLists);
  }

  boolean has(String table) {
    return tables.containsKey(table);
  }

  /** The value for {@code word}, or the word itself when the table has no entry (digits pass through). */
  String lookup(String table, String word) {
    Map<String, String> t = tables.get(table);
    if (t == null) {
      throw new IllegalArgumentException("no table " + table);
    }
    return t.getOrDefault(word.toLowerCase(Locale.ROOT), word);
  }

  /**
   * A regex alternation of the table's keys, each as written and with its first letter in the other
   * case (sentence-initial "Zwei", compound tails like "sommer"), longest first so alternation is greedy.
   */
  String alternation(String table) {
    List<String> k = keys.get(table);
    if (k == null) {
      throw new IllegalArgumentException("no table " + table);
    }
    return k.stream()
        .flatMap(w -> java.util.stream.Stream.of(w, flipFirst(w)))
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static String flipFirst(String w) {
    if (w.isEmpty()) {
      return w;
    }
    char c = w.charAt(0);
    char f = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return f + w.substring(1);
  }
}
