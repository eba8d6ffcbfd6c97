package org.chronik.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Query latency over a store of synthetic events: fills the store up to the wanted number of
 * events, then times each typical query (one warm-up run, then {@code repetitions} timed runs).
 */
public final class StoreBenchmark {
  private final Store store;

  public StoreBenchmark(Store store) {
    this.store = store;
  }

  /** Adds synthetic events until the store holds at least {@code events}; returns seconds spent. */
  public double fill(long events) {
    return fill(events, false);
  }

  /**
   * Adds synthetic events until the store holds at least {@code events} of them; returns seconds
   * spent. A store with real articles is refused unless {@code besideArticles} (see {@link SyntheticEvents}).
   */
  public double fill(long events, boolean besideArticles) {
    long have = SyntheticEvents.count(store);
    if (have >= events) {
      return 0;
    }
    long started = System.nanoTime();
    new SyntheticEvents(42).generate(store, events - have, besideArticles);
    return (System.nanoTime() - started) / 1e9;
  }

  /** One line per query: its name, rows returned, median and slowest wall time and median CPU time in milliseconds. */
  public Rows run(int repetitions) {
    LocalDate to = SyntheticEvents.END;
    List<List<Object>> rows = new ArrayList<>();
    EventQueries q = store.events();
    time(rows, "timeline CHN,RUS by month, 10 years", repetitions,
        () -> q.timeline("CHN", "RUS", EventQueries.Period.MONTH, null, null).size());
    time(rows, "timeline USA,CHN by week, 2 years", repetitions,
        () -> q.timeline("USA", "CHN", EventQueries.Period.WEEK, to.minusYears(2), to).size());
    time(rows, "timeline country:ISR,country:PSE by day", repetitions,
        () -> q.timeline("country:ISR", "country:PSE", EventQueries.Period.DAY, null, null).size());
    time(rows, "events --actor RUS --with UKR --code 19", repetitions,
        () -> q.list(new EventFilter("RUS", "UKR", "19", null, null, null, false, 100)).size());
    time(rows, "events --actor CHN (newest 100)", repetitions,
        () -> q.list(new EventFilter("CHN", null, null, null, null, null, false, 100)).size());
    time(rows, "events --actor \"Vladimir Putin\" --quad 4", repetitions,
        () -> q.list(new EventFilter("Vladimir Putin", null, null, 4, null, null, false, 100)).size());
    time(rows, "events --code 04 --from/--to one year", repetitions,
        () -> q.list(new EventFilter(null, null, "04", null, to.minusYears(1), to, false, 100)).size());
    time(rows, "events (newest 100, no filter)", repetitions,
        () -> q.list(EventFilter.all(100)).size());
    time(rows, "store-actors --top 20", repetitions, () -> q.topActors(20, null).size());
    return new Rows(List.of("query", "rows", "median_ms", "max_ms", "median_cpu_ms"), rows);
  }

  private static void time(List<List<Object>> out, String name, int repetitions, Supplier<Integer> query) {
    int size = query.get(); // warm-up
    double[] ms = new double[repetitions];
    double[] cpu = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      long t = System.nanoTime();
      long c = processCpuNanos();
      size = query.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (processCpuNanos() - c) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    out.add(List.of(name, size, round(ms[ms.length / 2]), round(ms[ms.length - 1]), round(cpu[cpu.length / 2])));
  }

  /**
   * CPU time of the whole process, DuckDB's native threads included: on a shared machine it shows
   * the work a query costs when wall time mostly measures waiting for a core. -1 when unknown.
   */
  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  private static double round(double v) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.1f", v));
  }
}
