package org.chronik.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.chronik.store.EventQueries.Period;

/**
 * A continuous time axis for counts per period: every period from the first to the last is a row,
 * an empty one as zero, so a chart's gaps are time without events and not squeezed out; periods
 * are labelled at their precision ("2024", "2024-06", "2024-W24", "2024-06-14").
 */
final class Periods {
  /** More periods than this (a day axis over decades) are cut to the span that has events. */
  static final int MAX_PERIODS = 20_000;
  static final List<String> TIMELINE_COLUMNS = List.of("period", "direction", "events", "verbal_coop", "material_coop",
      "verbal_conflict", "material_conflict", "mean_goldstein");

  private Periods() {}

  static LocalDate start(LocalDate d, Period p) {
    return switch (p) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  static LocalDate next(LocalDate start, Period p) {
    return switch (p) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  static String label(LocalDate start, Period p) {
    return switch (p) {
      case DAY -> start.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> start.toString().substring(0, 7);
      case YEAR -> start.toString().substring(0, 4);
    };
  }

  /**
   * The periods to show: from the requested start (else the first with events) to the requested end
   * (else the last with events); empty when there are no events. A requested range of more than
   * {@link #MAX_PERIODS} is narrowed to the events' span; an events' span that long is refused.
   */
  static List<LocalDate> axis(LocalDate first, LocalDate last, Period p, LocalDate from, LocalDate to) {
    if (first == null) {
      return List.of();
    }
    LocalDate lo = start(from != null ? from : first, p);
    LocalDate hi = start(to != null ? to : last, p);
    if (count(lo, hi, p) > MAX_PERIODS) {
      lo = lo.isBefore(first) ? start(first, p) : lo;
      hi = hi.isAfter(last) ? start(last, p) : hi;
    }
    long n = count(lo, hi, p);
    if (n > MAX_PERIODS) {
      throw new IllegalArgumentException("by " + p.name().toLowerCase(Locale.ROOT) + " from " + label(lo, p) + " to " + label(hi, p)
          + " is " + n + " periods (at most " + MAX_PERIODS + "): choose a longer period or a shorter date range");
    }
    List<LocalDate> axis = new ArrayList<>();
    for (LocalDate d = lo; !d.isAfter(hi); d = next(d, p)) {
      axis.add(d);
    }
    return axis;
  }

  private static long count(LocalDate lo, LocalDate hi, Period p) {
    return switch (p) {
      case DAY -> ChronoUnit.DAYS.between(lo, hi);
      case WEEK -> ChronoUnit.WEEKS.between(lo, hi);
      case MONTH -> ChronoUnit.MONTHS.between(lo, hi);
      case YEAR -> ChronoUnit.YEARS.between(lo, hi);
    } + 1;
  }

  /**
   * Timeline rows from per-direction sums (period, direction, n, q1..q4, s): for every period a
   * "both" row, zero when empty, then the directions that have events.
   */
  static Rows timeline(Rows perDirection, Period p, LocalDate from, LocalDate to) {
    Map<LocalDate, List<List<Object>>> byPeriod = new TreeMap<>();
    for (List<Object> r : perDirection.rows()) {
      byPeriod.computeIfAbsent(LocalDate.parse((String) r.get(0)), k -> new ArrayList<>()).add(r);
    }
    List<LocalDate> keys = new ArrayList<>(byPeriod.keySet());
    List<List<Object>> out = new ArrayList<>();
    for (LocalDate period : axis(keys.isEmpty() ? null : keys.get(0), keys.isEmpty() ? null : keys.get(keys.size() - 1), p, from, to)) {
      List<List<Object>> directions = byPeriod.getOrDefault(period, List.of());
      long[] both = new long[5];
      double sum = 0;
      List<List<Object>> rows = new ArrayList<>();
      for (List<Object> d : directions) {
        long[] n = new long[5];
        for (int i = 0; i < 5; i++) {
          n[i] = ((Number) d.get(2 + i)).longValue();
          both[i] += n[i];
        }
        double s = ((Number) d.get(7)).doubleValue();
        sum += s;
        rows.add(row(label(period, p), (String) d.get(1), n, s));
      }
      out.add(row(label(period, p), "both", both, sum));
      out.addAll(rows);
    }
    return new Rows(TIMELINE_COLUMNS, out);
  }

  private static List<Object> row(String period, String direction, long[] n, double goldsteinSum) {
    List<Object> r = new ArrayList<>();
    r.add(period);
    r.add(direction);
    for (long v : n) {
      r.add(v);
    }
    r.add(n[0] == 0 ? null : Math.round(goldsteinSum / n[0] * 100) / 100.0);
    return r;
  }

  /**
   * Rows keyed by a period start in column {@code period} (ISO day) with counts in the others:
   * every missing period added with zero counts and null means, every period labelled.
   */
  static Rows fill(Rows rows, Period p, LocalDate from, LocalDate to) {
    int at = rows.index("period");
    Map<LocalDate, List<Object>> byPeriod = new LinkedHashMap<>();
    for (List<Object> r : rows.rows()) {
      byPeriod.put(LocalDate.parse((String) r.get(at)), r);
    }
    List<LocalDate> keys = new ArrayList<>(new TreeMap<>(byPeriod).keySet());
    List<List<Object>> out = new ArrayList<>();
    for (LocalDate period : axis(keys.isEmpty() ? null : keys.get(0), keys.isEmpty() ? null : keys.get(keys.size() - 1), p, from, to)) {
      List<Object> r = byPeriod.get(period);
      List<Object> filled = new ArrayList<>();
      for (int i = 0; i < rows.columns().size(); i++) {
        String column = rows.columns().get(i);
        filled.add(i == at ? label(period, p) : r != null ? r.get(i) : column.startsWith("mean_") ? null : (Object) 0L);
      }
      out.add(filled);
    }
    return new Rows(rows.columns(), out);
  }
}
