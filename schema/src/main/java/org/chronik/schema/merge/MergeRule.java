package org.chronik.schema.merge;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronik.model.io.Tsv;
import org.chronik.schema.Column;
import org.chronik.schema.EventRow;

/**
 * When event mentions report the same happening, as {@code merge/rule.tsv} says (format in the
 * README beside it): columns that must be equal, two columns a symmetric act may swap, and the
 * window for mentions dated coarser than a day.
 */
public record MergeRule(List<String> same, List<String> symmetricSwap, int coarseWindowDays) {
  public MergeRule {
    same = List.copyOf(same);
    symmetricSwap = List.copyOf(symmetricSwap);
    for (String name : same) {
      column(name);
    }
    if (!symmetricSwap.isEmpty() && (symmetricSwap.size() != 2 || !same.containsAll(symmetricSwap))) {
      throw new IllegalArgumentException("symmetric_swap names two of the 'same' columns, not " + symmetricSwap);
    }
    if (coarseWindowDays < 0) {
      throw new IllegalArgumentException("coarse_window_days must not be negative: " + coarseWindowDays);
    }
  }

  private static final String RESOURCE = "rule.tsv";

  /** The shipped rule. */
  public static MergeRule load() {
    return parse(Tsv.resource(MergeRule.class, RESOURCE), RESOURCE);
  }

  /** Parses a rule file's text; a bad line is one error naming the file and line. */
  public static MergeRule parse(String text, String name) {
    return parse(Tsv.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), name);
  }

  private static MergeRule parse(List<Tsv.Row> rows, String name) {
    List<String> same = new ArrayList<>();
    List<String> swap = new ArrayList<>();
    Integer window = null;
    for (Tsv.Row row : rows) {
      String[] f = row.fields();
      List<String> values = Arrays.asList(f).subList(1, f.length).stream().map(String::strip).toList();
      try {
        switch (row.field(0)) {
          case "same" -> {
            values.forEach(MergeRule::column);
            same.addAll(values);
          }
          case "symmetric_swap" -> swap.addAll(values);
          case "coarse_window_days" -> window = Integer.parseInt(values.get(0));
          default -> throw new IllegalArgumentException("unknown setting " + f[0]);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
      }
    }
    if (same.isEmpty() || window == null) {
      throw new IllegalArgumentException(name + ": needs a 'same' line and a 'coarse_window_days' line");
    }
    return new MergeRule(same, swap, window);
  }

  static Column<EventRow> column(String name) {
    if (!EventMerge.COLUMNS.contains(name)) {
      throw new IllegalArgumentException("no column " + name + " in " + EventRow.TABLE.name() + " that a merge reads "
          + EventMerge.COLUMNS);
    }
    return EventRow.TABLE.column(name)
        .orElseThrow(() -> new IllegalArgumentException("no column " + name + " in " + EventRow.TABLE.name()));
  }

  /**
   * The values that must be equal, in the rule's order; for a symmetric mention the swap columns
   * in sorted order (so both directions give one key), and whether it is symmetric.
   */
  public List<Object> key(EventRow row) {
    boolean symmetric = Boolean.TRUE.equals(row.symmetric()) && !symmetricSwap.isEmpty();
    List<Object> key = new ArrayList<>(same.size() + 1);
    for (String name : same) {
      key.add(column(name).valueOf(row));
    }
    if (symmetric) {
      int a = same.indexOf(symmetricSwap.get(0));
      int b = same.indexOf(symmetricSwap.get(1));
      String x = String.valueOf(key.get(a));
      String y = String.valueOf(key.get(b));
      if (x.compareTo(y) > 0) {
        Object t = key.get(a);
        key.set(a, key.get(b));
        key.set(b, t);
      }
    }
    key.add(symmetric);
    return key;
  }
}
