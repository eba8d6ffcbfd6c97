package org.chronik.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import org.chronik.store.StoreBenchmark;
import org.chronik.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Query latency of timelines and event filters over a store of synthetic events.")
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "DIR", description = "Store to fill and query, kept afterwards (default: a temporary one, removed).")
  Path folder;

  @Option(names = "--events", paramLabel = "N", defaultValue = "1000000", description = "Events in the store (default ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "10", description = "Timed runs per query.")
  int repeat;

  @Option(names = "--force", description = "Fill even a store that holds real articles (its answers leave synthetic events out).")
  boolean force;

  @Override
  public Integer call() {
    try (ScratchFolder dir = ScratchFolder.of(folder, "chronik-bench-store"); Store s = Store.open(dir.path)) {
      StoreBenchmark bench = new StoreBenchmark(s);
      double fill = bench.fill(events, force);
      System.out.printf(Locale.ROOT, "filled %s: %d synthetic events (%.1f s to generate)%n", dir.describe(), SyntheticEvents.count(s), fill);
      bench.run(repeat).print(System.out, Rows.Format.TABLE);
    }
    return 0;
  }
}
